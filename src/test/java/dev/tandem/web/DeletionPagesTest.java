// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BrowserSession;
import dev.tandem.testing.SnowReport;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Deleting a document and a project from the pages: each asks first, saying what goes with it; a document changed
 * since the question was asked is not deleted; a project is deleted only when its name is typed; viewers get neither
 * (nor the editing keys in the review page's key list). An original's confirmation lists the further translations
 * (versions) that go with it, with their confirmed pairs; a project's names its terms and segmentation rules too.
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
    void shouldListTheFurtherTranslationsThatGoWithAnOriginal() {
        long project = WebFixtures.createProject("Deleting an original", "zh", "en");
        long original = snow(project);
        long french = version(original, "fr", SnowReport.FR, "Neige");
        List<Long> frenchPairs = WebFixtures.pairs(french).getList("items.id", Long.class);
        confirm(french, frenchPairs.subList(0, 3));

        String page = BrowserSession.given().get("/documents/" + original + "/delete").then().statusCode(200)
                .body(containsString("(<strong>0 confirmed</strong>)"))
                .body(containsString("It also deletes the further translation"))
                .body(containsString("<strong>3 confirmed\n  pairs in all</strong> go."))
                .body(containsString("<tr data-version=\"" + french + "\">"))
                .body(containsString("<span class=\"lang\">fr</span>"))
                .body(containsString("<a href=\"/documents/" + french + "\">Neige</a>"))
                .body(containsString("<td class=\"num\">" + frenchPairs.size() + "</td>"))
                .body(containsString("<td class=\"num\"><strong>3</strong></td>"))
                .body(containsString("href=\"/api/documents/" + french + "/export?format=tmx\""))
                .body(containsString("Delete the document and its 1 further translation</button>"))
                .extract().asString();
        Matcher seen = Pattern.compile("name=\"versionsSeen\" value=\"([^\"]*)\"").matcher(page);
        org.junit.jupiter.api.Assertions.assertTrue(seen.find(), "the versions as shown go with the form");

        // the French version is reviewed further after the question was asked: nothing is deleted, counts shown again
        confirm(french, List.of(frenchPairs.get(3)));
        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("baseVersion", WebFixtures.version(original)).formParam("versionsSeen", seen.group(1))
                .post("/documents/" + original + "/delete")
                .then().statusCode(409)
                .body(containsString("The document changed since this page was opened"))
                .body(containsString("<td class=\"num\"><strong>4</strong></td>"));
        RestAssured.given().get("/api/documents/" + french).then().statusCode(200);

        String again = BrowserSession.given().get("/documents/" + original + "/delete").then().statusCode(200)
                .extract().asString();
        Matcher now = Pattern.compile("name=\"versionsSeen\" value=\"([^\"]*)\"").matcher(again);
        org.junit.jupiter.api.Assertions.assertTrue(now.find());
        for (String notAsShown : new String[] {"", "garbled", french + ":x"}) {
            BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("baseVersion", WebFixtures.version(original)).formParam("versionsSeen", notAsShown)
                    .post("/documents/" + original + "/delete")
                    .then().statusCode(409);
        }
        RestAssured.given().get("/api/documents/" + french).then().statusCode(200);
        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("baseVersion", WebFixtures.version(original)).formParam("versionsSeen", now.group(1))
                .post("/documents/" + original + "/delete")
                .then().statusCode(303);
        RestAssured.given().get("/api/documents/" + original).then().statusCode(404);
        RestAssured.given().get("/api/documents/" + french).then().statusCode(404);
    }

    @Test
    void shouldSayAProjectsDeletionTakesItsTranslationsTermsAndRules() {
        long project = WebFixtures.createProject("Project with everything", "zh", "en");
        long original = snow(project);
        long german = version(original, "de", SnowReport.DE, "Schnee");
        BrowserSession.given().get("/projects/" + project + "/delete").then().statusCode(200)
                .body(containsString("its 2 documents ("))
                .body(containsString("1 of the documents\n  is a further translation of an original"))
                .body(containsString("its terms (0 accepted,\n  0 rejected)"))
                .body(not(containsString("id=\"delete-rules\"")))
                .body(containsString("translations into <span class=\"lang\">en</span>\n  only"))
                .body(containsString("<li data-version=\"" + german + "\"><span class=\"lang\">de</span> Schnee"))
                .body(containsString("href=\"/api/documents/" + german + "/export?format=tmx\""));
        // rules of its own (the built-in ones stored as the project's) are named, with their SRX to keep
        byte[] srx = RestAssured.given().get("/api/projects/" + project + "/segmentation").then().statusCode(200)
                .extract().asByteArray();
        RestAssured.given().contentType("application/xml; charset=UTF-8").body(srx).put("/api/projects/" + project + "/segmentation")
                .then().statusCode(200);
        BrowserSession.given().get("/projects/" + project + "/delete").then().statusCode(200)
                .body(containsString("<span id=\"delete-rules\">its own\n  segmentation rules</span>"))
                .body(containsString("href=\"/api/projects/" + project + "/segmentation\""));
    }

    private static void confirm(long document, List<Long> pairs) {
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "baseVersion",
                WebFixtures.version(document), "pairs", pairs)).post("/api/documents/" + document + "/edits")
                .then().statusCode(200);
    }

    @Test
    void shouldDeleteAProjectOnlyWhenItsNameIsTyped() {
        long project = WebFixtures.createProject("Old agency work", "de", "en");
        WebFixtures.createDocument(project, "Contract", "Ein Satz.", "One sentence.");
        String page = BrowserSession.given().get("/projects/" + project + "/delete").then().statusCode(200)
                .body(containsString("Delete the project “Old agency work”?"))
                .body(containsString("its 1 document (1")).extract().asString();
        String seen = seenOn(page);

        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("confirmName", "Old agency").formParam("seen", seen).post("/projects/" + project + "/delete")
                .then().statusCode(400)
                .body(containsString("name exactly as shown, “Old agency work”, to delete it. Nothing was deleted."));
        RestAssured.given().get("/api/projects/" + project).then().statusCode(200);

        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("confirmName", " Old agency work ").formParam("seen", seen)
                .post("/projects/" + project + "/delete")
                .then().statusCode(303).header("Location", equalTo(RestAssured.baseURI + ":" + RestAssured.port
                        + "/?deleted=project"));
        BrowserSession.given().get("/?deleted=project").then().statusCode(200)
                .body(containsString("The project was deleted."))
                .body(not(containsString("Old agency work")));
        RestAssured.given().get("/api/projects/" + project).then().statusCode(404);
    }

    /**
     * Found by use: the page showed what the project held, and the delete took whatever it held by then, a chapter
     * confirmed meanwhile by a colleague included.
     */
    @Test
    void shouldNotDeleteAProjectChangedSinceItsDeletePageWasShown() {
        long project = WebFixtures.createProject("Busy agency work", "de", "en");
        long document = WebFixtures.createDocument(project, "Contract", "Ein Satz.", "One sentence.");
        String seen = seenOn(BrowserSession.given().get("/projects/" + project + "/delete").then().statusCode(200)
                .extract().asString());
        // a colleague confirms a pair meanwhile
        long pair = RestAssured.given().get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        long version = RestAssured.given().get("/api/documents/" + document).then().extract().jsonPath().getLong("version");
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("op", "confirm", "pair", pair, "baseVersion", version))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);

        String again = BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("confirmName", "Busy agency work").formParam("seen", seen)
                .post("/projects/" + project + "/delete").then().statusCode(409)
                .body(containsString("Someone changed the project since this page was shown"))
                .body(containsString("1 confirmed")).extract().asString();
        RestAssured.given().get("/api/documents/" + document).then().statusCode(200);

        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("confirmName", "Busy agency work").formParam("seen", seenOn(again))
                .post("/projects/" + project + "/delete").then().statusCode(303);
        RestAssured.given().get("/api/projects/" + project).then().statusCode(404);
    }

    private static String seenOn(String page) {
        Matcher matcher = Pattern.compile("name=\"seen\" value=\"([0-9a-f]{16})\"")
                .matcher(page);
        assertTrue(matcher.find(), "the delete page carries the state of the project it shows");
        return matcher.group(1);
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
                .body(containsString("<option value=\"tsv\" data-no-status>TSV</option>"))
                .body(containsString("<option value=\"with-rejected\""));
        BrowserSession.given().queryParam("status", "confirmed").queryParam("format", "tsv")
                .get("/api/documents/" + document + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"Kapitel 1 (confirmed).tsv\""))
                .body(equalTo("Source\tTarget\n"));
    }

    private static long snow(long project) {
        return RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("title", "Snow", "sourceText", SnowReport.ZH, "targetText", SnowReport.EN))
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static long version(long original, String language, String text, String title) {
        return RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("targetLanguage", language, "targetText", text, "title", title))
                .post("/api/documents/" + original + "/versions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }
}
