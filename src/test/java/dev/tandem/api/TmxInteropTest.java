// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.SnowReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The path a new user takes with curl: create a zh→en project, post two pasted texts, merge two pairs (the merged
 * unit has no x-confidence), read the pairs, export TMX; then {@code ../shared/tmx/tmx-check} loads the export with
 * the DTD, translate-toolkit, Okapi and OmegaT, and again the sentence-level export ({@code units=sentence}).
 * Skips when tmx-check or its tools are absent, unless {@code -Dtandem.require-tmx-check=true} (CI) demands it.
 */
@QuarkusTest
class TmxInteropTest {
    private static final Path TMX_CHECK = Path.of("../shared/tmx/tmx-check");

    @Test
    void exportedTmxShouldLoadInDtdTranslateToolkitOkapiAndOmegaT() throws Exception {
        long project = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Interop zh-en", "sourceLanguage", "zh", "targetLanguage", "en"))
                .when().post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        long document = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Snow", "sourceText", SnowReport.ZH, "targetText", SnowReport.EN))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // A reviewer merges the first two pairs: the aligner never scored the result, so its unit has no x-confidence.
        long first = given().get("/api/documents/" + document + "/pairs").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("op", "merge-pairs", "pair", first, "baseVersion", 1))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);
        JsonPath pairs = given().queryParam("limit", 1000).when().get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(pairs.getInt("total") >= 4, "at least one pair per paragraph");

        byte[] tmx = given().when().get("/api/documents/" + document + "/export?format=tmx&status=all")
                .then().statusCode(200).extract().asByteArray();
        String tsv = given().when().get("/api/documents/" + document + "/export?format=tsv&status=all")
                .then().statusCode(200).extract().asString();
        assertEquals(exportablePairs(pairs), tsv.lines().count() - 1, "a header, then one TSV line per pair with two non-empty sides");
        List<Map<String, String>> units = ExportChecks.unitAttributes(tmx);
        assertNull(units.get(0).get("x-confidence"), "the merged pair: " + units.get(0));
        assertTrue(units.stream().skip(1).anyMatch(unit -> unit.containsKey("x-confidence")), "the others: " + units);

        Assumptions.assumeTrue(Files.isExecutable(TMX_CHECK) || required(),
                "skipped: ../shared/tmx/tmx-check is not here (run ../shared/tmx/install-deps.sh --okapi)");
        Path dir = Files.createTempDirectory("tandem-tmx-check");
        Path tmxFile = Files.write(dir.resolve("snow.tmx"), tmx);
        // tmx-check's pairs file is the export's lines without its Source/Target header
        Path tsvFile = Files.writeString(dir.resolve("pairs.tsv"), tsv.substring(tsv.indexOf('\n') + 1),
                StandardCharsets.UTF_8);
        // OmegaT re-segments its source file with its own rules, so feed it the one-sentence sources only;
        // multi-sentence units are still checked by the DTD, translate-toolkit and Okapi via the TSV.
        Path srcFile = Files.writeString(dir.resolve("snow-zh.txt"), singleSentenceSources(pairs), StandardCharsets.UTF_8);

        tmxCheck(tmxFile, tsvFile, srcFile);

        // The sentence-level TMX (units=sentence, o-tmf set) for Trados and memoQ memories passes the same checks.
        byte[] sentences = given().when().get("/api/documents/" + document
                + "/export?format=tmx&status=all&units=sentence&o-tmf=OmegaT").then().statusCode(200).extract()
                .asByteArray();
        String expected = singleSentencePairs(pairs);
        assertEquals(expected.lines().count(), ExportChecks.units(sentences), "a unit per one-sentence pair");
        tmxCheck(Files.write(dir.resolve("snow-sentences.tmx"), sentences),
                Files.writeString(dir.resolve("sentences.tsv"), expected, StandardCharsets.UTF_8), srcFile);
    }

    private static void tmxCheck(Path tmxFile, Path tsvFile, Path srcFile) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(TMX_CHECK.toString(), "--okapi", "--omegat", srcFile.toString(), "zh", "en",
                tmxFile.toString(), tsvFile.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "tmx-check finished");
        if (process.exitValue() == 2 && !required()) {
            Assumptions.abort("skipped: tmx-check lacks its tools (run ../shared/tmx/install-deps.sh --okapi):\n" + output);
        }
        assertEquals(0, process.exitValue(), "tmx-check output:\n" + output);
        String summary = output.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(summary.contains("PASS (dtd=PASS tt=PASS pairs=PASS omegat=PASS okapi=PASS)"), summary);
    }

    /** The pairs with one sentence on each side, as tmx-check's TSV (escapes \\t \\n \\r \\\\). */
    private static String singleSentencePairs(JsonPath pairs) {
        List<Map<String, Object>> items = pairs.getList("items");
        var lines = new StringBuilder();
        for (Map<String, Object> item : items) {
            List<?> source = (List<?>) item.get("source");
            List<?> target = (List<?>) item.get("target");
            if (source.size() == 1 && target.size() == 1) {
                lines.append(tsv((String) ((Map<?, ?>) source.get(0)).get("text"))).append('\t')
                        .append(tsv((String) ((Map<?, ?>) target.get(0)).get("text"))).append('\n');
            }
        }
        return lines.toString();
    }

    private static String tsv(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static boolean required() {
        return Boolean.getBoolean("tandem.require-tmx-check");
    }

    private static long exportablePairs(JsonPath pairs) {
        List<Map<String, Object>> items = pairs.getList("items");
        return items.stream()
                .filter(item -> !((List<?>) item.get("source")).isEmpty() && !((List<?>) item.get("target")).isEmpty())
                .count();
    }

    private static String singleSentenceSources(JsonPath pairs) throws IOException {
        List<Map<String, Object>> items = pairs.getList("items");
        var lines = new ArrayList<String>();
        for (Map<String, Object> item : items) {
            List<?> source = (List<?>) item.get("source");
            if (source.size() == 1 && !((List<?>) item.get("target")).isEmpty()) {
                lines.add((String) ((Map<?, ?>) source.get(0)).get("text"));
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
