// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Document;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.path.json.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class DocumentResourceTest {

    @Test
    void shouldImportPastedTextsAndServeDocument() {
        long project = ApiFixtures.createProject("Import JSON", "zh", "en");
        JsonPath created = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Essay", "sourceText", ApiFixtures.ZH, "targetText", ApiFixtures.EN))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201)
                .header("Location", containsString("/api/documents/"))
                .body("title", equalTo("Essay"))
                .body("sourceSentences", equalTo(3))
                .body("targetSentences", equalTo(3))
                .body("pairs", greaterThan(0))
                .extract().jsonPath();
        long id = created.getLong("id");
        given().when().get("/api/documents/" + id).then().statusCode(200)
                .body("version", equalTo(1))
                .body("projectId", equalTo((int) project))
                .body("segmentation", equalTo("auto"))
                .body("statusCounts.AUTO", equalTo(created.getInt("pairs")))
                .body("statusCounts.CONFIRMED", equalTo(0));
    }

    /** One blank line switches the reading of every line break: the summary says which reading each side got. */
    @Test
    void shouldSayHowEachSidesLineBreaksWereRead() {
        long project = ApiFixtures.createProject("Line breaks", "en", "de");
        long joined = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Chapters", "sourceText", "Chapter One\nIt was late.\n\nChapter Two\nIt was early.",
                        "targetText", "Kapitel eins\nEs war spät.\nKapitel zwei\nEs war früh."))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().get("/api/documents/" + joined).then().statusCode(200)
                .body("lineBreaks.source", equalTo("joined"))
                .body("lineBreaks.target", equalTo("line-paragraphs"))
                .body("lineBreaks.sentence", equalTo("Original: blank lines separate paragraphs; single line breaks"
                        + " inside a paragraph were joined into sentences. Translation: each line is a paragraph"
                        + " (the text has no blank lines)."))
                .body("lineBreaks.hint", containsString("import the document again with “one sentence per line"));
        long lines = given().contentType(ContentType.JSON)
                .body(Map.of("sourceText", "Chapter One\nIt was late.\n\nChapter Two", "targetText",
                        "Kapitel eins\nEs war spät.\n\nKapitel zwei", "segmentation", "lines"))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().get("/api/projects/" + project + "/documents").then().statusCode(200)
                .body("find { it.id == " + lines + " }.lineBreaks.source", equalTo("sentence-lines"))
                .body("find { it.id == " + lines + " }.lineBreaks.hint", equalTo(null));
    }

    /** A document imported before the reading was recorded has it read again from its kept texts. */
    @Test
    void shouldReadTheLineBreaksOfAnOlderDocumentFromItsTexts() {
        long project = ApiFixtures.createProject("Older line breaks", "en", "de");
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("sourceText", "Chapter One\nIt was late.\n\nThe end.", "targetText", "Es war spät."))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> assertEquals(1,
                Document.update("sourceLineBreaks = null, targetLineBreaks = null where id = ?1", id)));
        given().when().get("/api/documents/" + id).then().statusCode(200)
                .body("lineBreaks.source", equalTo("joined"))
                .body("lineBreaks.target", equalTo("none"))
                .body("lineBreaks.sentence", containsString("Translation: one block of text, no line breaks."));
    }

    @Test
    void shouldServePairsCoveringEverySentenceInOrder() {
        long project = ApiFixtures.createProject("Pairs", "zh", "en");
        long id = ApiFixtures.createDocument(project, "Pairs", ApiFixtures.ZH, ApiFixtures.EN);
        JsonPath page = given().when().get("/api/documents/" + id + "/pairs").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.status", everyItem(equalTo("AUTO")))
                .extract().jsonPath();
        List<Integer> sourceIndexes = page.getList("items.source.index.flatten()", Integer.class);
        List<Integer> targetIndexes = page.getList("items.target.index.flatten()", Integer.class);
        assertEquals(List.of(0, 1, 2), sourceIndexes);
        assertEquals(List.of(0, 1, 2), targetIndexes);
        assertEquals("第一段的第一句。", page.getString("items[0].source[0].text"));
        assertEquals("The second paragraph has only one sentence.", page.getString("items[2].target[0].text"));
        List<Float> confidences = page.getList("items.confidence", Float.class);
        confidences.forEach(c -> assertEquals(true, c >= 0 && c <= 1, "confidence in [0,1]: " + c));
    }

    @Test
    void shouldFlagAPairWhoseNumbersDifferAmongSentencesOfUniformLength() {
        // every other pair has the same lengths: the pair must stay one pair, so that its numbers are compared
        String[] words = {"alpha", "bravo", "delta", "gamma", "kappa", "omega", "sigma", "theta", "north", "south"};
        StringBuilder en = new StringBuilder();
        StringBuilder de = new StringBuilder();
        for (int k = 0; k < 30; k++) {
            String tail = words[k % 10] + " " + (char) ('a' + k / 10) + ".\n";
            en.append(k == 12 ? "5 apples\n" : "Item " + tail);
            de.append(k == 12 ? "6 Äpfeln\n" : "Punkt " + tail);
        }
        long project = ApiFixtures.createProject("Uniform", "en", "de");
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("title", "List", "sourceText", en.toString(), "targetText", de.toString(),
                        "segmentation", "lines"))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("pairs", equalTo(30)).extract().jsonPath().getLong("id");
        given().queryParam("limit", 100).get("/api/documents/" + id + "/pairs").then().statusCode(200)
                .body("items[12].source.text", equalTo(List.of("5 apples")))
                .body("items[12].target.text", equalTo(List.of("6 Äpfeln")))
                .body("items[12].flags.code", equalTo(List.of("numbers")))
                .body("items.findAll { it.flags.size() > 0 }", hasSize(1));
    }

    @Test
    void shouldPagePairs() {
        long project = ApiFixtures.createProject("Paging", "en", "de");
        StringBuilder en = new StringBuilder();
        StringBuilder de = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            en.append("Line number ").append(i).append(" of the original.\n");
            de.append("Zeile Nummer ").append(i).append(" des Originals.\n");
        }
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Lines", "sourceText", en.toString(), "targetText", de.toString(),
                        "segmentation", "lines"))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("sourceSentences", equalTo(25)).body("targetSentences", equalTo(25))
                .extract().jsonPath().getLong("id");
        given().queryParam("offset", 20).queryParam("limit", 10)
                .when().get("/api/documents/" + id + "/pairs").then().statusCode(200)
                .body("total", equalTo(25))
                .body("offset", equalTo(20))
                .body("items", hasSize(5))
                .body("items[0].position", equalTo(20))
                .body("items[0].source[0].text", equalTo("Line number 21 of the original."));
        given().queryParam("status", "confirmed").when().get("/api/documents/" + id + "/pairs")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        given().queryParam("limit", 0).when().get("/api/documents/" + id + "/pairs")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("limit"));
        given().queryParam("status", "maybe").when().get("/api/documents/" + id + "/pairs")
                .then().statusCode(400).body("field", equalTo("status"));
    }

    @Test
    void shouldImportUploadedFilesDetectingTheirEncoding() {
        long project = ApiFixtures.createProject("Multipart", "zh", "en");
        Charset gb18030 = Charset.forName("GB18030");
        String zh = "北京的冬天很冷。人们都穿着厚厚的衣服。\n\n春天来了，花都开了。孩子们在公园里玩耍。";
        String en = "Winters in Beijing are cold. People all wear thick clothes.\n\n"
                + "Spring has come and the flowers are all in bloom. Children play in the park.";
        given().multiPart("source", "chapter-1.zh.txt", zh.getBytes(gb18030), "text/plain; charset=GB18030")
                .multiPart("target", "chapter-1.en.txt", en.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201)
                .body("title", equalTo("chapter-1.zh.txt"))
                .body("sourceSentences", equalTo(4))
                .body("targetSentences", equalTo(4));
        given().multiPart(utf8Part("sourceText", zh)).multiPart(utf8Part("targetText", en)).multiPart("title", "Pasted")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("title", equalTo("Pasted")).body("sourceSentences", equalTo(4));
    }

    /** A pasted-text form field as browsers send it: UTF-8. */
    public static MultiPartSpecification utf8Part(String name, String text) {
        return new MultiPartSpecBuilder(text).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    @Test
    void shouldKeepOnlyTheFileNameOfAnUpload() {
        long project = ApiFixtures.createProject("Paths", "en", "fr");
        given().multiPart("source", "../../etc/passwd", "One sentence.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("target", "x.txt", "Une phrase.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("title", equalTo("passwd"));
    }

    @Test
    void shouldRefuseBadDocumentsAndStoreNothing() {
        long project = ApiFixtures.createProject("Refusals", "zh", "en");
        long documents = Document.count();
        long sentences = Sentence.count();
        long pairs = SentencePair.count();
        String url = "/api/projects/" + project + "/documents";

        given().contentType(ContentType.JSON).body(Map.of("sourceText", "你好。", "targetText", "Hello."))
                .when().post("/api/projects/424242/documents")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("sourceText", "  \n ", "targetText", "Hello."))
                .when().post(url)
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("sourceText"));
        given().contentType(ContentType.JSON).body(Map.of("sourceText", "你好。"))
                .when().post(url)
                .then().statusCode(400).body("field", equalTo("targetText"));
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceText", "你好。", "targetText", "Hello.", "segmentation", "words"))
                .when().post(url)
                .then().statusCode(400).body("field", equalTo("segmentation"));
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, 'a', 'b', (byte) 0xFF, (byte) 0xFE, 0x41};
        given().multiPart("source", "bad.txt", notUtf8, "text/plain; charset=UTF-8")
                .multiPart("target", "ok.txt", "Hello.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(url)
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("source"))
                .body("detail", containsString("UTF-8"));
        given().multiPart("source", "nul.txt", new byte[] {'a', 0, 'b', '.'}, "text/plain")
                .multiPart("target", "ok.txt", "Hello.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(url)
                .then().statusCode(400).contentType("application/problem+json");
        given().multiPart("target", "ok.txt", "Hello.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(url)
                .then().statusCode(400).body("field", equalTo("source"));

        byte[] big = "A sentence that repeats. ".repeat(50_000).getBytes(StandardCharsets.UTF_8); // 1.25 MB > 1M
        given().multiPart("source", "big.txt", big, "text/plain")
                .multiPart("target", "ok.txt", "Hello.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(url)
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("tandem.upload.max-bytes"));
        // both over: one answer names both, so fixing one is not followed by hearing of the other
        given().multiPart("source", "big.txt", big, "text/plain")
                .multiPart("target", "big-too.txt", big, "text/plain")
                .when().post(url)
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("The source file has " + big.length + " bytes and the target file has "
                        + big.length + " bytes; the limit is"));
        String huge = "x".repeat(3_500_000);
        given().contentType(ContentType.JSON).body(Map.of("sourceText", huge, "targetText", "Hello."))
                .when().post(url)
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("max-body-size"));

        assertEquals(documents, Document.count());
        assertEquals(sentences, Sentence.count());
        assertEquals(pairs, SentencePair.count());
        given().when().get(url.replace("/documents", "/documents")).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRefuseAFileAndPastedTextForOneSide() {
        long project = ApiFixtures.createProject("Both ways", "zh", "en");
        long documents = Document.count();
        given().multiPart("source", "a.txt", "第一句。".getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
                .multiPart(utf8Part("sourceText", "另一句。")).multiPart("targetText", "One.")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("source"))
                .body("detail", containsString("came both as a file (a.txt) and as pasted text"));
        assertEquals(documents, Document.count());
    }

    @Test
    void shouldReturn404ProblemForUnknownDocument() {
        for (String path : List.of("", "/pairs", "/export")) {
            given().when().get("/api/documents/7777777" + path).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void shouldExportTsvAndTmx() {
        long project = ApiFixtures.createProject("Export", "zh", "en");
        long id = ApiFixtures.createDocument(project, "Export me", ApiFixtures.ZH, ApiFixtures.EN);
        String tsv = given().queryParam("format", "tsv").when().get("/api/documents/" + id + "/export")
                .then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"Export me.tsv\"; filename*=UTF-8''Export%20me.tsv"))
                .extract().asString();
        assertEquals(4, tsv.lines().count(), tsv);
        assertEquals(List.of("Source\tTarget", "第一段的第一句。\tThis is the first sentence of the first paragraph."),
                tsv.lines().limit(2).toList());
        given().when().get("/api/documents/" + id + "/export").then().statusCode(200)
                .contentType(containsString("tmx"))
                .body(containsString("srclang=\"zh\""))
                .body(containsString("<seg>第二段只有一句。</seg>"));
        given().queryParam("status", "confirmed").when().get("/api/documents/" + id + "/export")
                .then().statusCode(200).body(not(containsString("<tu>")), not(containsString("<tu ")));
        long chapter = ApiFixtures.createDocument(project, "第一章：夜/归来", ApiFixtures.ZH, ApiFixtures.EN);
        given().queryParam("status", "confirmed").when().get("/api/documents/" + chapter + "/export")
                .then().statusCode(200).header("Content-Disposition", equalTo("attachment; filename=\"tandem-document-"
                        + chapter + " (confirmed).tmx\"; filename*=UTF-8''"
                        + URLEncoder.encode("第一章：夜 归来 (confirmed).tmx", StandardCharsets.UTF_8)
                        .replace("+", "%20")));
        given().when().get("/api/projects/" + project + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"Export.tmx\""));
        given().queryParam("format", "pdf").when().get("/api/documents/" + id + "/export")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("format"));
        given().when().get("/api/projects/" + project + "/export").then().statusCode(200)
                .body(containsString("<seg>第一段的第一句。</seg>"));
    }

    @Test
    void shouldLimitPageSize() {
        long project = ApiFixtures.createProject("Limits", "zh", "en");
        long id = ApiFixtures.createDocument(project, "Limit", ApiFixtures.ZH, ApiFixtures.EN);
        given().queryParam("limit", 1001).when().get("/api/documents/" + id + "/pairs").then().statusCode(400);
        given().queryParam("limit", 1000).when().get("/api/documents/" + id + "/pairs").then().statusCode(200)
                .body("items.size()", lessThanOrEqualTo(1000));
    }
}
