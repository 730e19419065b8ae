// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What must hold for every stored document, checked through the API: its pairs cover every sentence of each side
 * exactly once and in order, positions are dense, no pair is empty, and the document's counts agree with its pairs.
 * Answers are read with Jackson: rest-assured's GPath compiles Groovy per expression, which costs more than the call.
 */
final class PairInvariants {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PairInvariants() {
    }

    /** A checked document: its version, pair ids and sentence counts, and its rows (title and snapshot). */
    record State(long version, List<Long> pairIds, int sourceSentences, int targetSentences, List<String> rows) {
    }

    /** All pairs of a document of at most 1000 pairs: the answer of {@code /pairs}. */
    static JsonNode pairs(long document) {
        return read(given().queryParam("limit", 1000).get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .extract().asString());
    }

    static List<Long> pairIds(JsonNode pairs) {
        var ids = new ArrayList<Long>();
        pairs.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    /** How many sentences of {@code side} the pairs hold. */
    static int sentences(JsonNode pairs, String side) {
        int count = 0;
        for (JsonNode item : pairs.get("items")) {
            count += item.get(side).size();
        }
        return count;
    }

    static void assertTiles(JsonNode pairs) {
        int position = 0;
        var next = new HashMap<String, Integer>(Map.of("source", 0, "target", 0));
        for (JsonNode item : pairs.get("items")) {
            assertEquals(position++, item.get("position").asInt(), "positions dense");
            assertTrue(!item.get("source").isEmpty() || !item.get("target").isEmpty(), "no pair without sentences: " + item);
            for (String side : next.keySet()) {
                for (JsonNode sentence : item.get(side)) {
                    int index = next.merge(side, 1, Integer::sum) - 1;
                    assertEquals(index, sentence.get("index").asInt(), side + " sentences in order, each once: " + item);
                }
            }
        }
    }

    /** Checks the tiling and that the document's sentence, pair and status counts are those of its pairs. */
    static State check(long document) {
        JsonNode summary = read(given().get("/api/documents/" + document).then().statusCode(200).extract().asString());
        JsonNode pairs = pairs(document);
        assertTiles(pairs);
        int items = pairs.get("items").size();
        assertTrue(items < 1000, "the checks read documents of fewer than 1000 pairs");
        assertEquals(items, pairs.get("total").asInt(), "total counts the pairs");
        assertCounts(summary, pairs);
        var rows = new ArrayList<String>();
        rows.add("version " + summary.get("version").asLong() + ", title " + summary.get("title").asText());
        rows.addAll(snapshot(pairs));
        return new State(summary.get("version").asLong(), pairIds(pairs), summary.get("sourceSentences").asInt(),
                summary.get("targetSentences").asInt(), rows);
    }

    /**
     * The document's counts (pairs, sentences per side, pairs per status, pairs confirm-confident would confirm) are
     * those of its pairs. Read after an edit, they are the counts the edit carried to its version; read after anything
     * else, counted afresh.
     */
    static void assertCounts(long document, JsonNode pairs) {
        assertCounts(read(given().get("/api/documents/" + document).then().statusCode(200).extract().asString()), pairs);
    }

    private static void assertCounts(JsonNode summary, JsonNode pairs) {
        int items = pairs.get("items").size();
        assertEquals(items, summary.get("pairs").asInt(), "the document counts its pairs");
        assertEquals(summary.get("sourceSentences").asInt(), sentences(pairs, "source"), "every source sentence is in a pair");
        assertEquals(summary.get("targetSentences").asInt(), sentences(pairs, "target"), "every target sentence is in a pair");
        var counted = new HashMap<String, Integer>();
        int confident = 0;
        for (JsonNode item : pairs.get("items")) {
            counted.merge(item.get("status").asText(), 1, Integer::sum);
            JsonNode confidence = item.get("confidence");
            if (item.get("status").asText().equals("AUTO") && confidence != null && !confidence.isNull()
                    && confidence.asDouble() >= 0.9 && item.get("flags").isEmpty()) {
                confident++;
            }
        }
        summary.get("statusCounts").fields().forEachRemaining(count ->
                assertEquals(count.getValue().asInt(), counted.getOrDefault(count.getKey(), 0), "pairs " + count.getKey()));
        assertEquals(confident, summary.get("confidentToConfirm").asInt(), "pairs confirm-confident would confirm");
    }

    /** Ranges, texts and statuses of every pair, without ids (undo may give pairs new rows). */
    static List<String> snapshot(long document) {
        return snapshot(pairs(document));
    }

    static List<String> snapshot(JsonNode pairs) {
        var rows = new ArrayList<String>();
        for (JsonNode item : pairs.get("items")) {
            rows.add(item.get("position") + " " + item.get("source") + " " + item.get("target") + " "
                    + item.get("status") + " " + item.get("confidence") + " " + item.get("flags"));
        }
        return rows;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
