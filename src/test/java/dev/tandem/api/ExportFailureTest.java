// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BulkDocuments;
import dev.tandem.testing.SlowDownload;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An export that fails part-way must reach the client as an error, never as a shorter file that looks whole. The
 * database is broken for real under a running export (a table renamed through JDBC on the same in-memory H2, then
 * renamed back) while a slow client holds the stream open.
 */
@QuarkusTest
class ExportFailureTest {
    /** Large enough that the export cannot sit whole in the socket buffers (4 MB here) when the database breaks. */
    static final int PAIRS = 30_000;
    private static final long BREAK_AFTER_BYTES = 256 * 1024;

    private static long project;
    private static long document;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void bulkDocument() throws SQLException {
        if (document == 0) {
            project = ApiFixtures.createProject("Export failures", "de", "en");
            try (Connection connection = dataSource.getConnection()) {
                document = BulkDocuments.insert(connection, project, "Bulk", PAIRS);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"documents, tmx", "documents, tsv", "projects, tmx", "projects, tsv", "documents, xliff",
            "projects, xliff"})
    void shouldBreakTheResponseWhenTheDatabaseFailsMidStream(String scope, String format) throws Exception {
        long id = scope.equals("documents") ? document : project;
        var brokeAt = new AtomicLong(-1);
        SlowDownload.Result result;
        try {
            result = SlowDownload.get(RestAssured.port, "/api/" + scope + "/" + id + "/export?format=" + format,
                    bytes -> {
                        if (bytes >= BREAK_AFTER_BYTES && brokeAt.get() < 0) {
                            brokeAt.set(bytes);
                            rename("sentence", "sentence_moved");
                        }
                    });
        } finally {
            if (brokeAt.get() >= 0) {
                rename("sentence_moved", "sentence");
            }
        }
        assertTrue(brokeAt.get() > 0, "the database broke while the body was arriving");
        assertEquals(200, result.status(), "the status went out with the first bytes");
        assertFalse(result.complete(), "the response must end as broken, not with its terminating chunk; it ended: "
                + result.text().substring(Math.max(0, result.text().length() - 400)));
        if (format.equals("tmx")) {
            assertFalse(result.text().contains("</tmx>"), "no closing </tmx> on a failed export");
            assertFalse(ExportChecks.wellFormed(result.body()), "the partial TMX must not parse as a whole document");
        }
        if (format.equals("xliff")) {
            assertFalse(result.text().contains("</xliff>"), "no closing </xliff> on a failed export");
            assertFalse(ExportChecks.wellFormed(result.body()), "the partial XLIFF must not parse as a whole document");
        }
        long units = switch (format) {
            case "tmx" -> result.text().split("<tu ", -1).length - 1;
            case "xliff" -> result.text().split("<unit ", -1).length - 1;
            default -> result.text().lines().count();
        };
        assertTrue(units < PAIRS, "the export stopped early, not after all " + PAIRS + " units: " + units);
    }

    /**
     * The XLSX export sends nothing until its workbook is whole, so a failure while the rows are gathered is a 500
     * problem, not a file; and the workbook's temporary files are deleted.
     */
    @Test
    void shouldAnswerAProblemAndDeleteTheTemporaryFilesWhenAnXlsxExportFails() throws Exception {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        // files of other processes (a server killed in the middle of an export) are not this export's
        List<Path> before = sxssfFiles(poiFiles, List.of());
        var answer = CompletableFuture.supplyAsync(() -> given().get("/api/documents/" + document + "/export?format=xlsx")
                .then().extract());
        // The first sheet's temporary file appears with the first row: the export is under way; break the database.
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (sxssfFiles(poiFiles, before).isEmpty() && !answer.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertFalse(answer.isDone(), "the export was still running when the database broke");
        rename("sentence", "sentence_moved");
        try {
            var response = answer.get(2, TimeUnit.MINUTES);
            assertEquals(500, response.statusCode(), response.asString());
            assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        } finally {
            rename("sentence_moved", "sentence");
        }
        assertEquals(List.of(), sxssfFiles(poiFiles, before), "the workbook's temporary files are deleted");
    }

    /**
     * The Moses zip is deflated plain text, small enough to sit whole in the socket buffers, so the database breaks
     * once its temporary file (the target lines) shows the export under way: the answer is a 500 problem or a broken
     * body, never two whole files; and the temporary file is deleted.
     */
    @Test
    void shouldNeverSendAWholeZipWhenAMosesExportFails() throws Exception {
        var answer = CompletableFuture.supplyAsync(() -> given().get("/api/documents/" + document
                + "/export?format=moses").then().extract());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (mosesTemporaryFiles().isEmpty() && !answer.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertFalse(answer.isDone(), "the export was still running when the database broke");
        rename("sentence", "sentence_moved");
        try {
            var response = answer.handle((ok, broken) -> ok).get(2, TimeUnit.MINUTES);
            if (response != null) { // else the connection broke off: the client saw an error, as it should
                assertTrue(response.statusCode() == 500 || !wholeZip(response.asByteArray()),
                        "status " + response.statusCode() + " with a whole zip");
            }
        } finally {
            rename("sentence_moved", "sentence");
        }
        assertEquals(List.of(), mosesTemporaryFiles(), "the target lines' temporary file is deleted");
    }

    /** The workbooks' temporary files in {@code dir}, but for those in {@code others}. */
    private static List<Path> sxssfFiles(Path dir, List<Path> others) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith("poi-sxssf-"))
                    .filter(file -> !others.contains(file)).toList();
        }
    }

    private static List<Path> mosesTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("tandem-moses-")).toList();
        }
    }

    /** Whether every entry of the zip reads to its end and the zip has its two files. */
    private static boolean wholeZip(byte[] zip) {
        int entries = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                in.readAllBytes();
                entries++;
            }
        } catch (IOException e) {
            return false;
        }
        return entries == 2;
    }

    @Test
    void shouldStillExportWholeOnceTheDatabaseIsBack() throws Exception {
        byte[] tmx = given().get("/api/documents/" + document + "/export?format=tmx").then().statusCode(200)
                .extract().asByteArray();
        assertEquals(PAIRS, ExportChecks.units(tmx));
    }

    private void rename(String from, String to) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE " + from + " RENAME TO " + to);
        }
    }
}
