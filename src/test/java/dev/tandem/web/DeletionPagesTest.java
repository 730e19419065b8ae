// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.tandem.testing.BrowserSession;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deleting a document and a project from the pages: each asks first, saying what goes with it; a document changed
 * since the question was asked is not deleted; a project is deleted only when its name is typed; viewers get neither
 * (nor the editing keys in the review page's key list).
 * The document page's export form chooses the status.
 */
@QuarkusTest
class DeletionPagesTest {
    private static final String PASSWORD = "viewer who may not delete";

    @Test
    void shouldDeleteADocumentAfterSayingWhatGoesWithIt() {
        long project = WebFixtures.createProject("Deleting documents", "de", "en");
        long wrong = WebFixtures.createDocument(project, "Wrong upload", "Ein Satz.\nZwei Sätze.", "One.\nTwo.");
        long kept = WebFixtures.createDocument(project, "Kept chapter", "Drei.", "Three.");
        long version = WebFixtures.version(wrong);
        BrowserSession.given().get("/projects/" + project).then().statusCode(200)
                .body(containsString("href=\"/documents/" + wrong + "/delete\""))
                .body(containsString("href=\"/projects/" + project + "/delete\""));
        BrowserSession.given().get("/documents/" + wrong + "/delete").then().statusCode(200)
                .body(containsString("Delete “Wrong upload”?"))
                .body(containsString("its 2 pairs")).body(containsString("(<strong>0 confirmed</strong>)"))
                .body(containsString("This cannot be undone."))
                .body(containsString("name=\"baseVersion\" value=\"" + version + "\""));

        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("baseVersion", version).post("/documents/" + wrong + "/delete")
                .then().statusCode(303).header("Location", containsString("/projects/" + project + "?deleted=document"));
        BrowserSession.given().get("/projects/" + project + "?deleted=document").then().statusCode(200)
                .body(containsString("The document was deleted."))
                .body(not(containsString("Wrong upload")))
                .body(containsString("Kept chapter"));
        RestAssured.given().get("/api/documents/" + wrong).then().statusCode(404);
        RestAssured.given().get("/api/documents/" + kept).then().statusCode(200);
    }

    @Test
    void shouldNotDeleteADocumentReviewedSinceTheQuestion() {
        long project = WebFixtures.createProject("Deleting a document under review", "de", "en");
        long document = WebFixtures.createDocument(project, "Under review", "Ein Satz.\nZwei Sätze.", "One.\nTwo.");
        long asked = WebFixtures.version(document);
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "baseVersion", asked,
                "pairs", List.of(WebFixtures.pairId(document, 0)))).post("/api/documents/" + document + "/edits")
                .then().statusCode(200);

        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("baseVersion", asked).post("/documents/" + document + "/delete")
                .then().statusCode(409)
                .body(containsString("The document changed since this page was opened"))
                .body(containsString("(<strong>1 confirmed</strong>)"))
                .body(containsString("name=\"baseVersion\" value=\"" + (asked + 1) + "\""));
        RestAssured.given().get("/api/documents/" + document).then().statusCode(200);
    }

    @Test
    void shouldDeleteAProjectOnlyWhenItsNameIsTyped() {
        long project = WebFixtures.createProject("Old agency work", "de", "en");
        WebFixtures.createDocument(project, "Contract", "Ein Satz.", "One sentence.");
        BrowserSession.given().get("/projects/" + project + "/delete").then().statusCode(200)
                .body(containsString("Delete the project “Old agency work”?"))
                .body(containsString("its 1 document (1"));

        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("confirmName", "Old agency").post("/projects/" + project + "/delete")
                .then().statusCode(400)
                .body(containsString("name exactly as shown, “Old agency work”, to delete it. Nothing was deleted."));
        RestAssured.given().get("/api/projects/" + project).then().statusCode(200);

        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("confirmName", " Old agency work ").post("/projects/" + project + "/delete")
                .then().statusCode(303).header("Location", equalTo(RestAssured.baseURI + ":" + RestAssured.port
                        + "/?deleted=project"));
        BrowserSession.given().get("/?deleted=project").then().statusCode(200)
                .body(containsString("The project was deleted."))
                .body(not(containsString("Old agency work")));
        RestAssured.given().get("/api/projects/" + project).then().statusCode(404);
    }

    @Test
    void shouldOfferViewersNoDeletionNorEditingKeys() {
        long project = WebFixtures.createProject("Read only", "de", "en");
        long document = WebFixtures.createDocument(project, "Look, don't touch", "Ein Satz.", "One sentence.");
        String viewer = "deletion-viewer-" + System.nanoTime() % 1_000_000;
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("username", viewer, "password", PASSWORD, "admin", false))
                .post("/api/users").then().statusCode(201);
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(201);
        BrowserSession session = BrowserSession.signIn(viewer, PASSWORD);
        session.request().get("/projects/" + project).then().statusCode(200)
                .body(not(containsString("/delete\"")));
        session.request().get("/documents/" + document).then().statusCode(200)
                .body(not(containsString("/documents/" + document + "/delete")))
                .body(not(containsString("merge the row with the next row")))
                .body(not(containsString("id=\"toolbar\"")))
                .body(containsString("next / previous row"));
        session.request().get("/documents/" + document + "/delete").then().statusCode(403);
        session.request().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("baseVersion", WebFixtures.version(document)).post("/documents/" + document + "/delete")
                .then().statusCode(403);
        session.request().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("confirmName", "Read only").post("/projects/" + project + "/delete")
                .then().statusCode(403);
        RestAssured.given().get("/api/documents/" + document).then().statusCode(200);
    }

    @Test
    void shouldOfferTheJumpToTheFirstUnreviewedPairOnlyWhileThereIsOne() {
        long project = WebFixtures.createProject("All reviewed", "de", "en");
        long document = WebFixtures.createDocument(project, "Short", "Ein Satz.\nZwei Sätze.", "One.\nTwo.");
        BrowserSession.given().get("/documents/" + document).then().statusCode(200)
                .body(containsString("Jump to the first unreviewed pair"));
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "baseVersion",
                WebFixtures.version(document), "pairs", List.of(WebFixtures.pairId(document, 0),
                        WebFixtures.pairId(document, 1)))).post("/api/documents/" + document + "/edits")
                .then().statusCode(200);
        BrowserSession.given().get("/documents/" + document).then().statusCode(200)
                .body(containsString("<strong>2 / 2</strong> confirmed"))
                .body(not(containsString("Jump to the first unreviewed pair")));
    }

    @Test
    void shouldExportTheDocumentWithTheChosenStatus() {
        long project = WebFixtures.createProject("Exporting from the page", "de", "en");
        long document = WebFixtures.createDocument(project, "Kapitel 1", "Ein Satz.", "One sentence.");
        BrowserSession.given().get("/documents/" + document).then().statusCode(200)
                .body(containsString("<form method=\"get\" action=\"/api/documents/" + document + "/export\""))
                .body(containsString("<option value=\"confirmed\">confirmed pairs only</option>"))
                .body(containsString("<option value=\"tsv\">TSV</option>"));
        BrowserSession.given().queryParam("status", "confirmed").queryParam("format", "tsv")
                .get("/api/documents/" + document + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"Kapitel 1 (confirmed).tsv\""))
                .body(equalTo("Source\tTarget\n"));
    }
}
