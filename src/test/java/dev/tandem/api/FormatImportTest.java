// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;


import dev.tandem.testing.BrowserSession;
import dev.tandem.formats.Docx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML, DOCX and XLIFF uploads through the real HTTP stack. */
@QuarkusTest
class FormatImportTest {

    private static JsonPath pairs(long document) {
        return given().queryParam("limit", 1000).when().get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldAlignADocxOriginalWithAnHtmlTranslation() {
        long project = ApiFixtures.createProject("DOCX and HTML", "de", "en");
        byte[] docx = Docx.of("<w:p><w:r><w:t>Der Bericht</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Es regnet. Wir bleiben zu Hause.</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Zeile eins.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        byte[] html = ("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>x</title>"
                + "<script>alert(1)</script></head><body><h1>The report</h1>"
                + "<p>It is raining. We stay at home.</p><table><tr><td>Row one.</td></tr></table></body></html>")
                .getBytes(Charset.forName("windows-1252"));
        long id = given().multiPart("source", "bericht.docx", docx,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .multiPart("target", "report.html", html, "text/html")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201)
                .body("title", equalTo("bericht.docx"))
                .body("sourceSentences", equalTo(4))
                .body("targetSentences", equalTo(4))
                .extract().jsonPath().getLong("id");
        JsonPath pairs = pairs(id);
        assertEquals(List.of("Der Bericht", "Es regnet.", "Wir bleiben zu Hause.", "Zeile eins."),
                pairs.getList("items.source.text.flatten()", String.class));
        assertEquals(List.of("The report", "It is raining.", "We stay at home.", "Row one."),
                pairs.getList("items.target.text.flatten()", String.class));
    }

    @Test
    void shouldSniffFormatsWithoutExtensions() {
        long project = ApiFixtures.createProject("Sniffed", "fr", "en");
        given().multiPart("source", "original", Docx.paragraphs("Il pleut."), "application/octet-stream")
                .multiPart("target", "translation", "<html><body><p>It &amp; rains.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("sourceSentences", equalTo(1)).body("targetSentences", equalTo(1));
    }

    @Test
    void shouldImportXliff12And20AsConfirmedPairs() {
        long project = ApiFixtures.createProject("XLIFF", "en", "de");
        String v12 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="1"><source>Hello <g id="1">world</g>.</source><target>Hallo Welt.</target></trans-unit>
                    <trans-unit id="2"><source>&lt;script&gt;alert(1)&lt;/script&gt; stays text.</source>
                      <target>&lt;script&gt;alert(1)&lt;/script&gt; bleibt Text.</target></trans-unit>
                    <trans-unit id="3"><source>Not yet.</source></trans-unit>
                  </body></file>
                </xliff>
                """;
        long first = given().multiPart("source", "job.xlf", v12.getBytes(StandardCharsets.UTF_8), "application/xliff+xml")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201)
                .body("title", equalTo("job.xlf"))
                .body("segmentation", equalTo("xliff"))
                .body("statusCounts.CONFIRMED", equalTo(2))
                .body("statusCounts.AUTO", equalTo(1))
                .extract().jsonPath().getLong("id");
        JsonPath pairs = pairs(first);
        // the segment not translated yet keeps its source, alone and for review
        assertEquals(List.of("Not yet."), pairs.getList("items[2].source.text", String.class));
        assertEquals(List.of(), pairs.getList("items[2].target"));
        assertEquals("AUTO", pairs.getString("items[2].status"));
        assertEquals("Hello world.", pairs.getString("items[0].source[0].text"));
        assertEquals("Hallo Welt.", pairs.getString("items[0].target[0].text"));
        // Markup inside a segment is text: shown escaped on the review page.
        BrowserSession.given().when().get("/documents/" + first).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; bleibt Text."))
                .body(not(containsString("<script>alert(1)")));

        String v20 = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="de-DE">
                  <file id="f"><unit id="u"><segment><source>One.</source><target>Eins.</target></segment>
                  <segment><source>Two.</source><target>Zwei.</target></segment></unit></file></xliff>
                """;
        long second = given().multiPart("title", "Version 2").multiPart("source", "job2", v20.getBytes(StandardCharsets.UTF_8),
                        "application/octet-stream")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("title", equalTo("Version 2")).body("statusCounts.CONFIRMED", equalTo(2))
                .extract().jsonPath().getLong("id");
        given().when().get("/api/documents/" + second + "/pairs").then().statusCode(200)
                .body("items.status", everyItem(equalTo("CONFIRMED")));
        String tsv = given().when().get("/api/documents/" + second + "/export?format=tsv").then().statusCode(200)
                .extract().asString();
        assertEquals("Source\tTarget\nOne.\tEins.\nTwo.\tZwei.\n", tsv);

        // A segment whose state says it still awaits translation is imported unreviewed: reviewers see it, and the
        // project's lexicon does not learn from its placeholder target.
        String states = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="b" source-language="en" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="1"><source>Done.</source><target state="final">Fertig.</target></trans-unit>
                    <trans-unit id="2"><source>To do.</source><target state="needs-translation">To do.</target></trans-unit>
                  </body></file>
                </xliff>
                """;
        long third = given().multiPart("source", "states.xlf", states.getBytes(StandardCharsets.UTF_8), "application/xliff+xml")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("statusCounts.CONFIRMED", equalTo(1)).body("statusCounts.AUTO", equalTo(1))
                .extract().jsonPath().getLong("id");
        given().when().get("/api/documents/" + third + "/pairs").then().statusCode(200)
                .body("items.status", equalTo(java.util.List.of("CONFIRMED", "AUTO")));

        // A file with no translation anywhere has nothing to align: refused, nothing stored.
        String untranslated = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="c" source-language="en" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="1"><source>Not yet.</source></trans-unit>
                    <trans-unit id="2"><source>Later.</source><target></target></trans-unit>
                  </body></file>
                </xliff>
                """;
        int documents = given().when().get("/api/projects/" + project + "/documents").then().extract().jsonPath()
                .getList("$").size();
        given().multiPart("source", "none.xlf", untranslated.getBytes(StandardCharsets.UTF_8), "application/xliff+xml")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("no translated segment (2 without a target)"));
        given().when().get("/api/projects/" + project + "/documents").then()
                .body("size()", equalTo(documents));
    }

    @Test
    void shouldAcceptDocxThroughTheWebForm() {
        long project = ApiFixtures.createProject("Web DOCX", "es", "en");
        BrowserSession.given().when().get("/projects/" + project).then().statusCode(200)
                .body(containsString(".docx"))
                .body(containsString(".xlf"));
        BrowserSession.given().redirects().follow(false)
                .multiPart("source", "capitulo.docx", Docx.paragraphs("Llueve.", "Nos quedamos en casa."),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .multiPart("target", "chapter.htm", "<p>It rains.</p><p>We stay home.</p>".getBytes(StandardCharsets.UTF_8),
                        "text/html")
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(303).header("Location", containsString("/documents/"));
        BrowserSession.given().redirects().follow(false)
                .multiPart("source", "bomb.docx", Docx.bomb(200L << 20), "application/octet-stream")
                .multiPart("target", "chapter.htm", "<p>It rains.</p>".getBytes(StandardCharsets.UTF_8), "text/html")
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(413).body(containsString("zip bomb"));
        BrowserSession.given().multiPart("title", "t".repeat(301))
                .multiPart("source", "capitulo.docx", Docx.paragraphs("Llueve."), "application/octet-stream")
                .multiPart("target", "chapter.htm", "<p>It rains.</p>".getBytes(StandardCharsets.UTF_8), "text/html")
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(400).body(containsString("title is longer than 300 characters"));
    }
}
