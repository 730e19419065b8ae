// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Confidence is the aligner's estimate only. A pair a reviewer made or changed, and a pair of a bilingual file, has
 * none ({@code confidence: null}), and "confirm confident pairs" never confirms it; a status change keeps the
 * estimate, and undo brings back exactly the estimate there was.
 */
@QuarkusTest
class UnscoredPairsTest {
    /** Doubles as doubles: the default reads JSON numbers as floats, too coarse to see a confidence come back exactly. */
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    private long document;

    @Test
    void pairsMadeOrChangedByAReviewerHaveNoConfidenceAndAreNotConfirmedAsConfident() {
        long project = ApiFixtures.createProject("Unscored", "en", "de");
        var en = new StringBuilder();
        var de = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            en.append("Sentence number ").append(i).append(" of the original text.\n");
            de.append("Satz Nummer ").append(i).append(" des Originaltextes hier.\n");
        }
        document = given().contentType(ContentType.JSON).body(Map.of("title", "Twelve", "segmentation", "lines",
                        "sourceText", en.toString(), "targetText", de.toString()))
                .post("/api/projects/" + project + "/documents").then().statusCode(201).body("pairs", equalTo(12))
                .extract().jsonPath().getLong("id");
        List<Double> original = confidences();
        List<String> alignment = alignment();
        assertTrue(original.stream().allMatch(c -> c != null && c >= 0.9), "the aligner is sure of every pair: " + original);

        // merge pairs 1 and 2: one pair, 2-2, not scored
        edit(Map.of("op", "merge-pairs", "pair", pairId(0))).statusCode(200)
                .body("pairs[0]", hasKey("confidence")).body("pairs[0].confidence", nullValue());
        // split it again: both parts are a person's cut, not the aligner's
        edit(Map.of("op", "split-pair", "pair", pairId(0), "sourceCount", 1, "targetCount", 1)).statusCode(200)
                .body("pairs.confidence", everyItem(nullValue()));
        // move the first source sentence of pair 4 up into pair 3: both change
        edit(Map.of("op", "shift", "pair", pairId(3), "side", "source", "direction", "up")).statusCode(200)
                .body("pairs.position", equalTo(List.of(2, 3))).body("pairs.confidence", everyItem(nullValue()));
        // edit a target sentence: the estimate was for the old text; the status stays
        long sixth = pairId(5);
        edit(Map.of("op", "confirm", "pairs", List.of(sixth))).statusCode(200)
                .body("pairs[0].confidence", equalTo(original.get(5).floatValue()));
        long edited = edit(Map.of("op", "edit-text", "side", "target", "index", 5, "text", "Satz Nummer sechs, überarbeitet."))
                .statusCode(200).body("pairs[0].status", equalTo("CONFIRMED")).body("pairs[0].confidence", nullValue())
                .extract().jsonPath().getLong("pairs[0].id");
        assertEquals(sixth, edited, "the pair keeps its id: only its text and estimate changed");
        // split and join sentences, and unlink a pair (after the split, the source has a sentence more)
        edit(Map.of("op", "split-sentence", "side", "source", "index", 6, "offset", 9)).statusCode(200)
                .body("pairs.confidence", everyItem(nullValue()));
        edit(Map.of("op", "merge-sentences", "side", "target", "index", 8)).statusCode(200)
                .body("pairs.confidence", everyItem(nullValue()));
        edit(Map.of("op", "insert-empty", "pair", pairId(10), "side", "target")).statusCode(200)
                .body("pairs.confidence", everyItem(nullValue()));

        JsonPath pairs = pairs();
        List<Map<String, Object>> items = pairs.getList("items");
        List<Integer> unscored = new ArrayList<>();
        List<Integer> confident = new ArrayList<>();
        for (Map<String, Object> item : items) {
            assertTrue(item.containsKey("confidence"), "the field is there, null or not: " + item);
            Integer position = (Integer) item.get("position");
            if (item.get("confidence") == null) {
                unscored.add(position);
            } else if ("AUTO".equals(item.get("status")) && ((List<?>) item.get("flags")).isEmpty()) {
                confident.add(position);
            }
        }
        assertEquals(List.of(0, 1, 2, 3, 5, 6, 8, 9, 10, 11), unscored, "every pair the reviewer touched: " + items);
        assertFalse(confident.isEmpty(), "the untouched pairs keep their estimates: " + items);

        // confirm-confident confirms the untouched sure pairs, and none of the reviewer's
        edit(Map.of("op", "confirm-confident")).statusCode(200).body("pairs.position", equalTo(confident));
        for (Map<String, Object> item : pairs().<Map<String, Object>>getList("items")) {
            if (item.get("confidence") == null && !item.get("position").equals(5)) {
                assertEquals("AUTO", item.get("status"), "an unscored pair stays unreviewed: " + item);
            }
        }

        // undo everything: the aligner's estimates come back exactly
        int edits = given().get("/api/documents/" + document + "/edits").then().statusCode(200).extract()
                .jsonPath().getList("$").size();
        for (int i = 0; i < edits; i++) {
            undoOrRedo("undo").statusCode(200);
        }
        assertEquals(alignment, alignment());
        assertEquals(original, confidences(), "undo restores the confidences bit for bit");
        // and redo brings the merge back, unscored again
        undoOrRedo("redo").statusCode(200).body("pairs[0].confidence", nullValue());
    }

    @Test
    void xliffUnitsHaveNoConfidenceAndAnUntranslatedOneIsNotConfirmedAsConfident() {
        long project = ApiFixtures.createProject("XLIFF unscored", "en", "de");
        String xliff = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="c" source-language="en" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="1"><source>The work is done.</source><target state="final">Die Arbeit ist getan.</target></trans-unit>
                    <trans-unit id="2"><source>This is still to do.</source><target state="needs-translation">Das ist noch zu tun.</target></trans-unit>
                  </body></file>
                </xliff>
                """;
        document = given().multiPart("source", "todo.xlf", xliff.getBytes(StandardCharsets.UTF_8), "application/xliff+xml")
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .body("statusCounts.CONFIRMED", equalTo(1)).body("statusCounts.AUTO", equalTo(1))
                .extract().jsonPath().getLong("id");
        given().get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .body("items.status", equalTo(List.of("CONFIRMED", "AUTO")))
                .body("items.flags.flatten()", equalTo(List.of()))
                .body("items[1]", hasKey("confidence"))
                .body("items.confidence", everyItem(nullValue()));

        // the pre-translated unit is no "confident pair": nothing to confirm, nothing changes
        long version = version();
        edit(Map.of("op", "confirm-confident")).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("made or changed by a reviewer have none"));
        assertEquals(version, version());
        given().get("/api/documents/" + document + "/pairs").then().body("items[1].status", equalTo("AUTO"));
    }

    private JsonPath pairs() {
        String body = given().queryParam("limit", 1000).get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(EXACT);
    }

    private List<Double> confidences() {
        List<Map<String, Object>> items = pairs().getList("items");
        return items.stream().map(item -> (Double) item.get("confidence")).toList();
    }

    /** Ranges, texts and statuses, ids left out. */
    private List<String> alignment() {
        var rows = new ArrayList<String>();
        for (Map<String, Object> item : pairs().<Map<String, Object>>getList("items")) {
            rows.add(item.get("position") + " " + item.get("source") + " " + item.get("target") + " " + item.get("status"));
        }
        return rows;
    }

    private long pairId(int position) {
        Object id = pairs().get("items[" + position + "].id");
        assertNotNull(id, "pair " + position);
        return ((Number) id).longValue();
    }

    private long version() {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private ValidatableResponse edit(Map<String, Object> body) {
        var request = new HashMap<>(body);
        request.putIfAbsent("baseVersion", version());
        return given().contentType(ContentType.JSON).body(request).post("/api/documents/" + document + "/edits").then();
    }

    private ValidatableResponse undoOrRedo(String which) {
        String etag = given().get("/api/documents/" + document).then().statusCode(200).extract().header("ETag");
        return given().header("If-Match", etag).post("/api/documents/" + document + "/" + which).then();
    }
}
