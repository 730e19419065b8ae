// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.api.PairInvariants.assertTiles;
import static dev.tandem.api.PairInvariants.pairs;
import static dev.tandem.api.PairInvariants.snapshot;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of review operations through the real REST API and database: every answer is 200 or a 4xx
 * problem (never a 500), a refused operation changes nothing, the pairs always tile both sides in order, and
 * undoing every applied operation restores the original alignment and texts exactly.
 */
@QuarkusTest
class EditPropertyTest {
    private static final String[] OPS = {"confirm", "confirm-through", "reject", "edit-text", "split-sentence",
            "merge-sentences", "merge-pairs", "split-pair", "shift", "insert-empty", "realign"};

    @Test
    void randomOperationsKeepInvariantsAndUndoRestoresTheOriginal() {
        Random random = new Random(20261127);
        int applied = 0;
        int refused = 0;
        for (int round = 0; round < 4; round++) {
            long document = createDocument(random);
            // Each step reads the pairs once, after the operation: that reading is checked and is the next step's
            // "before" (the document changes only through this loop), and the version comes from the answers.
            JsonNode pairs = pairs(document);
            List<String> original = snapshot(pairs);
            long version = version(document);
            int ops = 0;
            for (int step = 0; step < 40; step++) {
                Map<String, Object> body = randomOperation(random, pairs);
                body.put("baseVersion", version);
                List<String> before = snapshot(pairs);
                Response response = given().contentType(ContentType.JSON).body(body)
                        .post("/api/documents/" + document + "/edits");
                int status = response.statusCode();
                assertTrue(status == 200 || status == 400 || status == 422,
                        "operation " + body + " answered " + status + ": " + response.asString());
                pairs = pairs(document);
                if (status == 200) {
                    ops++;
                    applied++;
                    version = PairInvariants.read(response.asString()).get("version").asLong();
                } else {
                    refused++;
                    assertEquals(before, snapshot(pairs), "refused " + body + " changed nothing");
                }
                assertTiles(pairs);
                PairInvariants.assertCounts(document, pairs);
            }
            assertEquals(version, version(document), "the answers gave the document's version");
            for (int i = 0; i < ops; i++) {
                String undone = given().contentType(ContentType.JSON).body(Map.of("baseVersion", version))
                        .post("/api/documents/" + document + "/undo").then().statusCode(200).extract().asString();
                version = PairInvariants.read(undone).get("version").asLong();
                PairInvariants.assertCounts(document, pairs(document));
            }
            assertEquals(original, snapshot(document), "undoing all " + ops + " operations restores the original");
        }
        assertTrue(applied > 60 && refused > 10, "exercised both paths: applied " + applied + ", refused " + refused);
    }

    private static long createDocument(Random random) {
        long project = ApiFixtures.createProject("Property", "en", "zh");
        var en = new StringBuilder();
        var zh = new StringBuilder();
        int sentences = 8 + random.nextInt(8);
        for (int i = 0; i < sentences; i++) {
            en.append("Sentence ").append(i).append(" has ").append("words ".repeat(1 + random.nextInt(6))).append("here.\n");
            if (random.nextInt(5) > 0) {
                zh.append("第").append(i).append("句").append("字".repeat(2 + random.nextInt(8))).append("。\n");
            }
        }
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", "Random", "sourceText", en.toString(), "targetText", zh.toString(),
                        "segmentation", "lines"))
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> randomOperation(Random random, JsonNode pairs) {
        List<Long> ids = PairInvariants.pairIds(pairs);
        long sourceCount = PairInvariants.sentences(pairs, "source");
        long targetCount = PairInvariants.sentences(pairs, "target");
        String op = OPS[random.nextInt(OPS.length)];
        String side = random.nextBoolean() ? "source" : "target";
        long sideCount = side.equals("source") ? sourceCount : targetCount;
        Map<String, Object> body = new HashMap<>();
        body.put("op", op);
        long pair = random.nextInt(8) == 0 ? 999_999_999L : ids.get(random.nextInt(ids.size()));
        switch (op) {
            case "confirm" -> body.put("pairs", List.of(pair));
            case "confirm-through", "reject", "merge-pairs" -> body.put("pair", pair);
            case "edit-text" -> {
                body.put("side", side);
                body.put("index", random.nextInt((int) sideCount + 2));
                body.put("text", random.nextInt(6) == 0 ? "  " : "Edited text " + random.nextInt(100) + ".");
            }
            case "split-sentence" -> {
                body.put("side", side);
                body.put("index", random.nextInt((int) sideCount + 1));
                body.put("offset", random.nextInt(30) - 2);
            }
            case "merge-sentences" -> {
                body.put("side", side);
                body.put("index", random.nextInt((int) sideCount + 1));
            }
            case "split-pair" -> {
                body.put("pair", pair);
                body.put("sourceCount", random.nextInt(3));
                body.put("targetCount", random.nextInt(3));
            }
            case "shift" -> {
                body.put("pair", pair);
                body.put("side", side);
                body.put("direction", random.nextBoolean() ? "up" : "down");
            }
            case "insert-empty" -> {
                body.put("pair", pair);
                body.put("side", side);
            }
            default -> {
                int a = random.nextInt(ids.size());
                int b = random.nextInt(ids.size());
                body.put("fromPair", ids.get(Math.min(a, b)));
                body.put("toPair", ids.get(Math.max(a, b)));
            }
        }
        return body;
    }

    private static long version(long document) {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath().getLong("version");
    }
}
