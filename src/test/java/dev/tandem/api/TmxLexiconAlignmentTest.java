// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.tmx.TmxHeader;
import dev.tandem.tmx.TmxUnit;
import dev.tandem.tmx.TmxWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * TMX import → project lexicon → better alignment, end to end over REST. A translation memory uploaded as a
 * document arrives as confirmed pairs; the project learns word translations from them; a new bitext whose
 * sentence lengths mislead the length model is then aligned right only with that project's lexicon.
 */
@QuarkusTest
class TmxLexiconAlignmentTest {

    /**
     * Source sentence 1 is a short compound sentence translated by two English sentences; source sentence 2 is
     * long and translated by one short sentence. By length, target 2 belongs with source 2; only the words
     * (鸟 ↔ bird, 吃饭 ↔ eating) say it translates the second half of source 1.
     */
    private static final List<String> SOURCE = List.of(
            "猫在睡觉。",
            "狗在跑步，鸟在吃饭。",
            "鱼在休息，它在河边的大树下面休息了很久。",
            "牛在玩耍。",
            "羊在睡觉。");
    private static final List<String> TARGET = List.of(
            "The cat is sleeping.",
            "The dog is running.",
            "The bird is eating.",
            "The fish is resting.",
            "The cow is playing.",
            "The sheep is sleeping.");
    /** The right alignment, bead by bead: source indexes, target indexes. */
    private static final List<List<List<Integer>>> GOLD = List.of(
            List.of(List.of(0), List.of(0)),
            List.of(List.of(1), List.of(1, 2)),
            List.of(List.of(2), List.of(3)),
            List.of(List.of(3), List.of(4)),
            List.of(List.of(4), List.of(5)));
    /** What lengths alone give: target 2 pulled into the long source sentence's bead. */
    private static final List<List<List<Integer>>> BY_LENGTH = List.of(
            List.of(List.of(0), List.of(0)),
            List.of(List.of(1), List.of(1)),
            List.of(List.of(2), List.of(2, 3)),
            List.of(List.of(3), List.of(4)),
            List.of(List.of(4), List.of(5)));

    @Test
    void shouldAlignBetterWithTheLexiconOfAnImportedTranslationMemory() throws IOException {
        long withMemory = ApiFixtures.createProject("With memory", "zh", "en");
        long without = ApiFixtures.createProject("Without memory", "zh", "en");
        given().multiPart("source", "animals.tmx", animalsTmx(), "application/x-tmx+xml")
                .when().post("/api/projects/" + withMemory + "/documents")
                .then().statusCode(201)
                .body("statusCounts.CONFIRMED", equalTo(40));

        assertEquals(BY_LENGTH, align(null), "no project: lengths alone");
        assertEquals(BY_LENGTH, align(without), "a project without confirmed pairs knows no words");
        assertEquals(GOLD, align(withMemory), "the imported memory's words resolve what lengths get wrong");

        // importing the bitext as a document uses the project's lexicon the same way
        assertEquals(BY_LENGTH, importedPairs(without));
        assertEquals(GOLD, importedPairs(withMemory));
    }

    /** Beads of {@code POST /api/align} as [source indexes, target indexes]. */
    private static List<List<List<Integer>>> align(Long project) {
        Map<String, Object> body = new HashMap<>(Map.of("sourceLanguage", "zh", "targetLanguage", "en",
                "source", SOURCE, "target", TARGET));
        if (project != null) {
            body.put("project", project);
        }
        JsonPath result = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/align")
                .then().statusCode(200)
                .extract().jsonPath();
        List<List<List<Integer>>> beads = new ArrayList<>();
        for (int k = 0; k < result.getList("beads").size(); k++) {
            beads.add(List.of(result.getList("beads[" + k + "].source", Integer.class),
                    result.getList("beads[" + k + "].target", Integer.class)));
        }
        return beads;
    }

    /** The bitext imported into {@code project} one sentence per line: its pairs as [source, target] indexes. */
    private static List<List<List<Integer>>> importedPairs(long project) {
        long document = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Animals at the river", "sourceText", String.join("\n", SOURCE),
                        "targetText", String.join("\n", TARGET), "segmentation", "lines"))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
        JsonPath pairs = given().when().get("/api/documents/" + document + "/pairs")
                .then().statusCode(200)
                .extract().jsonPath();
        List<List<List<Integer>>> beads = new ArrayList<>();
        for (int k = 0; k < pairs.getList("items").size(); k++) {
            beads.add(List.of(pairs.getList("items[" + k + "].source.index", Integer.class),
                    pairs.getList("items[" + k + "].target.index", Integer.class)));
        }
        return beads;
    }

    /** 40 units, eight animals each doing five things: enough pairs to learn which word is which. */
    private static byte[] animalsTmx() throws IOException {
        String[][] animals = {{"猫", "cat"}, {"狗", "dog"}, {"鸟", "bird"}, {"鱼", "fish"}, {"牛", "cow"},
                {"羊", "sheep"}, {"猪", "pig"}, {"鸭子", "duck"}};
        String[][] doings = {{"睡觉", "sleeping"}, {"跑步", "running"}, {"吃饭", "eating"}, {"休息", "resting"},
                {"玩耍", "playing"}};
        var tmx = new ByteArrayOutputStream();
        try (TmxWriter writer = TmxWriter.open(tmx, new TmxHeader("test", "1", "zh", "en", "test", Instant.now()), "en")) {
            for (String[] animal : animals) {
                for (String[] doing : doings) {
                    writer.unit(new TmxUnit(animal[0] + "在" + doing[0] + "。", "The " + animal[1] + " is " + doing[1] + "."));
                }
            }
            writer.finish();
        }
        return tmx.toByteArray();
    }
}
