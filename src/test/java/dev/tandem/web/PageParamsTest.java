// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.testing.BrowserSession.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Numbers in a page's address edited out of shape ({@code ?page=abc}) show the page, with a notice where the reader
 * asked for something, instead of "There is no page at this address".
 */
@QuarkusTest
class PageParamsTest {

    @Test
    void shouldShowThePageWhenANumberInItsAddressIsNotOne() {
        long project = WebFixtures.createProject("Odd addresses", "en", "de");
        long document = WebFixtures.createDocument(project, "Odd", "One sentence here.\nTwo sentences here.",
                "Ein Satz hier.\nZwei Sätze hier.");
        long pair = WebFixtures.pairId(document, 0);
        given().get("/documents/" + document + "/translations?page=abc").then().statusCode(200)
                .body(containsString("Page “abc” is not a page number (give one such as 2): this is the first page."))
                .body(containsString("One sentence here."));
        given().get("/admin/audit?offset=abc").then().statusCode(200)
                .body(containsString("“abc” is not a number of events to skip (give one such as 50): these are the"
                        + " newest events."));
        given().get("/admin/audit?offset=0").then().statusCode(200).body(not(containsString("not a number")));
        given().redirects().follow(false).get("/documents/" + document + "/next-risky?after=abc").then()
                .statusCode(303).header("Location", containsString("/documents/" + document));
        given().get("/documents/" + document + "/pairs/" + pair + "/edit?side=target&index=abc").then()
                .statusCode(200).body(containsString("<form class=\"editor\""))
                .body(containsString(">Ein Satz hier.</textarea>"));
        given().get("/documents/" + document + "/translations").then().statusCode(200)
                .body(not(containsString("is not a page number")));
        given().redirects().follow(false).get("/documents/" + document + "/next-risky").then().statusCode(303)
                .header("Location", not(endsWith("next-risky")));
    }
}
