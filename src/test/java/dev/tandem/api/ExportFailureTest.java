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
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
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
    @CsvSource({"documents, tmx", "documents, tsv", "projects, tmx", "projects, tsv"})
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
        long units = format.equals("tmx") ? result.text().split("<tu ", -1).length - 1 : result.text().lines().count();
        assertTrue(units < PAIRS, "the export stopped early, not after all " + PAIRS + " units: " + units);
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
