// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pipeline paging through a document's pairs while a reviewer edits it (found by an API client's use: a merge and
 * a split between two pages, the same total on every page, two pairs missed and two gone ids kept): every page says
 * the document version it was read at, and a page asked for under the first page's ETag is refused once it changed.
 */
@QuarkusTest
class PairPagingTest {

    @Test
    void shouldSayWhichVersionEachPageWasReadAtAndRefuseALaterOneUnderTheFirstsTag() {
        long document = ApiFixtures.createDocument(ApiFixtures.createProject("Paged while edited", "zh", "en"),
                "Paged", ApiFixtures.ZH, ApiFixtures.EN);
        String path = "/api/documents/" + document;
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        JsonPath first = given().header("If-Match", etag).queryParam("limit", 1).get(path + "/pairs").then()
                .statusCode(200).extract().jsonPath();
        long version = first.getLong("version");
        assertEquals(version, given().get(path).then().extract().jsonPath().getLong("version"));

        given().contentType(ContentType.JSON).body(Map.of("op", "merge-pairs", "pair", first.getLong("items[0].id"),
                "baseVersion", version)).post(path + "/edits").then().statusCode(200);
        JsonPath second = given().queryParam("offset", 1).queryParam("limit", 1).get(path + "/pairs").then()
                .statusCode(200).extract().jsonPath();
        assertNotEquals(version, second.getLong("version"), "the page says it was read after the merge");
        given().header("If-Match", etag).queryParam("offset", 1).queryParam("limit", 1).get(path + "/pairs").then()
                .statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("from offset 0"));
    }
}
