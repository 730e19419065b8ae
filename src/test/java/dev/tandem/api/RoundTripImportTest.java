// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Document;
import dev.tandem.model.SentencePair;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A translator sends Tandem's own export back into Tandem (after proofreading it elsewhere): each format comes back
 * as the same pairs, texts and statuses exactly (TSV has no status: its pairs arrive confirmed), so the aligner's unchecked guesses stay unreviewed and a sentence with
 * a tab, a line break, a backslash or an opening quote keeps them; exported with {@code status=with-rejected}, a
 * reviewer's rejection comes back as one.
 */
@QuarkusTest
class RoundTripImportTest {
    /** Opens with a quote, which CSV would take for quoting, and holds a backslash, which the TSV export escapes. */
    private static final String QUOTED_TARGET = "\"Snow,\" she wrote in C:\\notes\\n.txt, \"again.\"";

    @ParameterizedTest
    @CsvSource({"tmx, snow.tmx", "xliff, snow.xlf", "xlsx, snow.xlsx", "tsv, snow.tsv"})
    void shouldImportAnExportBackWithItsTextsAndStatuses(String format, String fileName) {
        long document = ExportFixtures.snowDocument("Round trip " + format, "Snow");
        Map<String, Object> quoted = ExportFixtures.pairs(document).stream().skip(4)
                .filter(pair -> ExportFixtures.texts(pair, "target").size() == 1).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        var target = (List<Map<String, Object>>) quoted.get("target");
        ExportFixtures.edit(document, Map.of("op", "edit-text", "side", "target",
                "index", target.get(0).get("index"), "text", QUOTED_TARGET));
        List<String> expected = rows(ExportFixtures.exportable(document));
        assertTrue(expected.stream().anyMatch(row -> row.endsWith("| AUTO"))
                && expected.stream().anyMatch(row -> row.endsWith("| CONFIRMED")), "mixed statuses: " + expected);
        assertTrue(expected.stream().anyMatch(row -> row.contains(ExportFixtures.EDITED_TARGET)), "tab and line break");
        if (format.equals("tsv")) { // a TSV export has no status column: its pairs arrive confirmed, as before
            expected = expected.stream().map(row -> row.replaceAll("\\| AUTO$", "| CONFIRMED")).toList();
        }
        long auto = expected.stream().filter(row -> row.endsWith("| AUTO")).count();

        byte[] file = given().get("/api/documents/" + document + "/export?format=" + format + "&status=all")
                .then().statusCode(200).extract().asByteArray();
        long project = ApiFixtures.createProject("Round trip back " + format, "zh", "en");
        long imported = given().multiPart("source", fileName, file, "application/octet-stream")
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .body("statusCounts.AUTO", equalTo((int) auto))
                .body("statusCounts.CONFIRMED", equalTo(expected.size() - (int) auto))
                .extract().jsonPath().getLong("id");

        assertEquals(expected, rows(ExportFixtures.pairs(imported)));
    }

    @ParameterizedTest
    @CsvSource({"tmx, rejected.tmx", "xliff, rejected.xlf", "xlsx, rejected.xlsx"})
    void shouldKeepAReviewersRejectionThroughARoundTrip(String format, String fileName) {
        long document = ExportFixtures.snowDocument("Rejected " + format, "Snow");
        Object bad = ExportFixtures.pairs(document).stream().filter(pair -> "AUTO".equals(pair.get("status"))
                && !ExportFixtures.texts(pair, "source").isEmpty() && !ExportFixtures.texts(pair, "target").isEmpty())
                .findFirst().orElseThrow().get("id");
        ExportFixtures.edit(document, Map.of("op", "reject", "pair", bad));
        List<String> expected = rows(ExportFixtures.pairs(document).stream().filter(pair ->
                !ExportFixtures.texts(pair, "source").isEmpty() && !ExportFixtures.texts(pair, "target").isEmpty())
                .toList());
        assertEquals(1, expected.stream().filter(row -> row.endsWith("| REJECTED")).count(), expected.toString());
        // status=all leaves the rejected pair out, as before
        assertEquals(expected.size() - 1, rows(imported(format, fileName, given().get("/api/documents/" + document
                + "/export?format=" + format + "&status=all").then().statusCode(200).extract().asByteArray(), 0))
                .size());

        byte[] file = given().get("/api/documents/" + document + "/export?format=" + format + "&status=with-rejected")
                .then().statusCode(200).extract().asByteArray();
        assertEquals(expected, rows(imported(format, fileName, file, 1)));
    }

    @Test
    void shouldReadRejectedFromTandemsSpreadsheetHeaderInCsvAndRefuseToExportRejectionsWithoutStatus() {
        long project = ApiFixtures.createProject("Rejected csv", "en", "de");
        String csv = "Pair,Source,Target,Status,Confidence,Flags\n"
                + "1,The snow fell all night.,Der Schnee fiel die ganze Nacht.,CONFIRMED,,\n"
                + "2,The children were happy.,Die Lehrer waren müde.,REJECTED,0.2,\n"
                + "3,The school was closed.,Die Schule war geschlossen.,AUTO,0.9,\n";
        long imported = given().multiPart("source", "rejected.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .body("statusCounts.REJECTED", equalTo(1)).extract().jsonPath().getLong("id");
        assertEquals(List.of("CONFIRMED", "REJECTED", "AUTO"), ExportFixtures.pairs(imported).stream()
                .map(pair -> pair.get("status")).toList());
        for (String format : List.of("tsv", "moses")) {
            given().get("/api/documents/" + imported + "/export?format=" + format + "&status=with-rejected").then()
                    .statusCode(400).contentType("application/problem+json").body("field", equalTo("status"))
                    .body("detail", containsString("keep each pair's status"));
        }
        given().get("/api/documents/" + imported + "/export?format=tmx&languages=all&status=with-rejected").then()
                .statusCode(400).body("field", equalTo("status"));
    }

    /** The pairs of {@code file} imported into a new project, which must hold {@code rejected} rejected pairs. */
    private static List<Map<String, Object>> imported(String format, String fileName, byte[] file, int rejected) {
        long project = ApiFixtures.createProject("Round trip back " + format + " " + System.nanoTime(), "zh", "en");
        long imported = given().multiPart("source", fileName, file, "application/octet-stream")
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .body("statusCounts.REJECTED", rejected == 0 ? anyOf(nullValue(), equalTo(0)) : equalTo(rejected))
                .extract().jsonPath().getLong("id");
        return ExportFixtures.pairs(imported);
    }

    @Test
    void shouldRefuseASpreadsheetOfSeveralDocumentsAndStoreNothing() {
        long first = ExportFixtures.snowDocument("Round trip project", "Chapter 1");
        long project = ExportFixtures.projectOf(first);
        ApiFixtures.createDocument(project, "Chapter 2", ApiFixtures.ZH, ApiFixtures.EN);
        byte[] xlsx = given().get("/api/projects/" + project + "/export?format=xlsx&status=all").then().statusCode(200)
                .extract().asByteArray();
        long documents = Document.count();
        long pairs = SentencePair.count();
        long target = ApiFixtures.createProject("Round trip project back", "zh", "en");
        given().multiPart("source", "project.xlsx", xlsx, "application/octet-stream")
                .post("/api/projects/" + target + "/documents").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("export of a whole project"))
                .body("detail", containsString("\"Chapter 1\", \"Chapter 2\""))
                .body("detail", containsString("one by one"));
        assertEquals(documents, Document.count());
        assertEquals(pairs, SentencePair.count());

        // a project of one document exports a Document column too: that one imports
        long only = ExportFixtures.snowDocument("Round trip one", "Only");
        byte[] one = given().get("/api/projects/" + ExportFixtures.projectOf(only) + "/export?format=xlsx&status=all")
                .then().statusCode(200).extract().asByteArray();
        long back = given().multiPart("source", "one.xlsx", one, "application/octet-stream")
                .post("/api/projects/" + target + "/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(rows(ExportFixtures.exportable(only)), rows(ExportFixtures.pairs(back)));
    }

    @Test
    void shouldImportXliffSegmentsAwaitingReviewUnreviewedAndOtherToolsTmxConfirmed() {
        long project = ApiFixtures.createProject("Round trip states", "en", "de");
        String xliff = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="a" source-language="en" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="1"><source>The snow fell all night.</source>
                      <target state="needs-review-translation">Der Schnee fiel die ganze Nacht.</target></trans-unit>
                    <trans-unit id="2"><source>The children were happy.</source>
                      <target state="translated">Die Kinder waren froh.</target></trans-unit>
                  </body></file>
                </xliff>""";
        long imported = given().multiPart("source", "review.xlf", xliff.getBytes(StandardCharsets.UTF_8),
                        "application/octet-stream").post("/api/projects/" + project + "/documents").then()
                .statusCode(201).body("statusCounts.AUTO", equalTo(1)).body("statusCounts.CONFIRMED", equalTo(1))
                .extract().jsonPath().getLong("id");
        assertEquals(List.of("AUTO", "CONFIRMED"), ExportFixtures.pairs(imported).stream().map(p -> p.get("status")).toList());

        String tmx = """
                <tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en"
                  creationtool="OmegaT" creationtoolversion="6" o-tmf="OmegaT"/><body>
                  <tu><tuv xml:lang="en"><seg>The snow fell all night.</seg></tuv>
                    <tuv xml:lang="de"><seg>Der Schnee fiel die ganze Nacht.</seg></tuv></tu>
                </body></tmx>""";
        given().multiPart("source", "omegat.tmx", tmx.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .body("statusCounts.CONFIRMED", equalTo(1));
    }

    /** Each pair as "source | target | status", its sentences joined as the exports join them. */
    private static List<String> rows(List<Map<String, Object>> pairs) {
        return pairs.stream().map(pair -> ExportFixtures.joined(pair, "source") + " | "
                + ExportFixtures.joined(pair, "target") + " | " + pair.get("status")).toList();
    }
}
