// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.formats.Docx;
import dev.tandem.formats.TextFixtures;
import dev.tandem.model.Document;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.testing.SnowReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown, SRT/WebVTT subtitles and two-column CSV/XLSX uploads through the real HTTP stack, with the fixtures
 * made from the snow report ({@code src/test/resources/formats/make-text-fixtures.sh}).
 */
@QuarkusTest
class TextFormatImportTest {
    /** The English snow report's sentences, as a plain-text import splits them. */
    private static final List<String> SNOW_SENTENCES = List.of(
            "Winter came early to Beijing this year.",
            "In early November, the first snow fell on the roofs of the Forbidden City.",
            "\"Look, it's snowing!\" the little girl shouted, pointing out of the window.",
            "Her mother smiled and said: \"Go and put on your coat.\"",
            "According to the weather bureau, snowfall this year is 30% higher than last year.",
            "Experts believe this is related to La Niña.",
            "Roads & traffic in the city were somewhat affected, but the subway ran normally 🚇.");

    private static JsonPath pairs(long document) {
        return given().queryParam("limit", 1000).when().get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> targets(long document) {
        return pairs(document).getList("items.target.text.flatten()", String.class);
    }

    private static List<String> sources(long document) {
        return pairs(document).getList("items.source.text.flatten()", String.class);
    }

    /** The Chinese snow report pasted as the source, {@code file} uploaded as its English translation. */
    private static long withChineseOriginal(long project, String file, String segmentation) {
        return given().multiPart("sourceText", SnowReport.ZH)
                .multiPart("target", file, TextFixtures.bytes(file), "application/octet-stream")
                .multiPart("segmentation", segmentation)
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void shouldImportMarkdownWithoutMarkupCodeOrFrontMatter() {
        long project = ApiFixtures.createProject("Markdown", "zh", "en");
        long id = withChineseOriginal(project, "snow-report.en.md", "auto");
        assertEquals(List.of("Snow in Beijing", SNOW_SENTENCES.get(0), SNOW_SENTENCES.get(1), SNOW_SENTENCES.get(2),
                SNOW_SENTENCES.get(3), SNOW_SENTENCES.get(4), SNOW_SENTENCES.get(5), "Roads", "Subway",
                "Roads & traffic in the city were somewhat affected.", "The subway ran normally 🚇.",
                "A snowy roof Photo: Xinhua."), targets(id));
    }

    @Test
    void shouldJoinCuesIntoSentencesOrKeepOneCuePerSentence() {
        long project = ApiFixtures.createProject("Subtitles", "zh", "en");
        for (String file : List.of("snow-report.en.srt", "snow-report.en.vtt")) {
            long running = withChineseOriginal(project, file, "auto");
            assertEquals(SNOW_SENTENCES, targets(running), file);
            given().when().get("/api/documents/" + running).then().statusCode(200)
                    .body("segmentation", equalTo("auto"))
                    .body("lineBreaks.target", equalTo("blank-lines"));
            long cues = withChineseOriginal(project, file, "lines");
            assertEquals(TextFixtures.CUES, targets(cues), file);
        }
    }

    @Test
    void shouldImportCsvRowsAsConfirmedPairs() {
        long project = ApiFixtures.createProject("CSV pairs", "zh", "en");
        long id = given().multiPart("source", "snow-pairs.csv", TextFixtures.bytes("snow-pairs.csv"), "text/csv")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201)
                .body("title", equalTo("snow-pairs.csv"))
                .body("segmentation", equalTo("csv"))
                .body("pairs", equalTo(8))
                .body("statusCounts.CONFIRMED", equalTo(7))
                .body("statusCounts.AUTO", equalTo(1))
                .extract().jsonPath().getLong("id");
        // the row not translated yet keeps its original, unpaired and unreviewed: dropping it would lose its text
        given().when().get("/api/documents/" + id + "/pairs").then().statusCode(200)
                .body("items.status", equalTo(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED", "AUTO", "CONFIRMED",
                        "CONFIRMED", "CONFIRMED", "CONFIRMED")))
                .body("items[3].source.text", equalTo(List.of("她的母亲笑着说：“快去穿上外套。”")))
                .body("items[3].target", equalTo(List.of()))
                .body("items[3].confidence", nullValue());
        assertEquals(List.of(SNOW_SENTENCES.get(0), SNOW_SENTENCES.get(1), SNOW_SENTENCES.get(2), SNOW_SENTENCES.get(4),
                "30%", "=2*6", SNOW_SENTENCES.get(6)), targets(id));
        assertEquals("十一月初，第一场雪就落在了故宫的屋顶上。", sources(id).get(1));

        // semicolons, a byte order mark and a header of language tags, as Excel saves "CSV UTF-8" in Europe
        byte[] semicolons = "\uFEFFzh;en\r\n北京下雪了。;It snows in Beijing.\r\n".getBytes(StandardCharsets.UTF_8);
        long second = given().multiPart("source", "pairs.csv", semicolons, "text/csv")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("pairs", equalTo(1)).extract().jsonPath().getLong("id");
        assertEquals(List.of("北京下雪了。"), sources(second));
        assertEquals(List.of("It snows in Beijing."), targets(second));
    }

    /** Found by hand: a CSV with the English column first went into a Chinese-to-English project as confirmed pairs. */
    @Test
    void shouldRefuseColumnsInTheWrongOrderUnlessTheCheckIsOff() {
        long project = ApiFixtures.createProject("Swapped columns", "zh", "en");
        byte[] swapped = ("en,zh\nWinter came early to Beijing this year.,北京今年的冬天来得很早。\n"
                + "\"In early November, the first snow fell on the roofs of the Forbidden City.\",十一月初，第一场雪就落在了故宫的屋顶上。\n")
                .getBytes(StandardCharsets.UTF_8);
        List<Long> before = counts();
        given().multiPart("source", "swapped.csv", swapped, "text/csv")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("source"))
                .body("detail", containsString("The first column of the source file looks like English, not Chinese (zh)"))
                .body("detail", containsString("the columns seem swapped"));
        assertEquals(before, counts(), "nothing stored");
        given().multiPart("source", "swapped.csv", swapped, "text/csv").multiPart("languageCheck", "off")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("pairs", equalTo(2));

        // Two languages of one script, two short rows (far under what a whole-text check can judge): read row by row,
        // cell against cell. Found by hand: this file went into the project as confirmed pairs the wrong way round.
        long german = ApiFixtures.createProject("Swapped short columns", "de", "en");
        String rows = "Der Winter kam dieses Jahr früh in die Stadt.;Winter came early to the city this year.\n"
                + "Die Kinder spielten den ganzen Tag im Schnee.;The children played in the snow all day.\n";
        byte[] shortSwapped = ("Winter came early to the city this year.;Der Winter kam dieses Jahr früh in die Stadt.\n"
                + "The children played in the snow all day.;Die Kinder spielten den ganzen Tag im Schnee.\n")
                .getBytes(StandardCharsets.UTF_8);
        before = counts();
        given().multiPart("source", "short.csv", shortSwapped, "text/csv")
                .when().post("/api/projects/" + german + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("The second column of the source file looks like German, not English"
                        + " (en), the project's target language: 2 of its rows read as English in the first column and"
                        + " German in the second. The columns seem swapped."));
        assertEquals(before, counts(), "nothing stored");
        given().multiPart("source", "short.csv", rows.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/projects/" + german + "/documents")
                .then().statusCode(201).body("pairs", equalTo(2));
    }

    @Test
    void shouldImportXlsxRowsAsDisplayed() {
        long project = ApiFixtures.createProject("XLSX pairs", "zh", "en");
        long id = given().multiPart("source", "snow-pairs.xlsx", TextFixtures.bytes("snow-pairs.xlsx"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201)
                .body("segmentation", equalTo("xlsx"))
                .body("statusCounts.CONFIRMED", equalTo(7))
                .body("statusCounts.AUTO", equalTo(1))
                .extract().jsonPath().getLong("id");
        assertEquals(List.of(SNOW_SENTENCES.get(0), SNOW_SENTENCES.get(1), SNOW_SENTENCES.get(2), SNOW_SENTENCES.get(4),
                "30.00%", "12", SNOW_SENTENCES.get(6)), targets(id));
    }

    private static List<Long> counts() {
        return List.of(Document.count(), Sentence.count(), SentencePair.count());
    }

    private static ValidatableResponse refused(long project, int status, String name, byte[] bytes) {
        return given().multiPart("source", name, bytes, "application/octet-stream")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    void shouldRefuseBadFilesAndStoreNothing() {
        long project = ApiFixtures.createProject("Bad tables", "zh", "en");
        List<Long> before = counts();
        byte[] bomb = Docx.bomb(1L << 30); // 1 GiB of spaces in one entry, about 1 MB zipped
        refused(project, 413, "bomb.xlsx", bomb).body("detail", containsString("zip bomb"));
        refused(project, 413, "liar.xlsx", Docx.lyingAboutSizes(bomb, 1000))
                .body("detail", containsString("zip bomb"));
        refused(project, 400, "pairs.xlsx", "北京,Beijing\n".getBytes(StandardCharsets.UTF_8))
                .body("field", equalTo("source")).body("detail", containsString("not an XLSX workbook"));
        refused(project, 400, "pairs.xlsx", Docx.paragraphs("北京")).body("detail", containsString("not an XLSX workbook"));
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>";
        refused(project, 400, "xxe.xlsx", TextFixtures.withEntry(TextFixtures.bytes("snow-pairs.xlsx"),
                "xl/sharedStrings.xml", doctype)).body("detail", containsString("DOCTYPE"));
        refused(project, 400, "open.csv", "北京,Beijing\n下雪,\"It snows\n".getBytes(StandardCharsets.UTF_8))
                .body("detail", containsString("line 2 opens a quoted field that is never closed"));
        refused(project, 400, "one-column.csv", "北京\n下雪\n".getBytes(StandardCharsets.UTF_8))
                .body("detail", containsString("no row with text in both of its first two columns (2 with one side empty)"));
        refused(project, 413, "long.csv", ("北京," + "x".repeat(500_001)).getBytes(StandardCharsets.UTF_8))
                .body("detail", containsString("line 1 has a cell of 500001 characters"));
        refused(project, 400, "empty.csv", new byte[0]).body("detail", containsString("missing or empty"));
        given().multiPart("sourceText", SnowReport.ZH)
                .multiPart("target", "broken.srt", "1\n00:00:01,000 --> 00:00:02,000\nOne.\n\n2\n00:00:03,000 --> 3s\nTwo.\n"
                        .getBytes(StandardCharsets.UTF_8), "application/x-subrip")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("target"))
                .body("detail", containsString("The SRT file's line 6 is no valid timing line: \"00:00:03,000 --> 3s\""));
        given().multiPart("sourceText", SnowReport.ZH)
                .multiPart("target", "pairs.csv", TextFixtures.bytes("snow-pairs.csv"), "text/csv")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).body("detail", containsString("bilingual CSV file"));
        assertEquals(before, counts(), "documents, sentences, pairs");
    }
}
