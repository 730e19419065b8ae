// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every review operation over REST, the invalid ones (which change nothing), conflicts, undo, redo and history. */
@QuarkusTest
class EditResourceTest {
    private long document;

    @BeforeEach
    void createDocument() {
        long project = ApiFixtures.createProject("Review", "en", "de");
        var en = new StringBuilder();
        var de = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            en.append("Sentence number ").append(i).append(" of the original text.\n");
            de.append("Satz Nummer ").append(i).append(" des Originaltextes hier.\n");
        }
        document = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Six", "sourceText", en.toString(), "targetText", de.toString(),
                        "segmentation", "lines"))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("pairs", equalTo(6)).extract().jsonPath().getLong("id");
    }

    private long version() {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private JsonPath pairs() {
        return given().queryParam("limit", 1000).get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().jsonPath();
    }

    private long pairId(int position) {
        return pairs().getLong("items[" + position + "].id");
    }

    /** The alignment as plain values (ranges, texts, statuses), ids left out: what undo must restore exactly. */
    private List<String> alignment() {
        var rows = new ArrayList<String>();
        List<Map<String, Object>> items = pairs().getList("items");
        for (Map<String, Object> item : items) {
            rows.add(item.get("position") + " " + item.get("source") + " " + item.get("target") + " " + item.get("status"));
        }
        return rows;
    }

    private ValidatableResponse edit(Map<String, Object> body) {
        var request = new HashMap<>(body);
        request.putIfAbsent("baseVersion", version());
        return given().contentType(ContentType.JSON).body(request)
                .when().post("/api/documents/" + document + "/edits").then();
    }

    /** Undo or redo on the current version, named by its ETag. */
    private ValidatableResponse undoOrRedo(String which) {
        String etag = given().get("/api/documents/" + document).then().statusCode(200).extract().header("ETag");
        return given().header("If-Match", etag).post("/api/documents/" + document + "/" + which).then();
    }

    private void assertRefused(Map<String, Object> body, int status, String detail) {
        List<String> before = alignment();
        long version = version();
        edit(body).statusCode(status).contentType("application/problem+json").body("detail", containsString(detail));
        assertEquals(before, alignment(), "a refused operation changes nothing");
        assertEquals(version, version(), "a refused operation keeps the version");
    }

    @Test
    void shouldConfirmRejectAndConfirmThrough() {
        edit(Map.of("op", "confirm", "pairs", List.of(pairId(0), pairId(1))))
                .statusCode(200).body("version", equalTo(2)).body("pairs", hasSize(2))
                .body("pairs.status", equalTo(List.of("CONFIRMED", "CONFIRMED")));
        edit(Map.of("op", "reject", "pair", pairId(4))).statusCode(200).body("pairs[0].status", equalTo("REJECTED"));
        edit(Map.of("op", "confirm-through", "pair", pairId(5))).statusCode(200)
                .body("pairs.position", equalTo(List.of(2, 3, 5)));
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "REJECTED", "CONFIRMED"),
                pairs().getList("items.status"));
        given().get("/api/documents/" + document).then().body("statusCounts.CONFIRMED", equalTo(5))
                .body("version", equalTo(4));
        assertRefused(Map.of("op", "confirm", "pairs", List.of(pairId(0))), 422, "already confirmed");
    }

    @Test
    void shouldConfirmTheConfidentUnflaggedPairsAtOnceAndUndoThemTogether() {
        // a pair whose numbers differ is flagged, however confident the aligner is
        long project = ApiFixtures.createProject("Confident", "en", "de");
        document = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Seven", "segmentation", "lines",
                        "sourceText", "Sentence number one of the original text.\nSentence number two of the text.\n"
                                + "It costs 15 euros and takes a day.\nSentence number four of the original.\n",
                        "targetText", "Satz Nummer eins des Originaltextes hier.\nSatz Nummer zwei des Textes.\n"
                                + "Es kostet 16 Euro und dauert einen Tag.\nSatz Nummer vier des Originals.\n"))
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        edit(Map.of("op", "reject", "pair", pairId(0))).statusCode(200);
        List<String> before = alignment();
        List<Map<String, Object>> items = pairs().getList("items");
        List<Integer> expected = new ArrayList<>();
        for (Map<String, Object> item : items) {
            boolean flagged = !((List<?>) item.get("flags")).isEmpty();
            if ("AUTO".equals(item.get("status")) && ((Number) item.get("confidence")).doubleValue() >= 0.9 && !flagged) {
                expected.add((Integer) item.get("position"));
            }
        }
        assertTrue(items.stream().anyMatch(item -> !((List<?>) item.get("flags")).isEmpty()), "the 15/16 pair is flagged");
        assertTrue(!expected.isEmpty(), "some pairs are confident: " + items);

        edit(Map.of("op", "confirm-confident")).statusCode(200).body("pairs.position", equalTo(expected))
                .body("pairs.status", everyItem(equalTo("CONFIRMED")));
        List<Map<String, Object>> after = pairs().getList("items");
        for (Map<String, Object> item : after) {
            boolean confirmed = "CONFIRMED".equals(item.get("status"));
            assertEquals(expected.contains((Integer) item.get("position")), confirmed, "pair " + item);
        }
        given().get("/api/documents/" + document + "/edits").then().statusCode(200)
                .body("[-1].summary", equalTo(expected.size() == 1 ? "Confirmed pair " + (expected.get(0) + 1)
                        : "Confirmed " + expected.size() + " pairs (" + (expected.get(0) + 1) + "–"
                        + (expected.get(expected.size() - 1) + 1) + ")"));
        assertRefused(Map.of("op", "confirm-confident"), 422, "No unreviewed pair");
        assertRefused(Map.of("op", "confirm-confident", "minConfidence", 1.5), 400, "between 0 and 1");

        given().contentType(ContentType.JSON).body(Map.of("baseVersion", version()))
                .post("/api/documents/" + document + "/undo").then().statusCode(200);
        assertEquals(before, alignment(), "one undo takes the whole confirmation back");
    }

    @Test
    void shouldMergeAndSplitPairs() {
        edit(Map.of("op", "merge-pairs", "pair", pairId(0))).statusCode(200)
                .body("structural", equalTo(true)).body("fromPosition", equalTo(0)).body("removedPairs", equalTo(2))
                .body("pairs", hasSize(1)).body("pairs[0].source.index", equalTo(List.of(0, 1)));
        assertEquals(5, pairs().getInt("total"));
        edit(Map.of("op", "split-pair", "pair", pairId(0), "sourceCount", 1, "targetCount", 1)).statusCode(200)
                .body("pairs", hasSize(2));
        assertEquals(6, pairs().getInt("total"));
        assertRefused(Map.of("op", "merge-pairs", "pair", pairId(5)), 422, "last pair");
        assertRefused(Map.of("op", "split-pair", "pair", pairId(0), "sourceCount", 1, "targetCount", 1), 422, "");
    }

    @Test
    void shouldShiftSentencesBetweenPairs() {
        edit(Map.of("op", "shift", "pair", pairId(1), "side", "target", "direction", "up")).statusCode(200);
        JsonPath after = pairs();
        assertEquals(List.of(0, 1), after.getList("items[0].target.index", Integer.class));
        assertEquals(List.of(), after.getList("items[1].target.index", Integer.class));
        edit(Map.of("op", "shift", "pair", pairId(0), "side", "target", "direction", "down")).statusCode(200);
        assertEquals(List.of(1), pairs().getList("items[1].target.index", Integer.class));
        assertRefused(Map.of("op", "shift", "pair", pairId(0), "side", "source", "direction", "up"), 422, "first pair");
        assertRefused(Map.of("op", "shift", "pair", pairId(0), "side", "middle", "direction", "up"), 400, "side");
    }

    @Test
    void shouldSplitMergeAndEditSentences() {
        edit(Map.of("op", "split-sentence", "side", "source", "index", 0, "offset", 15)).statusCode(200);
        JsonPath split = pairs();
        assertEquals(List.of("Sentence number", "1 of the original text."), split.getList("items[0].source.text"));
        assertEquals(List.of(2), split.getList("items[1].source.index", Integer.class));
        given().get("/api/documents/" + document).then().body("sourceSentences", equalTo(7));
        edit(Map.of("op", "merge-sentences", "side", "source", "index", 0)).statusCode(200);
        assertEquals(List.of("Sentence number 1 of the original text."), pairs().getList("items[0].source.text"));
        edit(Map.of("op", "edit-text", "side", "target", "index", 2, "text", "  Satz drei, <neu> & besser.  "))
                .statusCode(200);
        assertEquals("Satz drei, <neu> & besser.", pairs().getString("items[2].target[0].text"));
        String tsv = given().get("/api/documents/" + document + "/export?format=tsv").then().statusCode(200)
                .extract().asString();
        assertTrue(tsv.contains("\tSatz drei, <neu> & besser.\n"), tsv);
        assertRefused(Map.of("op", "split-sentence", "side", "source", "index", 0, "offset", 999), 422, "");
        assertRefused(Map.of("op", "split-sentence", "side", "source", "index", 99, "offset", 3), 422, "no sentence 99");
        assertRefused(Map.of("op", "merge-sentences", "side", "target", "index", 5), 422, "");
        assertRefused(Map.of("op", "edit-text", "side", "target", "index", 1, "text", "   "), 422, "");
    }

    @Test
    void shouldRefuseASplitInsideAnAccentedLetterOrAnEmojiSequence() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String text = "Cafe\u0301 " + family + " gut.";
        edit(Map.of("op", "edit-text", "side", "target", "index", 2, "text", text)).statusCode(200);
        int accent = text.indexOf('\u0301');
        int joiner = text.indexOf('\u200D');
        for (int inside : new int[] {accent, joiner, joiner + 1, text.indexOf(family) + 1}) {
            assertRefused(Map.of("op", "split-sentence", "side", "target", "index", 2, "offset", inside), 422,
                    "cannot be split inside a character; move the cut one character left or right");
        }
        edit(Map.of("op", "split-sentence", "side", "target", "index", 2, "offset", text.indexOf(" gut")))
                .statusCode(200);
        assertEquals(List.of("Cafe\u0301 " + family, "gut."), pairs().getList("items[2].target.text"));
    }

    @Test
    void shouldInsertEmptyAndRealign() {
        edit(Map.of("op", "insert-empty", "pair", pairId(2), "side", "source")).statusCode(200);
        JsonPath unlinked = pairs();
        assertEquals(7, unlinked.getInt("total"));
        assertEquals(List.of(), unlinked.getList("items[2].source"));
        assertEquals(List.of(), unlinked.getList("items[3].target"));
        assertRefused(Map.of("op", "insert-empty", "pair", pairId(2), "side", "source"), 422, "");
        edit(Map.of("op", "confirm", "pairs", List.of(pairId(0)))).statusCode(200);
        edit(Map.of("op", "realign", "fromPair", pairId(0), "toPair", pairId(6))).statusCode(200);
        JsonPath realigned = pairs();
        assertEquals("CONFIRMED", realigned.getString("items[0].status"));
        assertEquals(6, realigned.getInt("total"), "the realigner pairs the unlinked sentences again");
        assertRefused(Map.of("op", "realign", "fromPair", pairId(3), "toPair", pairId(1)), 422, "comes before");
    }

    @Test
    void shouldShowEverySentenceInItsPlaceAfterEditsThatMoveRowsInTheTable() {
        // a split adds a row out of key order, an edit (an UPDATE: on PostgreSQL the row moves to the table's end);
        // pairs read their sentences by key all the same (on PostgreSQL they showed their neighbours' sentences)
        edit(Map.of("op", "split-sentence", "side", "source", "index", 1, "offset", 16)).statusCode(200);
        edit(Map.of("op", "edit-text", "side", "source", "index", 0, "text", "Edited first sentence.")).statusCode(200);
        edit(Map.of("op", "edit-text", "side", "target", "index", 4, "text", "Bearbeiteter fünfter Satz.")).statusCode(200);
        List<String> expectedSource = List.of("Edited first sentence.", "Sentence number", "2 of the original text.",
                "Sentence number 3 of the original text.", "Sentence number 4 of the original text.",
                "Sentence number 5 of the original text.", "Sentence number 6 of the original text.");
        JsonPath pairs = pairs();
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int k = 0; k < pairs.getInt("total"); k++) {
            source.addAll(pairs.getList("items[" + k + "].source.text", String.class));
            target.addAll(pairs.getList("items[" + k + "].target.text", String.class));
        }
        assertEquals(expectedSource, source);
        assertEquals("Bearbeiteter fünfter Satz.", target.get(4));
        assertEquals("Satz Nummer 6 des Originaltextes hier.", target.get(5));
        for (int k = 0; k < 3; k++) {
            JsonPath one = given().queryParam("offset", k).queryParam("limit", 2)
                    .get("/api/documents/" + document + "/pairs").then().statusCode(200).extract().jsonPath();
            assertEquals(pairs.getList("items[" + k + "].source.text"), one.getList("items[0].source.text"),
                    "a page of two pairs from " + k + " reads the same sentences");
            assertEquals(pairs.getList("items[" + k + "].target.text"), one.getList("items[0].target.text"));
        }
    }

    @Test
    void shouldNotProposeARejectedPairingAgainWhenRealigning() {
        // found by use: a rejected pair came back from "realign" at confidence 0.997, and "Confirm confident" took it
        JsonPath before = pairs();
        List<Object> rejectedSource = before.getList("items[2].source.index");
        List<Object> rejectedTarget = before.getList("items[2].target.index");
        edit(Map.of("op", "reject", "pair", pairId(2))).statusCode(200);
        edit(Map.of("op", "realign", "pair", pairId(2))).statusCode(200);
        JsonPath realigned = pairs();
        List<Map<String, Object>> items = realigned.getList("items");
        for (int k = 0; k < items.size(); k++) {
            boolean same = realigned.getList("items[" + k + "].source.index").equals(rejectedSource)
                    && realigned.getList("items[" + k + "].target.index").equals(rejectedTarget);
            assertTrue(!same, "the rejected pairing is not proposed again: " + items.get(k));
        }
        assertEquals(List.of("Sentence number 3 of the original text."), before.getList("items[2].source.text"),
                "the rejected pair was sentence 3 with sentence 3");
        // found by use: realigned once more, the rejected pair (replaced by the first realignment) came back
        edit(Map.of("op", "realign", "pair", pairId(0))).statusCode(200);
        JsonPath again = pairs();
        for (int k = 0; k < again.getList("items").size(); k++) {
            assertTrue(!(again.getList("items[" + k + "].source.index").equals(rejectedSource)
                    && again.getList("items[" + k + "].target.index").equals(rejectedTarget)),
                    "realigned again, the rejected pairing is still not proposed: " + again.getList("items").get(k));
        }
        // undoing the realignments brings the rejected pair back; undoing the rejection frees the pairing
        undoOrRedo("undo").statusCode(200);
        undoOrRedo("undo").statusCode(200);
        assertEquals("REJECTED", pairs().getString("items[2].status").toUpperCase(java.util.Locale.ROOT));
        undoOrRedo("undo").statusCode(200);
        edit(Map.of("op", "realign", "pair", pairId(0))).statusCode(200);
        assertEquals(alignmentOf(before), alignmentOf(pairs()), "nothing rejected, it pairs them as at first");
    }

    private static List<String> alignmentOf(JsonPath pairs) {
        var rows = new ArrayList<String>();
        for (int k = 0; k < pairs.getList("items").size(); k++) {
            rows.add(pairs.getList("items[" + k + "].source.index") + ":" + pairs.getList("items[" + k + "].target.index"));
        }
        return rows;
    }

    @Test
    void shouldUndoEverythingAndRedo() {
        List<String> original = alignment();
        edit(Map.of("op", "merge-pairs", "pair", pairId(0))).statusCode(200);
        edit(Map.of("op", "confirm", "pairs", List.of(pairId(0)))).statusCode(200);
        edit(Map.of("op", "split-sentence", "side", "target", "index", 3, "offset", 4)).statusCode(200);
        edit(Map.of("op", "shift", "pair", pairId(2), "side", "source", "direction", "down")).statusCode(200);
        List<String> edited = alignment();
        for (int i = 0; i < 4; i++) {
            undoOrRedo("undo").statusCode(200);
        }
        assertEquals(original, alignment());
        undoOrRedo("undo").statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("nothing to undo"));
        for (int i = 0; i < 4; i++) {
            undoOrRedo("redo").statusCode(200);
        }
        assertEquals(edited, alignment());
        undoOrRedo("undo").statusCode(200);
        edit(Map.of("op", "reject", "pair", pairId(0))).statusCode(200);
        undoOrRedo("redo").statusCode(422);
        List<Map<String, Object>> history = given().get("/api/documents/" + document + "/edits").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(14, history.size());
        assertEquals("merge-pairs", history.get(0).get("operation"));
        assertEquals("admin", history.get(0).get("user"));
        assertEquals("DISCARDED", history.get(3).get("state"), "the undone shift was superseded by the reject");
        assertEquals("undo", history.get(4).get("operation"));
    }

    @Test
    void shouldRefuseStaleEditFromSecondClient() {
        long seen = version();
        long first = pairId(0);
        given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "pairs", List.of(first), "baseVersion", seen))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);
        List<String> afterFirst = alignment();
        given().contentType(ContentType.JSON)
                .body(Map.of("op", "merge-pairs", "pair", pairId(3), "baseVersion", seen))
                .post("/api/documents/" + document + "/edits").then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo((int) seen + 1))
                .body("edits", hasSize(1))
                .body("edits[0].operation", equalTo("confirm"))
                .body("detail", containsString("changed since version " + seen));
        assertEquals(afterFirst, alignment());
        given().contentType(ContentType.JSON).body(Map.of("baseVersion", seen))
                .post("/api/documents/" + document + "/undo").then().statusCode(409);
    }

    @Test
    void shouldRefuseMalformedEdits() {
        assertRefused(Map.of("op", "fold"), 400, "unknown");
        assertRefused(Map.of("op", "reject", "pair", 987654321), 422, "no pair with id");
        assertRefused(Map.of("op", "reject"), 400, "pair is missing");
        given().contentType(ContentType.JSON).body(Map.of("op", "reject", "pair", pairId(0)))
                .post("/api/documents/" + document + "/edits").then().statusCode(428).body("field", equalTo("baseVersion"));
        given().contentType(ContentType.JSON).body(Map.of("op", "reject", "pair", 1, "baseVersion", 1))
                .post("/api/documents/99999999/edits").then().statusCode(404);
        long other = ApiFixtures.createDocument(ApiFixtures.createProject("Other", "zh", "en"), "Other",
                ApiFixtures.ZH, ApiFixtures.EN);
        long foreignPair = given().get("/api/documents/" + other + "/pairs").then().extract().jsonPath().getLong("items[0].id");
        assertRefused(Map.of("op", "reject", "pair", foreignPair), 422, "no pair with id");
        assertRefused(Map.of("op", "edit-text", "side", "source", "index", 0,
                "text", "x".repeat(20_001)), 400, "at most 20000");
        assertRefused(Map.of("op", "edit-text", "side", "source", "index", 0,
                "text", "a\u0000b"), 400, "NUL");
    }

    @Test
    void shouldNameTheOperationsWhenOpIsUnknownOrMissingAndReadItInAnyCase() {
        assertRefused(Map.of("op", "fold"), 400, "op 'fold' is unknown: use confirm, confirm-through, confirm-confident, "
                + "reject, edit-text, split-sentence, merge-sentences, merge-pairs, split-pair, shift, insert-empty or realign.");
        edit(Map.of("op", "fold")).body("field", equalTo("op"));
        assertRefused(Map.of("pair", pairId(0)), 400, "op is missing");
        assertRefused(Map.of("op", " ", "pair", pairId(0)), 400, "op is missing");
        assertRefused(Map.of("op", "shift", "pair", pairId(1), "side", "source"), 400, "direction is missing: use up or down.");
        edit(Map.of("op", " Merge-Pairs ", "pair", pairId(0))).statusCode(200)
                .body("edit.operation", equalTo("merge-pairs")).body("edit.summary", equalTo("Merged pairs 1 and 2"));
        edit(Map.of("op", "realign", "pair", pairId(0))).statusCode(200)
                .body("edit.summary", equalTo("Realigned pairs 1–5"));
    }
}
