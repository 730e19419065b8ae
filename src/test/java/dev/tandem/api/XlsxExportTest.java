// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The XLSX export through REST: read back with POI (header bold and frozen, one row per pair, confidence a number or
 * blank, flags), opened by LibreOffice headless ({@code soffice --convert-to csv}, UTF-8) whose rows must be the
 * pairs, Chinese intact; and a side longer than a cell holds, cut with a mark. The LibreOffice check skips when
 * {@code soffice} is absent, unless {@code -Dtandem.require-libreoffice=true} (CI) demands it.
 */
@QuarkusTest
class XlsxExportTest {
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @Test
    void shouldExportASpreadsheetThatLibreOfficeReads() throws Exception {
        long document = ExportFixtures.snowDocument("XLSX zh-en", "Snow: report [draft]?");
        ExtractableResponse<Response> response = given().get("/api/documents/" + document + "/export?format=xlsx")
                .then().statusCode(200).extract();
        assertTrue(response.contentType().startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), response.contentType());
        assertTrue(response.header("Content-Disposition").contains(".xlsx"), response.header("Content-Disposition"));
        byte[] xlsx = response.asByteArray();
        List<List<String>> expected = expectedRows(document);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getSheetName().startsWith("Snow"), sheet.getSheetName());
            assertTrue(sheet.getSheetName().chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0), sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals(List.of("Pair", "Source", "Target", "Status", "Confidence", "Flags"), texts(header));
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertTrue(sheet.getRow(1).getCell(1).getCellStyle().getWrapText(), "texts wrap");
            assertTrue(sheet.getColumnWidth(1) >= 50 * 256, "a wide source column");
            assertEquals(expected.size(), sheet.getLastRowNum(), "one row per exported pair");
            Cell unscored = sheet.getRow(1).getCell(4); // the merged pair: no confidence
            assertEquals(CellType.BLANK, unscored.getCellType());
            Cell scored = sheet.getRow(2).getCell(4);
            assertEquals(CellType.NUMERIC, scored.getCellType(), "confidence is a number");
            for (int i = 0; i < expected.size(); i++) {
                List<String> row = texts(sheet.getRow(i + 1));
                assertEquals(expected.get(i).subList(1, 4), row.subList(1, 4), "row " + (i + 1));
            }
        }

        if (!Files.isExecutable(SOFFICE)) {
            String message = "LibreOffice (" + SOFFICE + ") is not installed: apt-get install libreoffice-calc-nogui.";
            assertTrue(!required(), message + " tandem.require-libreoffice=true, so this is a failure.");
            Assumptions.abort("skipped: " + message);
        }
        List<List<String>> csv = Csv.parse(libreOfficeCsv(xlsx));
        assertEquals(List.of("Pair", "Source", "Target", "Status", "Confidence", "Flags"), csv.get(0));
        assertEquals(expected, csv.subList(1, csv.size()).stream().map(XlsxExportTest::normalised).toList());
        assertTrue(csv.stream().anyMatch(row -> row.get(1).contains("北京今年的冬天来得很早。")), "Chinese intact");
        assertTrue(csv.stream().anyMatch(row -> row.get(2).equals(ExportFixtures.EDITED_TARGET)),
                "tab and line break kept in a cell");
    }

    @Test
    void shouldCutASideLongerThanACellHoldsWithAMark() throws IOException {
        long project = ApiFixtures.createProject("XLSX long cell", "zh", "en");
        String longSource = "雪".repeat(40_000) + "。";
        long document = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Long", "sourceText", longSource + "\n短句。", "targetText",
                        "Snow. ".repeat(5_000).strip() + "\nShort.", "segmentation", "lines"))
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        byte[] xlsx = given().get("/api/documents/" + document + "/export?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        double ratio = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(0.001); // a text of one repeated character packs tighter than POI trusts
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            String cut = sheet.getRow(1).getCell(1).getStringCellValue();
            assertEquals(32_767, cut.length(), "Excel's most");
            assertTrue(cut.startsWith("雪雪雪"), cut.substring(0, 10));
            assertTrue(cut.endsWith("[…cut: Excel holds 32,767 of these 40,001 characters; the TMX, TSV and XLIFF"
                    + " exports hold the whole text]"), cut.substring(cut.length() - 120));
            assertTrue("Snow. ".repeat(5_000).strip().equals(sheet.getRow(1).getCell(2).getStringCellValue()),
                    "a text within the limit is whole");
            assertEquals("短句。", sheet.getRow(2).getCell(1).getStringCellValue());
        } finally {
            ZipSecureFile.setMinInflateRatio(ratio);
        }
    }

    @Test
    void shouldExportAProjectAsOneSheetNamingEachPairsDocument() throws IOException {
        long first = ExportFixtures.snowDocument("XLSX project: all/any", "First");
        long project = ExportFixtures.projectOf(first);
        long second = ApiFixtures.createDocument(project, "Second", ApiFixtures.ZH, ApiFixtures.EN);
        byte[] xlsx = given().get("/api/projects/" + project + "/export?format=xlsx&status=all").then()
                .statusCode(200).extract().asByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("XLSX project  all any", sheet.getSheetName(), "Excel's forbidden characters replaced");
            assertEquals("Document", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Source", sheet.getRow(0).getCell(2).getStringCellValue());
            int firstRows = ExportFixtures.exportable(first).size();
            assertEquals(firstRows + ExportFixtures.exportable(second).size(), sheet.getLastRowNum());
            assertEquals("First", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Second", sheet.getRow(firstRows + 1).getCell(0).getStringCellValue());
        }
    }

    /** Pair (as on the review page), Source, Target, Status, Confidence (as shown, 0.000), Flags. */
    private static List<List<String>> expectedRows(long document) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> pair : ExportFixtures.exportable(document)) {
            Number confidence = (Number) pair.get("confidence");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> flags = (List<Map<String, Object>>) pair.get("flags");
            rows.add(List.of(String.valueOf(((Number) pair.get("position")).intValue() + 1),
                    ExportFixtures.joined(pair, "source"), ExportFixtures.joined(pair, "target"),
                    (String) pair.get("status"),
                    confidence == null ? "" : String.format(Locale.ROOT, "%.3f", confidence.doubleValue()),
                    flags.stream().map(flag -> (String) flag.get("code")).collect(Collectors.joining(", "))));
        }
        return rows;
    }

    /** A CSV row as compared: six cells (LibreOffice leaves trailing empty ones out), a decimal comma as a point. */
    private static List<String> normalised(List<String> row) {
        List<String> cells = new ArrayList<>(row);
        while (cells.size() < 6) {
            cells.add("");
        }
        cells.set(4, cells.get(4).replace(',', '.'));
        return cells;
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return cells;
    }

    /** Converts with LibreOffice headless in a profile of its own, as CSV in UTF-8 (filter option 76). */
    private static String libreOfficeCsv(byte[] xlsx) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tandem-xlsx");
        Path profile = Files.createTempDirectory("tandem-lo-profile");
        try {
            return convert(xlsx, dir, profile);
        } finally {
            deleteTree(profile);
            deleteTree(dir);
        }
    }

    private static String convert(byte[] xlsx, Path dir, Path profile) throws IOException, InterruptedException {
        Path file = Files.write(dir.resolve("snow.xlsx"), xlsx);
        Process process = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.toString(),
                file.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("soffice did not finish in 5 minutes");
        }
        File csv = dir.resolve("snow.csv").toFile();
        assertTrue(csv.isFile(), "soffice wrote no CSV (exit " + process.exitValue() + "): "
                + Files.readString(dir.resolve("soffice.log")));
        return Files.readString(csv.toPath(), StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static boolean required() {
        return Boolean.getBoolean("tandem.require-libreoffice");
    }

    /** RFC 4180 as LibreOffice writes it: quoted cells may hold commas, doubled quotes and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (!cell.isEmpty() || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
