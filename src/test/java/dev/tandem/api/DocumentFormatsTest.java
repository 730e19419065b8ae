// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.formats.OpenDocuments.fixture;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.formats.OpenDocuments;
import dev.tandem.formats.Pdfs;
import dev.tandem.model.Document;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.testing.BrowserSession;
import dev.tandem.testing.SnowReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PDF, ODT and EPUB uploads through the real HTTP stack: LibreOffice-made files (see
 * src/test/resources/formats/make-fixtures.sh) import with the sentences of the texts they were made from; scans,
 * passwords, bombs, entity declarations and escaping paths are refused with a problem and store nothing.
 */
@QuarkusTest
class DocumentFormatsTest {

    private static JsonPath pairs(long document) {
        return given().queryParam("limit", 1000).when().get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> sentences(JsonPath pairs, String side) {
        return pairs.getList("items." + side + ".text.flatten()", String.class);
    }

    /** The sentences Tandem makes of the same texts pasted. */
    private static JsonPath pasted(long project, String source, String target) {
        return pairs(ApiFixtures.createDocument(project, "pasted", source, target));
    }

    private static List<Long> counts() {
        return List.of(Document.count(), Sentence.count(), SentencePair.count());
    }

    @Test
    void shouldImportAChinesePdfWithAnEnglishOdt() {
        long project = ApiFixtures.createProject("PDF and ODT", "zh", "en");
        long id = given().multiPart("source", "snow-zh.pdf", fixture("snow-zh.pdf"), "application/pdf")
                .multiPart("target", "snow-en.odt", fixture("snow-en.odt"), "application/vnd.oasis.opendocument.text")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("title", equalTo("snow-zh.pdf"))
                .extract().jsonPath().getLong("id");
        JsonPath expected = pasted(project, SnowReport.ZH, SnowReport.EN);
        JsonPath imported = pairs(id);
        assertEquals(sentences(expected, "source"), sentences(imported, "source"));
        assertEquals(sentences(expected, "target"), sentences(imported, "target"));
        assertTrue(sentences(imported, "source").contains("十一月初，第一场雪就落在了故宫的屋顶上。"));
        assertFalse(sentences(imported, "target").toString().contains("Meteorological Service"), "footnote");
    }

    @Test
    void shouldImportAGermanEpubAsOriginalAndAsVersion() {
        long project = ApiFixtures.createProject("EPUB", "de", "en");
        long id = given().multiPart("source", "snow-de.epub", fixture("snow-de.epub"), "application/epub+zip")
                .multiPart("target", "snow-en.odt", fixture("snow-en.odt"), "application/octet-stream")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath expected = pasted(project, SnowReport.DE, SnowReport.EN);
        assertEquals(sentences(expected, "source"), sentences(pairs(id), "source"));

        long original = ApiFixtures.createDocument(ApiFixtures.createProject("Versions", "en", "zh"), "Snow",
                SnowReport.EN, SnowReport.ZH);
        long german = given().multiPart("targetLanguage", "de")
                .multiPart("target", "book", fixture("snow-de.epub"), "application/octet-stream")
                .when().post("/api/documents/" + original + "/versions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(sentences(expected, "source"), sentences(pairs(german), "target"));
    }

    @Test
    void shouldLeaveHeadersFootersAndPageNumbersOfATenPagePdfOut() {
        long project = ApiFixtures.createProject("Ten pages", "en-US", "en-GB");
        String made = new String(fixture("report-en.txt"), java.nio.charset.StandardCharsets.UTF_8);
        long id = given().multiPart("source", "report.pdf", fixture("report-en.pdf"), "application/pdf")
                .multiPart("target", "report.txt", made.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/plain; charset=UTF-8")
                .when().post("/api/projects/" + project + "/documents")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath pairs = pairs(id);
        List<String> source = sentences(pairs, "source");
        // Every sentence of the PDF is the sentence of the text it was made from: none cut at a page or column
        // break, none with a header, footer or page number in it, no hyphen left from a line end.
        assertEquals(sentences(pairs, "target"), source);
        assertTrue(source.size() > 150, "sentences: " + source.size());
        for (String sentence : source) {
            assertFalse(sentence.contains("Snow Across the North") || sentence.matches(".*Page \\d+ of \\d+.*"),
                    sentence);
        }
        // on pages 1 and 2, hyphenated at the page break ("addi-" / "tional")
        assertTrue(source.contains("Municipal administrations in Harbin responded by deploying 13 additional"
                + " snowploughs along the principal thoroughfares."), source.toString());
    }

    @Test
    void shouldRefuseScansPasswordsAndDamageWithAdviceAndStoreNothing() {
        long project = ApiFixtures.createProject("Refused PDFs", "en", "de");
        List<Long> before = counts();
        refused(project, 400, "scan.pdf", Pdfs.scanned(2)).body("detail", containsString("OCR"))
                .body("detail", containsString("ocrmypdf")).body("field", equalTo("source"));
        refused(project, 400, "locked.pdf", Pdfs.encrypted("Secret words.", "user-secret", true))
                .body("detail", containsString("password"));
        refused(project, 400, "broken.pdf", "%PDF-1.4\nbroken".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .body("detail", containsString("damaged"));
        assertEquals(before, counts(), "documents, sentences, pairs");
    }

    @Test
    void shouldRefusePdfsThatInflateOrMultiplyTheirContentAndStoreNothing() {
        long project = ApiFixtures.createProject("Hostile PDFs", "en", "de");
        List<Long> before = counts();
        // 24 MB of blanks deflated into some 25 KB, over the tests' 16 MB budget
        refused(project, 413, "blanks.pdf", Pdfs.inflating("Hello there.", 24 << 20))
                .body("detail", containsString("max-pdf-content")).body("detail", containsString("source file"));
        refused(project, 413, "forms.pdf", Pdfs.nestedForms("Again and again.", 9, 10))
                .body("detail", containsString("max-pdf-content"));
        assertEquals(before, counts(), "documents, sentences, pairs");
    }

    @Test
    void shouldRefuseHostileOdtAndEpubFilesAndStoreNothing() throws IOException {
        long project = ApiFixtures.createProject("Refused zips", "en", "de");
        Path secret = Files.createTempFile("tandem-secret", ".txt");
        Files.writeString(secret, "tandem-secret-odt");
        try {
            List<Long> before = counts();
            byte[] bomb = OpenDocuments.odtBomb(1L << 30);
            assertTrue(bomb.length < 1 << 20, "under the 1M test upload limit: " + bomb.length);
            refused(project, 413, "bomb.odt", bomb).body("detail", containsString("zip bomb"));
            String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
            byte[] xxeOdt = OpenDocuments.odt("<?xml version=\"1.0\"?>" + doctype
                    + OpenDocuments.content("<text:p>&xxe;</text:p>").replaceFirst("<\\?xml[^>]*>", ""));
            refused(project, 400, "xxe.odt", xxeOdt).body("detail", containsString("DOCTYPE"));
            Map<String, byte[]> book = new LinkedHashMap<>();
            book.put("META-INF/container.xml", OpenDocuments.utf8(OpenDocuments.container("book.opf")));
            book.put("book.opf", OpenDocuments.utf8(OpenDocuments.opf(
                    "<item id=\"c\" href=\"&xxe;\" media-type=\"application/xhtml+xml\"/>", "<itemref idref=\"c\"/>")
                    .replace("?>", "?>" + doctype)));
            refused(project, 400, "xxe.epub", OpenDocuments.epub(book)).body("detail", containsString("DOCTYPE"));
            book.put("book.opf", OpenDocuments.utf8(OpenDocuments.opf(
                    "<item id=\"c\" href=\"../../etc/passwd\" media-type=\"application/xhtml+xml\"/>",
                    "<itemref idref=\"c\"/>")));
            refused(project, 400, "escape.epub", OpenDocuments.epub(book))
                    .body("detail", containsString("../../etc/passwd"))
                    .body("detail", containsString("outside the book's own files"));
            assertEquals(before, counts(), "documents, sentences, pairs");
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void shouldReadAnEpubInSpineOrder() {
        long project = ApiFixtures.createProject("Spine", "en", "de");
        long id = given().multiPart("source", "book.epub", OpenDocuments.epubInSpineOrder(), "application/epub+zip")
                .multiPart("target", "buch.txt", OpenDocuments.utf8("Das erste Kapitel kommt zuerst. Es hat zwei"
                        + " Absätze.\n\nDas zweite Kapitel kommt als zweites.\n\nDas dritte Kapitel kommt zuletzt."),
                        "text/plain; charset=UTF-8")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(List.of("The first chapter comes first.", "It has two paragraphs.",
                "The second chapter comes second.", "The third chapter comes last."), sentences(pairs(id), "source"));
    }

    @Test
    void shouldTakeTheNewFormatsThroughTheUploadForm() {
        long project = ApiFixtures.createProject("Form", "zh", "en");
        BrowserSession.given().when().get("/projects/" + project).then().statusCode(200)
                .body(containsString(".odt,.fodt,.epub,.pdf"))
                .body(not(containsString("PDF and RTF are not read")));
        BrowserSession.given().redirects().follow(false)
                .multiPart("source", "snow-zh.pdf", fixture("snow-zh.pdf"), "application/pdf")
                .multiPart("target", "snow-en.odt", fixture("snow-en.odt"), "application/vnd.oasis.opendocument.text")
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(303).header("Location", containsString("/documents/"));
        BrowserSession.given().redirects().follow(false)
                .multiPart("source", "scan.pdf", Pdfs.scanned(1), "application/pdf")
                .multiPart("target", "snow-en.odt", fixture("snow-en.odt"), "application/vnd.oasis.opendocument.text")
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(400).body(containsString("OCR"));
    }

    @Test
    void shouldImportPdfAndOdtPairsInABatchAndRefuseAScanThere() throws InterruptedException {
        long project = ApiFixtures.createProject("Batch of formats", "zh", "en");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("snow.zh.pdf", fixture("snow-zh.pdf"));
        files.put("snow.en.odt", fixture("snow-en.odt"));
        files.put("scan.zh.pdf", Pdfs.scanned(1));
        files.put("scan.en.odt", fixture("snow-en.odt"));
        String location = given().multiPart("file", "formats.zip", OpenDocuments.zip(null, files), "application/zip")
                .when().post("/api/projects/" + project + "/batches")
                .then().statusCode(202).extract().header("Location");
        JsonPath job = ImportJobTest.poll(location, new java.util.ArrayList<>());
        assertEquals("DONE", job.getString("state"), job.prettify());
        List<Map<String, Object>> items = job.getList("items");
        Map<String, Object> snow = items.stream().filter(i -> "snow.zh.pdf".equals(i.get("source"))).findFirst()
                .orElseThrow();
        Map<String, Object> scan = items.stream().filter(i -> "scan.zh.pdf".equals(i.get("source"))).findFirst()
                .orElseThrow();
        assertEquals("IMPORTED", snow.get("state"), job.prettify());
        assertEquals("REFUSED", scan.get("state"), job.prettify());
        assertTrue(String.valueOf(scan.get("reason")).contains("OCR"), job.prettify());
        JsonPath expected = pasted(project, SnowReport.ZH, SnowReport.EN);
        JsonPath imported = pairs(((Number) snow.get("documentId")).longValue());
        assertEquals(sentences(expected, "source"), sentences(imported, "source"));
        assertEquals(sentences(expected, "target"), sentences(imported, "target"));
    }

    private ValidatableResponse refused(long project, int status, String name, byte[] bytes) {
        return given().multiPart("source", name, bytes, "application/octet-stream")
                .multiPart("target", "t.txt", OpenDocuments.utf8("Ein Satz."), "text/plain; charset=UTF-8")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", not(containsString("tandem-secret")))
                .body("detail", not(containsString("root:")));
    }
}
