// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Splitting the reviewed documents again from the segmentation rules page asks first: the confirmation names each
 * document with the confirmed pairs and history entries it loses and links its export; only its POST, while the
 * documents are still as it showed them, splits them (otherwise 409 and the confirmation again).
 */
@QuarkusTest
class ResegmentationPagesTest {
    private static final String TEXT = "One came. Two left. Three stayed.";

    @Test
    void shouldSplitReviewedDocumentsOnlyAfterConfirmingWhatTheyLose() {
        long project = WebFixtures.createProject("Resegmenting reviewed documents", "en", "de");
        long reviewed = document(project, "Reviewed chapter");
        long fresh = document(project, "Fresh chapter");
        confirm(reviewed, 0);
        long seenVersion = WebFixtures.version(reviewed);
        String path = "/projects/" + project + "/segmentation/resegment";

        BrowserSession.given().get(path).then().statusCode(200)
                .body(containsString("<tr data-document=\"" + reviewed + "\">"))
                .body(containsString("<a href=\"/documents/" + reviewed + "\">Reviewed chapter</a>"))
                .body(containsString("<td class=\"num\"><strong>1</strong></td>\n      <td class=\"num\"><strong>1</strong></td>"))
                .body(containsString("<a href=\"/api/documents/" + reviewed + "/export?format=tmx\">TMX</a>"))
                .body(containsString("This cannot be undone."))
                .body(containsString("name=\"seen\" value=\"" + reviewed + ":" + seenVersion + "\""))
                .body(not(containsString("Fresh chapter")));

        // a POST that did not come from the confirmation splits nothing
        BrowserSession.given().contentType(ContentType.URLENC).formParam("sample", "").post(path).then().statusCode(409)
                .body(containsString("The reviewed documents changed since this page was opened"));
        RestAssured.given().get("/api/documents/" + reviewed + "/pairs").then()
                .body("items.findAll { it.status == 'CONFIRMED' }", hasSize(1));

        // reviewed again since the confirmation was shown: asked again, with the new counts
        confirm(reviewed, 1);
        BrowserSession.given().contentType(ContentType.URLENC).formParam("seen", reviewed + ":" + seenVersion)
                .post(path).then().statusCode(409)
                .body(containsString("<td class=\"num\"><strong>2</strong></td>\n      <td class=\"num\"><strong>2</strong></td>"))
                .body(containsString("name=\"seen\" value=\"" + reviewed + ":" + (seenVersion + 1) + "\""));
        RestAssured.given().get("/api/documents/" + reviewed + "/pairs").then()
                .body("items.findAll { it.status == 'CONFIRMED' }", hasSize(2));

        BrowserSession.given().contentType(ContentType.URLENC).formParam("seen", reviewed + ":" + (seenVersion + 1))
                .post(path).then().statusCode(200)
                .body(containsString("id=\"resegment-outcome\""))
                .body(containsString("Reviewed chapter"));
        RestAssured.given().get("/api/documents/" + reviewed + "/pairs").then()
                .body("items.status", everyItem(equalTo("AUTO")));
        RestAssured.given().get("/api/documents/" + fresh).then().statusCode(200);
    }

    private static long document(long project, String title) {
        return RestAssured.given().contentType(ContentType.JSON).body(Map.of("title", title, "sourceText", TEXT,
                        "targetText", TEXT, "languageCheck", "off")).post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void confirm(long document, int position) {
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "baseVersion",
                        WebFixtures.version(document), "pairs", List.of(WebFixtures.pairId(document, position))))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);
    }
}
