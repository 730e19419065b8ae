// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pairs of a document filtered by each QA flag code over REST: the stored codes find exactly the pairs that
 * show the flag, and the flag's message is made from the pair's texts as the checks word it.
 */
@QuarkusTest
class FlagFilterTest {
    private static final List<String> WORDS = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot");

    private long document;

    /**
     * Six unflagged pairs, then one review operation each: a number only in the target (numbers), a target far too
     * long (length), a target equal to its source (untranslated), an unclosed bracket (brackets), and a pair unlinked
     * into a source alone (empty-target) and a target alone (empty-source). The last pair keeps no flag.
     */
    @BeforeEach
    void createDocument() {
        long project = ApiFixtures.createProject("Flags", "en", "de");
        var en = new StringBuilder();
        var de = new StringBuilder();
        for (String word : WORDS) {
            en.append(word).append(" line of the original text stands here.\n");
            de.append(word).append(" Zeile des Originaltextes steht hier.\n");
        }
        document = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Flags", "sourceText", en.toString(), "targetText", de.toString(),
                        "segmentation", "lines"))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("pairs", equalTo(6)).extract().jsonPath().getLong("id");
        assertEquals(0, pairs("any").getInt("total"), "no flags before the edits");
        editText(0, "Alpha Zeile mit 12 Wörtern steht hier.");
        editText(1, "Bravo Zeile des Originaltextes steht hier, und sie geht weiter und weiter, viel länger als"
                + " ihr Original, mit Nebensätzen, die dort nirgends stehen, und noch mehr Wörtern am Ende.");
        editText(2, "Charlie line of the original text stands here.");
        editText(3, "Delta Zeile (des Originaltextes steht hier.");
        edit(Map.of("op", "insert-empty", "pair", pairId(4), "side", "source"));
    }

    private JsonPath pairs(String flag) {
        return given().queryParam("flag", flag).queryParam("limit", 1000).get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().jsonPath();
    }

    private long version() {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private long pairId(int position) {
        return given().queryParam("limit", 1000).get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .extract().jsonPath().getLong("items[" + position + "].id");
    }

    private void edit(Map<String, Object> body) {
        var request = new HashMap<>(body);
        request.put("baseVersion", version());
        given().contentType(ContentType.JSON).body(request).when().post("/api/documents/" + document + "/edits")
                .then().statusCode(200);
    }

    private void editText(int index, String text) {
        edit(Map.of("op", "edit-text", "side", "target", "index", index, "text", text));
    }

    /** The one pair with flag {@code code}: its target texts, and its flags' codes and messages. */
    private void assertOnePair(String code, String target, String message) {
        JsonPath page = pairs(code);
        assertEquals(1, page.getInt("total"), code + ": " + page.prettify());
        assertEquals(List.of(code), page.getList("items[0].flags.code"), code);
        assertEquals(List.of(message), page.getList("items[0].flags.message"), code);
        assertEquals(target, String.join(" ", page.<String>getList("items[0].target.text")), code);
    }

    @Test
    void shouldFindThePairsOfEachFlagCode() {
        assertOnePair("numbers", "Alpha Zeile mit 12 Wörtern steht hier.",
                "Number 12 is in the target but not in the source.");
        JsonPath length = pairs("length");
        assertEquals(1, length.getInt("total"), length.prettify());
        assertEquals(List.of("length"), length.getList("items[0].flags.code"));
        assertEquals(true, length.getString("items[0].flags[0].message").startsWith("The target is "),
                length.getString("items[0].flags[0].message"));
        assertOnePair("untranslated", "Charlie line of the original text stands here.",
                "The target is the same as the source: untranslated?");
        assertOnePair("brackets", "Delta Zeile (des Originaltextes steht hier.",
                "The target has an unclosed (, while the source is balanced. Check for a missing or extra bracket or"
                        + " quote, or a sentence cut in the wrong place.");
        assertOnePair("empty-source", "Echo Zeile des Originaltextes steht hier.",
                "This pair has no source text. The target may belong with a neighbouring pair, or the translator"
                        + " added it.");
        assertOnePair("empty-target", "", "This pair has no target text. The translation may be in a neighbouring"
                + " pair, or the sentence was left out.");
        JsonPath any = pairs("any");
        assertEquals(6, any.getInt("total"), any.prettify());
        assertEquals(List.of(), given().queryParam("limit", 1000).get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().jsonPath().getList("items[6].flags"), "the last pair keeps no flag");
    }

    @Test
    void shouldCombineTheFlagWithTheStatus() {
        edit(Map.of("op", "confirm", "pairs", List.of(pairId(0))));
        assertEquals(1, given().queryParam("flag", "numbers").queryParam("status", "CONFIRMED")
                .get("/api/documents/" + document + "/pairs").then().statusCode(200).extract().jsonPath().getInt("total"));
        assertEquals(0, given().queryParam("flag", "numbers").queryParam("status", "AUTO")
                .get("/api/documents/" + document + "/pairs").then().statusCode(200).extract().jsonPath().getInt("total"));
    }

    @Test
    void shouldRefuseAnUnknownFlagCode() {
        given().queryParam("flag", "spelling").get("/api/documents/" + document + "/pairs").then().statusCode(400)
                .body("detail", containsString("flag 'spelling' is unknown"));
    }
}
