// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who vouches for each exported pair: the TMX names the importer (creationid/creationdate) and the reviewer whose
 * operation, undo or redo last wrote the pair (changeid/changedate), all through the real API with real accounts.
 */
@QuarkusTest
class ExportProvenanceTest {
    private static final String PASSWORD = "correct horse battery";
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Test
    void shouldNameTheImporterAndTheLastReviewerOfEachUnit() throws Exception {
        String importer = account("importer");
        String reviewer = account("reviewer");
        String second = account("second");
        long project = ApiFixtures.createProject("Provenance", "de", "en");
        for (String user : List.of(importer, reviewer, second)) {
            given().contentType(ContentType.JSON).body(Map.of("role", "editor"))
                    .put("/api/projects/" + project + "/members/" + user).then().statusCode(201);
        }
        JsonPath imported = as(importer).contentType(ContentType.JSON)
                .body(Map.of("title", "Three lines", "sourceText", "Eins.\nZwei.\nDrei.\nVier.",
                        "targetText", "One.\nTwo.\nThree.\nFour.", "segmentation", "lines"))
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath();
        long document = imported.getLong("id");
        String importedAt = tmxDate(imported.getString("createdAt"));
        List<Long> pairs = given().get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);

        edit(reviewer, document, Map.of("op", "confirm", "pairs", List.of(pairs.get(0))));
        edit(reviewer, document, Map.of("op", "edit-text", "side", "target", "index", 1, "text", "Two!"));
        edit(reviewer, document, Map.of("op", "confirm", "pairs", List.of(pairs.get(2))));
        // The second reviewer takes the last confirmation back: the undo is the last action on that pair.
        edit(second, document, null);

        List<Map<String, String>> units = ExportChecks.unitAttributes(given().get("/api/documents/" + document + "/export")
                .then().statusCode(200).extract().asByteArray());
        List<Map<String, Object>> history = given().get("/api/documents/" + document + "/edits").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(4, units.size());
        for (Map<String, String> unit : units) {
            assertEquals(importer, unit.get("creationid"), unit.toString());
            assertEquals(importedAt, unit.get("creationdate"), unit.toString());
        }
        assertEquals(reviewer, units.get(0).get("changeid"));
        assertEquals(tmxDate((String) history.get(0).get("time")), units.get(0).get("changedate"));
        assertEquals(reviewer, units.get(1).get("changeid"));
        assertEquals(tmxDate((String) history.get(1).get("time")), units.get(1).get("changedate"));
        assertEquals(second, units.get(2).get("changeid"));
        assertEquals(tmxDate((String) history.get(3).get("time")), units.get(2).get("changedate"));
        assertNull(units.get(3).get("changeid"), "no reviewer touched the last pair");
        assertNull(units.get(3).get("changedate"));
        assertEquals("CONFIRMED", units.get(0).get("x-status"));
        assertEquals("Three lines", units.get(0).get("x-document"));
        assertFalse(units.get(0).get("x-confidence").isBlank(), "a confirmed pair keeps the aligner's estimate");
        assertNull(units.get(1).get("x-confidence"), "the edited pair has none: the aligner did not score its text");
    }

    private static String account(String prefix) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000;
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD, "admin", false))
                .post("/api/users").then().statusCode(201);
        return username;
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    /** An operation as {@code username} on the current version; {@code operation} null means undo. */
    private static void edit(String username, long document, Map<String, Object> operation) {
        long version = given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        var body = new LinkedHashMap<String, Object>(operation == null ? Map.of() : operation);
        body.put("baseVersion", version);
        as(username).contentType(ContentType.JSON).body(body)
                .post("/api/documents/" + document + (operation == null ? "/undo" : "/edits")).then().statusCode(200);
    }

    private static String tmxDate(String isoTime) {
        return TMX_DATE.format(OffsetDateTime.parse(isoTime));
    }

    /** Each tu's attributes and props, by name. */
}
