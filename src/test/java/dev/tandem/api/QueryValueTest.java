// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A query parameter with a value that cannot be understood is never ignored silently: the API refuses it (400,
 * naming the parameter, the value and what it takes), a page is shown without it and says so.
 */
@QuarkusTest
class QueryValueTest {
    long document;

    @BeforeEach
    void createDocument() {
        long project = ApiFixtures.createProject("Query values", "zh", "en");
        document = ApiFixtures.createDocument(project, "Query values", ApiFixtures.ZH, ApiFixtures.EN);
    }

    @Test
    void shouldRefuseAnApiParameterItCannotRead() {
        String pairs = "/api/documents/" + document + "/pairs";
        refused(given().queryParam("below", "abc").get(pairs), "below")
                .body("detail", containsString("'abc'")).body("detail", containsString("from 0 to 1"));
        refused(given().queryParam("below", "1.5").get(pairs), "below");
        refused(given().queryParam("status", "done").get(pairs), "status")
                .body("detail", containsString("AUTO, CONFIRMED or REJECTED"));
        refused(given().queryParam("flag", "typo").get(pairs), "flag").body("detail", containsString("numbers"));
        refused(given().queryParam("offset", "ten").get(pairs), "offset").body("detail", containsString("such as 0"));
        // the audit log read its paging as numbers, so offset=abc was a 404 "nothing at this address"
        refused(given().queryParam("offset", "abc").get("/api/audit"), "offset");
        refused(given().queryParam("limit", "all").get("/api/audit"), "limit");
        // valid values are read as before
        given().queryParam("below", "1").queryParam("status", "auto").get(pairs).then().statusCode(200)
                .body("total", equalTo(given().get(pairs).then().extract().path("total")));
        given().queryParam("below", "0").get(pairs).then().statusCode(200).body("total", equalTo(0));
        given().queryParam("offset", "0").queryParam("limit", "5").get("/api/audit").then().statusCode(200);
    }

    @Test
    void shouldShowTheReviewPageWithoutAFilterItCannotReadAndSaySo() {
        String all = BrowserSession.given().get("/documents/" + document).then().statusCode(200).extract().asString();
        String html = BrowserSession.given().get("/documents/" + document + "?below=abc&status=bogus&flag=typo&page=two").then()
                .statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertContains(html, "Filter not understood, so not applied: status “bogus” (use AUTO, CONFIRMED or"
                + " REJECTED); below “abc” (give a confidence from 0 to 1, such as 0.6); flag “typo” (use any or"
                + " one of");
        assertContains(html, "Page “two” is not a page number");
        // every pair is listed, as without the filters
        assertContains(html, "This is the first sentence of the first paragraph.");
        assertContains(all, "This is the first sentence of the first paragraph.");
        // a valid filter says nothing of the kind
        BrowserSession.given().get("/documents/" + document + "?below=0.5&status=AUTO").then().statusCode(200)
                .body(not(containsString("not understood")));
    }

    @Test
    void shouldShowTheRiskQueueFromItsStartForAPageNumberItCannotRead() {
        BrowserSession.given().get("/documents/" + document + "/queue?page=x").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Page “x” is not a page number"));
        BrowserSession.given().get("/documents/" + document + "/queue?page=1").then().statusCode(200)
                .body(not(containsString("is not a page number")));
    }

    private static void assertContains(String html, String expected) {
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(expected), expected + " in " + html);
    }

    private static ValidatableResponse refused(io.restassured.response.Response response, String field) {
        return response.then().statusCode(400).contentType("application/problem+json").body("field", equalTo(field));
    }
}
