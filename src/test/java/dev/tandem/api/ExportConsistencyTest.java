// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BulkDocuments;
import dev.tandem.testing.SlowDownload;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A document edited or deleted while it is being exported: the file shows the document as it was at one version, or
 * the export fails visibly. Each edit is made through the API by a second client while a slow first client holds the
 * export stream part-way through the document.
 */
@QuarkusTest
class ExportConsistencyTest {
    private static final int PAIRS = ExportFailureTest.PAIRS;
    private static final long ACT_AFTER_BYTES = 256 * 1024;

    @Inject
    DataSource dataSource;

    @Test
    void shouldFailWhenAPairAlreadyExportedIsEdited() throws Exception {
        long document = bulkDocument("Edited behind the export");
        long first = pairIdAt(document, 0);
        SlowDownload.Result result = exportActingMidway(document,
                () -> edit(document, Map.of("op", "merge-pairs", "pair", first)));
        assertFalse(result.complete(), "the export must break off");
        assertFalse(result.text().contains("</tmx>"));
        String audit = lastExportAudit(document);
        assertTrue(audit.contains("failed after") && audit.contains("changed at pair 1"), audit);
    }

    @Test
    void shouldTakeInEditsToPairsNotYetExported() throws Exception {
        long document = bulkDocument("Edited ahead of the export");
        long confirmed = pairIdAt(document, PAIRS - 3);
        long beforeLast = pairIdAt(document, PAIRS - 2);
        SlowDownload.Result result = exportActingMidway(document, () -> {
            edit(document, Map.of("op", "confirm", "pairs", List.of(confirmed)));
            edit(document, Map.of("op", "merge-pairs", "pair", beforeLast));
        });
        assertTrue(result.complete(), String.valueOf(result.error()));
        // The document as it is after both edits: one pair fewer, the last two sentences of each side in one unit.
        assertEquals(PAIRS - 1, ExportChecks.units(result.body()));
        String text = result.text();
        String[] units = text.split("<tu ");
        String confirmedUnit = units[units.length - 2];
        assertTrue(confirmedUnit.contains("CONFIRMED") && confirmedUnit.contains("changeid=\"admin\""), confirmedUnit);
        String lastUnit = units[units.length - 1];
        assertTrue(lastUnit.contains("Sentence " + (PAIRS - 1) + " stands here")
                && lastUnit.contains("Sentence " + PAIRS + " stands here"), lastUnit);
        assertEquals(1, text.split("Sentence " + PAIRS + " stands", -1).length - 1, "each sentence once");
        assertTrue(lastExportAudit(document).contains("complete, " + (PAIRS - 1) + " units"));
    }

    @Test
    void shouldFailWhenTheDocumentIsDeleted() throws Exception {
        long document = bulkDocument("Deleted under the export");
        SlowDownload.Result result = exportActingMidway(document,
                () -> given().queryParam("baseVersion", given().get("/api/documents/" + document).then()
                        .statusCode(200).extract().jsonPath().getLong("version"))
                        .delete("/api/documents/" + document).then().statusCode(204));
        assertFalse(result.complete(), "the export must break off");
        assertFalse(result.text().contains("</tmx>"));
        String audit = lastExportAudit(document);
        assertTrue(audit.contains("was deleted during the export"), audit);
    }

    private SlowDownload.Result exportActingMidway(long document, Runnable action) throws Exception {
        var acted = new AtomicBoolean();
        SlowDownload.Result result = SlowDownload.get(RestAssured.port, "/api/documents/" + document + "/export",
                bytes -> {
                    if (bytes >= ACT_AFTER_BYTES && !acted.getAndSet(true)) {
                        action.run();
                    }
                });
        assertTrue(acted.get(), "acted while the export was streaming");
        return result;
    }

    private long bulkDocument(String title) throws SQLException {
        long project = ApiFixtures.createProject(title, "de", "en");
        try (Connection connection = dataSource.getConnection()) {
            return BulkDocuments.insert(connection, project, title, PAIRS);
        }
    }

    private static long pairIdAt(long document, int position) {
        return given().queryParam("offset", position).queryParam("limit", 1)
                .get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    private static void edit(long document, Map<String, Object> operation) {
        long version = given().get("/api/documents/" + document).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        var body = new java.util.HashMap<>(operation);
        body.put("baseVersion", version);
        given().contentType(ContentType.JSON).body(body).post("/api/documents/" + document + "/edits")
                .then().statusCode(200);
    }

    private static String lastExportAudit(long document) {
        JsonPath audit = given().get("/api/audit?action=export&limit=1000").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = audit.getList("items");
        return items.stream().filter(item -> ("document " + document).equals(item.get("target")))
                .map(item -> (String) item.get("detail")).findFirst().orElse("(no export audited)");
    }
}
