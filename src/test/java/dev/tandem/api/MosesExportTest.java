// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The Moses export through REST: a zip of {@code <title>.zh} and {@code <title>.en}, line-aligned (the same number of
 * lines, line n of one the translation of line n of the other), a pair's sentences on one line, a tab or line break
 * inside a sentence a space, and a pair with an empty side left out.
 */
@QuarkusTest
class MosesExportTest {

    @Test
    void shouldExportTwoLineAlignedFilesInAZip() throws IOException {
        long document = ExportFixtures.snowDocument("Moses zh-en", "Snow/report: 2026");
        // A 0-1 pair: the merged first pair's source goes alone, its target becomes a pair of its own.
        ExportFixtures.edit(document, Map.of("op", "insert-empty", "pair", ExportFixtures.pairId(document, 1),
                "side", "source"));
        List<Map<String, Object>> pairs = ExportFixtures.pairs(document);
        assertTrue(pairs.stream().anyMatch(pair -> ExportFixtures.texts(pair, "source").isEmpty()), "a 0-1 pair");

        ExtractableResponse<Response> response = given().get("/api/documents/" + document + "/export?format=moses")
                .then().statusCode(200).contentType("application/zip").extract();
        assertTrue(response.header("Content-Disposition").contains(".zip"), response.header("Content-Disposition"));
        Map<String, String> files = unzip(response.asByteArray());
        assertEquals(List.of("Snow_report_2026.zh", "Snow_report_2026.en"), List.copyOf(files.keySet()));

        List<String> zh = files.get("Snow_report_2026.zh").lines().toList();
        List<String> en = files.get("Snow_report_2026.en").lines().toList();
        List<Map<String, Object>> exportable = ExportFixtures.exportable(document);
        assertEquals(exportable.size(), zh.size(), "a line per pair with two sides");
        assertEquals(zh.size(), en.size(), "line-aligned");
        assertTrue(exportable.size() < pairs.size(), "the 0-1 pair left out");
        for (int i = 0; i < exportable.size(); i++) {
            assertEquals(ExportFixtures.joined(exportable.get(i), "source"), zh.get(i), "zh line " + (i + 1));
            assertEquals(ExportFixtures.joined(exportable.get(i), "target").replaceAll("\\s+", " "), en.get(i),
                    "en line " + (i + 1));
        }
        assertTrue(en.contains("Her mother smiled and said: \"Go and put on your coat.\""), "tab and break a space");
        assertFalse(files.values().stream().anyMatch(text -> text.contains("\t") || text.contains("\r")
                || text.contains("\n\n") || !text.endsWith("\n")), "one line per pair, no empty line");
        assertTrue(zh.stream().anyMatch(line -> line.matches(".*。\\p{IsHan}.*")),
                "a pair's Chinese sentences joined without a space");
    }

    @Test
    void shouldExportAProjectAsOnePairOfFiles() throws IOException {
        long first = ExportFixtures.snowDocument("Moses project", "First");
        long project = ExportFixtures.projectOf(first);
        long second = ApiFixtures.createDocument(project, "Second", ApiFixtures.ZH, ApiFixtures.EN);
        Map<String, String> files = unzip(given().get("/api/projects/" + project + "/export?format=moses")
                .then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("Moses_project.zh", "Moses_project.en"), List.copyOf(files.keySet()));
        long lines = ExportFixtures.exportable(first).size() + ExportFixtures.exportable(second).size();
        assertEquals(lines, files.get("Moses_project.zh").lines().count());
        assertEquals(lines, files.get("Moses_project.en").lines().count());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
