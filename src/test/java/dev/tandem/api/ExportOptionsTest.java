// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The TMX options CAT tools look at, through REST: {@code o-tmf} (Tandem unless set), the header's
 * {@code segtype="sentence"} with {@code segtype="block"} on a unit of several sentences, and {@code units=sentence}
 * (only one-sentence pairs, the others left out and counted in a closing comment), on document and project exports;
 * and the bad inputs of every export, each a 400 problem saying what to send.
 */
@QuarkusTest
class ExportOptionsTest {
    private static final Pattern HEADER = Pattern.compile("<header [^>]*>");

    @Test
    void shouldWriteOneUnitPerPairMarkingMultiSentenceUnitsAsBlocks() throws Exception {
        long document = ExportFixtures.snowDocument("TMX options", "Snow");
        String tmx = given().get("/api/documents/" + document + "/export?format=tmx").then().statusCode(200)
                .extract().asString();
        String header = header(tmx);
        assertTrue(header.contains("creationtool=\"Tandem\""), header);
        assertTrue(header.contains("o-tmf=\"Tandem\""), header);
        assertTrue(header.contains("segtype=\"sentence\""), header);
        List<Map<String, Object>> exportable = ExportFixtures.exportable(document);
        List<Map<String, String>> units = ExportChecks.unitAttributes(tmx.getBytes(StandardCharsets.UTF_8));
        assertEquals(exportable.size(), units.size(), "a unit per pair");
        for (int i = 0; i < units.size(); i++) {
            boolean single = singleSentences(exportable.get(i));
            assertEquals(single ? null : "block", units.get(i).get("segtype"), "unit " + (i + 1));
        }
        assertTrue(units.stream().anyMatch(unit -> "block".equals(unit.get("segtype"))), "the merged pair is a block");
        assertTrue(!tmx.contains("left out"), "nothing left out");
    }

    @Test
    void shouldKeepOnlyOneSentencePairsWithUnitsSentence() throws Exception {
        long document = ExportFixtures.snowDocument("TMX sentence units", "Snow");
        long project = ExportFixtures.projectOf(document);
        List<Map<String, Object>> exportable = ExportFixtures.exportable(document);
        List<Map<String, Object>> single = exportable.stream().filter(ExportOptionsTest::singleSentences).toList();
        long leftOut = exportable.size() - single.size();
        assertTrue(leftOut > 0 && !single.isEmpty(), "the fixture has both kinds");

        for (String path : List.of("/api/documents/" + document, "/api/projects/" + project)) {
            String tmx = given().get(path + "/export?format=tmx&units=sentence&o-tmf=OmegaT TMX").then()
                    .statusCode(200).extract().asString();
            assertTrue(header(tmx).contains("o-tmf=\"OmegaT TMX\""), header(tmx));
            assertTrue(header(tmx).contains("segtype=\"sentence\""), header(tmx));
            List<Map<String, String>> units = ExportChecks.unitAttributes(tmx.getBytes(StandardCharsets.UTF_8));
            assertEquals(single.size(), units.size(), path + ": only the one-sentence pairs");
            for (int i = 0; i < units.size(); i++) {
                assertNull(units.get(i).get("segtype"), "a sentence, as the header says");
                assertEquals(String.valueOf(((Number) single.get(i).get("position")).intValue()),
                        units.get(i).get("x-position"));
            }
            assertTrue(tmx.contains("<!-- Tandem, units=sentence: " + leftOut + " pair(s) with more than one sentence"
                    + " on a side left out -->"), tmx.substring(tmx.length() - 300));
        }
    }

    @Test
    void shouldRefuseBadExportParametersWithAProblem() {
        long document = ExportFixtures.snowDocument("Export refusals", "Snow");
        long project = ExportFixtures.projectOf(document);
        for (String path : List.of("/api/documents/" + document, "/api/projects/" + project)) {
            refused(path + "/export?format=docx", "format 'docx' is unknown: use tmx, tsv, xlsx, moses, xliff.");
            refused(path + "/export?format=tmx&units=foo", "units 'foo' is unknown: use pair");
            refused(path + "/export?format=moses&o-tmf=X", "o-tmf is a TMX option");
            refused(path + "/export?format=tmx&o-tmf=" + "x".repeat(101), "o-tmf must be a name of 1 to 100");
            refused(path + "/export?status=some&format=xliff", "status 'some' is unknown");
        }
        refused("/api/documents/" + document + "/export?languages=all&format=xlsx", "use format=tmx");
        refused("/api/documents/" + document + "/export?languages=all&format=tmx&units=sentence",
                "units=sentence is for a bilingual TMX");
        // units=sentence filters every format (a Moses corpus wants one-sentence pairs too): fewer rows, none new.
        List<String> all = given().get("/api/documents/" + document + "/export?format=tsv").then().statusCode(200)
                .extract().asString().lines().toList();
        List<String> single = given().get("/api/documents/" + document + "/export?format=tsv&units=sentence").then()
                .statusCode(200).extract().asString().lines().toList();
        assertTrue(single.size() < all.size() && all.containsAll(single), single + " within " + all);
        // units=pair is what every format does, so the review page's form may always send it.
        given().get("/api/documents/" + document + "/export?format=xlsx&units=pair").then().statusCode(200);
        given().get("/api/documents/" + document + "/export?format=xliff&units=").then().statusCode(200);
    }

    private static void refused(String url, String detail) {
        given().get(url).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(detail));
    }

    private static boolean singleSentences(Map<String, Object> pair) {
        return ExportFixtures.texts(pair, "source").size() == 1 && ExportFixtures.texts(pair, "target").size() == 1;
    }

    private static String header(String tmx) {
        Matcher header = HEADER.matcher(tmx);
        assertTrue(header.find(), "a header");
        return header.group();
    }
}
