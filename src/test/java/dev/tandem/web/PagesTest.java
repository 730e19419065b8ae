// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.testing.BrowserSession.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.tandem.api.DocumentResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
        given().when().get(projectUrl).then().statusCode(200).body(containsString("Add a document"));

        String documentUrl = given().redirects().follow(false)
                .multiPart("title", "Web doc")
                .multiPart(DocumentResourceTest.utf8Part("sourceText", "你好。<script>alert(1)</script>再见。"))
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

    @Test
    void shouldReshowFormWithErrorAndInput() {
        given().contentType(ContentType.URLENC)
                .formParam("name", "Kept name").formParam("sourceLanguage", "qq").formParam("targetLanguage", "en")
                .when().post("/projects")
                .then().statusCode(400)
                .body(containsString("value=\"Kept name\""))
                .body(containsString("names no known language"));
    }

    @Test
    void shouldReshowUploadFormWhenATextIsMissing() {
        String projectUrl = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("name", "Upload errors").formParam("sourceLanguage", "de").formParam("targetLanguage", "en")
                .when().post("/projects").then().statusCode(303).extract().header("Location");
        given().multiPart("sourceText", "Ein Satz.").multiPart("title", "Half")
                .multiPart("target", "empty.txt", new byte[0], "text/plain")
                .when().post(projectUrl + "/documents")
                .then().statusCode(400)
                .body(containsString("Ein Satz."))
                .body(containsString("The target is missing or empty"));
        given().multiPart("source", "bad.txt", new byte[] {(byte) 0xC3, 0x28}, "text/plain; charset=UTF-8")
                .multiPart("targetText", "One.")
                .when().post(projectUrl + "/documents")
                .then().statusCode(400).body(containsString("not valid UTF-8"));
    }

    @Test
    void shouldShowHtml404ForUnknownDocumentAndProject() {
        given().when().get("/documents/999999").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("There is no document with id 999999."));
        given().when().get("/projects/999999").then().statusCode(404).contentType(ContentType.HTML);
    }

    @Test
    void shouldServeStylesheet() {
        given().when().get("/css/app.css").then().statusCode(200).body(containsString("Tandem"));
    }

}
