// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.tandem.testing.BrowserSession;
import dev.tandem.testing.SnowReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The translations page keeps the grid it built (paging through a long original would build it again for every
 * page), and shows each change to the original or a translation at once: the kept grid is that of the documents'
 * versions.
 */
@QuarkusTest
class TranslationGridPageTest {

    @Test
    void shouldShowAChangeToATranslationOnTheNextLook() {
        long project = WebFixtures.createProject("Grid kept", "zh", "en");
        long original = WebFixtures.createDocument(project, "Snow", SnowReport.ZH, SnowReport.EN);
        long french = given().contentType(ContentType.JSON)
                .body(Map.of("targetLanguage", "fr", "targetText", SnowReport.FR, "title", "Neige"))
                .post("/api/documents/" + original + "/versions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String page = "/documents/" + original + "/translations";
        BrowserSession.given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("est arrivé tôt à Pékin cette année."));
        // the same page again: the same grid
        BrowserSession.given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("est arrivé tôt à Pékin cette année."));

        given().contentType(ContentType.JSON)
                .body(Map.of("op", "edit-text", "side", "target", "index", 0, "text", "Cet hiver vint tôt à Pékin.",
                        "baseVersion", WebFixtures.version(french)))
                .post("/api/documents/" + french + "/edits").then().statusCode(200);
        BrowserSession.given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Cet hiver vint tôt à Pékin."),
                        not(containsString("est arrivé tôt à Pékin cette année.")));
        // seen from the translation's own address, the same grid
        BrowserSession.given().accept("text/html").get("/documents/" + french + "/translations").then()
                .statusCode(200).body(containsString("Cet hiver vint tôt à Pékin."));
    }
}
