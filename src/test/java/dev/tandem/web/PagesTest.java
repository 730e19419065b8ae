// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.testing.BrowserSession.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.api.DocumentResourceTest;
import dev.tandem.api.TextTrustTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {

    @Test
    void shouldCreateProjectUploadDocumentAndShowPairs() {
        String projectUrl = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("name", "Web <project>").formParam("sourceLanguage", "zh").formParam("targetLanguage", "en")
                .when().post("/projects")
                .then().statusCode(303).header("Location", containsString("/projects/"))
                .extract().header("Location");
        given().when().get("/").then().statusCode(200).body(containsString("Web &lt;project&gt;"));
        given().when().get(projectUrl).then().statusCode(200).body(containsString("Add a document"))
                .body(containsString("class=\"form upload\" data-busy=\"Importing…\""))
                .body(containsString("<script src=\"/js/busy.js\" defer></script>"));

        String documentUrl = given().redirects().follow(false)
                .multiPart("title", "Web doc")
                .multiPart(DocumentResourceTest.utf8Part("sourceText", "你好，欢迎来到北京。<script>alert(1)</script>再见。明天见。"))
                .multiPart(DocumentResourceTest.utf8Part("targetText", "Hello & welcome. Goodbye."))
                .multiPart("segmentation", "auto")
                .when().post(projectUrl + "/documents")
                .then().statusCode(303).header("Location", containsString("/documents/"))
                .extract().header("Location");
        given().when().get(documentUrl).then().statusCode(200)
                .body(containsString("Web doc"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;再见。"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("Hello &amp; welcome."))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*<strong>0 / (\\d+)</strong> confirmed ·\\s+\\1 unreviewed.*"));
        given().when().get(projectUrl).then().statusCode(200).body(containsString("Web doc"));
    }

    /** Found by a team lead following a week's review: the project page showed pairs and confirmed pairs only. */
    @Test
    void shouldShowEachDocumentsReviewProgressOnTheProjectPage() {
        long project = WebFixtures.createProject("Progress at a glance", "de", "en");
        long document = WebFixtures.createDocument(project, "Three pairs", "Ein Satz.\nZwei Sätze.\nDrei Sätze.",
                "One sentence.\nTwo sentences.\nThree sentences.");
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("op", "reject",
                "pair", WebFixtures.pairId(document, 2), "baseVersion", WebFixtures.version(document)))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);
        String page = given().get("/projects/" + project).then().statusCode(200)
                .body(containsString("<th class=\"num\">Unreviewed</th><th class=\"num\">Rejected</th><th>Last change</th>"))
                .extract().asString();
        Matcher row = Pattern.compile("<td class=\"num unreviewed\">(\\d+)[^<]*(?:<br><a[^>]*>\\d+ at risk</a>)?</td>\\s*"
                + "<td class=\"num\">(\\d+)</td>\\s*<td class=\"changed\"><time datetime=\"[^\"]+\"").matcher(page);
        assertTrue(row.find(), page);
        assertEquals("2", row.group(1), "unreviewed");
        assertEquals("1", row.group(2), "rejected");
    }

    @Test
    void shouldAnswerABrowserWithAnErrorPageWhereThereIsNoPage() {
        for (String path : List.of("/projects/abc", "/documents/12x/history", "/nowhere")) {
            given().accept("text/html,application/xhtml+xml,*/*;q=0.8").when().get(path)
                    .then().statusCode(404).contentType(containsString("text/html"))
                    .body(containsString("There is no page at " + path + "."))
                    .body(containsString("Back to the projects"));
        }
        given().when().get("/api/nowhere").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/projects/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldMakeOneProjectWhenTheSameFormIsSentAgain() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        Matcher key = Pattern.compile("name=\"formKey\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertTrue(key.find(), "the new-project form carries a one-time key");
        assertNotEquals(key.group(1), Pattern.compile("name=\"formKey\" value=\"([0-9a-f-]{36})\"")
                .matcher(given().get("/").then().extract().asString()).results().findFirst().orElseThrow().group(1),
                "each page its own key");
        long before = projectCount();
        String[] locations = new String[2];
        for (int i = 0; i < 2; i++) { // the Back button brings the sent form back, and it is sent again
            locations[i] = given().redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("name", "Sent twice").formParam("sourceLanguage", "de").formParam("formKey", key.group(1))
                    .when().post("/projects").then().statusCode(303).extract().header("Location");
        }
        assertEquals(locations[0] + "?again=true", locations[1]);
        assertEquals(before + 1, projectCount());
        given().get(locations[1]).then().statusCode(200)
                .body(containsString("This form was sent before: this is the project it made, not a second one."));
        // a key that is not one a page made is no key: two projects
        for (int i = 0; i < 2; i++) {
            given().redirects().follow(false).contentType(ContentType.URLENC).formParam("name", "Unkeyed")
                    .formParam("sourceLanguage", "de").formParam("formKey", "not-a-key")
                    .when().post("/projects").then().statusCode(303);
        }
        assertEquals(before + 3, projectCount());
    }

    private static long projectCount() {
        return Long.parseLong(given().get("/api/projects").then().statusCode(200).extract().header("X-Total-Count"));
    }

    @Test
    void shouldReshowFormWithErrorAndInput() {
        given().contentType(ContentType.URLENC)
                .formParam("name", "Kept name").formParam("sourceLanguage", "qq").formParam("targetLanguage", "en")
                .when().post("/projects")
                .then().statusCode(400)
                .body(containsString("value=\"Kept name\""))
                .body(containsString("The source language &#39;qq&#39; names no known language"))
                .body(not(containsString("sourceLanguage &#39;")));
    }

    @Test
    void shouldReshowUploadFormWhenATextIsMissing() {
        String projectUrl = createProject("Upload errors", "de", "en");
        given().multiPart("sourceText", "Ein Satz.").multiPart("title", "Half")
                .multiPart("target", "empty.txt", new byte[0], "text/plain")
                .when().post(projectUrl + "/documents")
                .then().statusCode(400)
                .body(containsString("Ein Satz."))
                .body(containsString("The target is missing or empty: upload a target file or paste the text into"
                        + " the translation&#39;s text box."));
        given().multiPart("source", "bad.txt", new byte[] {(byte) 0xC3, 0x28}, "text/plain; charset=UTF-8")
                .multiPart("targetText", "One.")
                .when().post(projectUrl + "/documents")
                .then().statusCode(400).body(containsString("not valid UTF-8"));
        // a file and pasted text for one side: refused, not the pasted text dropped without a word
        given().multiPart("source", "chapter.txt", "Ein Satz aus der Datei.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/plain; charset=UTF-8")
                .multiPart(DocumentResourceTest.utf8Part("sourceText", "Ein eingefügter Satz.")).multiPart("targetText", "One.")
                .when().post(projectUrl + "/documents")
                .then().statusCode(400)
                .body(containsString("The source came both as a file (chapter.txt) and as pasted text: send one of them"
                        + " (clear the original&#39;s text box, or choose no source file)."))
                .body(containsString("Ein eingefügter Satz."));
    }

    @Test
    void shouldShowALanguageRefusalWithABoxThatImportsTheTextsAnyway() {
        String projectUrl = createProject("Swapped on the page", "zh", "en");
        given().when().get(projectUrl).then().statusCode(200).body(not(containsString("name=\"languageCheck\"")));
        given().multiPart(DocumentResourceTest.utf8Part("sourceText", TextTrustTest.EN))
                .multiPart(DocumentResourceTest.utf8Part("targetText", TextTrustTest.ZH))
                .when().post(projectUrl + "/documents")
                .then().statusCode(400)
                .body(containsString("The source text looks like English, not Chinese (zh)"))
                .body(containsString("name=\"languageCheck\" value=\"off\""))
                .body(containsString("It snowed heavily in Beijing yesterday."));
        given().redirects().follow(false)
                .multiPart(DocumentResourceTest.utf8Part("sourceText", TextTrustTest.EN))
                .multiPart(DocumentResourceTest.utf8Part("targetText", TextTrustTest.ZH))
                .multiPart("languageCheck", "off")
                .when().post(projectUrl + "/documents")
                .then().statusCode(303).header("Location", containsString("/documents/"));
    }

    @Test
    void shouldRefuseAProjectWithOneLanguageOnBothSidesInTheForm() {
        given().contentType(ContentType.URLENC)
                .formParam("name", "English twice").formParam("sourceLanguage", "EN").formParam("targetLanguage", "en")
                .when().post("/projects")
                .then().statusCode(400)
                .body(containsString("The target language is en, the same as the source language:"))
                .body(containsString("value=\"English twice\""));
    }

    @Test
    void shouldReshowAFormWhoseNameIsNotOneLineWithTheReasonAndTheInput() {
        given().contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8)).formParam("name", "Snow\u202Ereport")
                .formParam("sourceLanguage", "zh").formParam("targetLanguage", "en")
                .when().post("/projects")
                .then().statusCode(400)
                .body(containsString("name contains an invisible direction control (U+202E) at character 5: it can"
                        + " reverse how the name and the text beside it are shown."))
                .body(containsString("value=\"Snow\u202Ereport\""));
        String projectUrl = createProject("One-line titles", "de", "en");
        given().multiPart(DocumentResourceTest.utf8Part("title", "Kapitel\teins"))
                .multiPart(DocumentResourceTest.utf8Part("sourceText", "Ein Satz."))
                .multiPart(DocumentResourceTest.utf8Part("targetText", "One sentence."))
                .when().post(projectUrl + "/documents")
                .then().statusCode(400)
                .body(containsString("title contains a tab (U+0009) at character 8: a title is one line of plain"
                        + " text."))
                .body(containsString("value=\"Kapitel\teins\""))
                .body(containsString("Ein Satz."));
        given().contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8)).formParam("name", "CI\u0007export")
                .when().post("/account/tokens")
                .then().statusCode(400)
                .body(containsString("name contains a control character (U+0007) at character 3"))
                .body(containsString("value=\"CI\u0007export\""));
    }

    /** Found by a screen-reader user: every token's button was named "Revoke", and revoked at once. */
    @Test
    void shouldNameTheTokenEachRevokeButtonRevokes() {
        given().contentType(ContentType.URLENC).formParam("name", "Nightly export").post("/account/tokens")
                .then().statusCode(200);
        given().get("/account").then().statusCode(200)
                .body(containsString("aria-label=\"Revoke the token Nightly export\">Revoke</button>"));
    }

    @Test
    void shouldRefuseAStrayByteInAnUploadedFileOnThePage() {
        String projectUrl = createProject("Stray byte on the page", "zh", "en");
        byte[] english = "It snowed\u2014heavily.\nThe children\u2014all of them\u2014were happy.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(english, english.length + 1);
        damaged[english.length] = (byte) 0xFF;
        given().multiPart(DocumentResourceTest.utf8Part("sourceText", TextTrustTest.ZH))
                .multiPart("target", "snow.txt", damaged, "text/plain")
                .when().post(projectUrl + "/documents")
                .then().statusCode(400)
                .body(containsString("the bytes at offset " + english.length + " (line 3: 0xFF) are not valid UTF-8"));
    }

    /** Creates a project through the form and returns its page's address. */
    private static String createProject(String name, String sourceLanguage, String targetLanguage) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("name", name).formParam("sourceLanguage", sourceLanguage)
                .formParam("targetLanguage", targetLanguage)
                .when().post("/projects").then().statusCode(303).extract().header("Location");
    }

    @Test
    void shouldShowHtml404ForUnknownDocumentAndProject() {
        given().when().get("/documents/999999").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("There is no document with id 999999."));
        given().when().get("/projects/999999").then().statusCode(404).contentType(ContentType.HTML);
    }

    @Test
    void shouldServeStylesheetAndIcon() {
        given().when().get("/css/app.css").then().statusCode(200).body(containsString("Tandem"));
        io.restassured.RestAssured.given().auth().none().when().get("/favicon.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).body(containsString("<title>Tandem</title>"));
        given().when().get("/").then().statusCode(200)
                .body(containsString("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"));
    }

}
