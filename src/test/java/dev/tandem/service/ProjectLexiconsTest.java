// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.align.Lexicon;
import dev.tandem.model.Project;
import dev.tandem.tmx.TmxHeader;
import dev.tandem.tmx.TmxUnit;
import dev.tandem.tmx.TmxWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project's lexicon comes from its confirmed pairs (imported TMX included) and its uploaded dictionaries. */
@QuarkusTest
class ProjectLexiconsTest {
    @Inject
    ProjectLexicons lexicons;

    @Test
    void shouldLearnFromImportedTranslationMemoryAndDictionary() throws Exception {
        long project = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Lexicon", "sourceLanguage", "zh", "targetLanguage", "en"))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(0, lexicon(project).size(), "a new project knows no words");

        importAnimals(project);
        Lexicon learned = lexicon(project);
        assertTrue(learned.translates("猫", "cat"), "learned from the confirmed pairs: " + learned);
        assertTrue(learned.translates("狗", "dog"), "learned from the confirmed pairs: " + learned);

        // a glossary of verbs, each "to …": a word in that many of its entries is a function word of its glosses
        StringBuilder glossary = new StringBuilder("马\thorse\n吃\tto eat\n");
        for (int k = 0; k < 60; k++) {
            glossary.append("词").append(k).append("\tto verb").append(k).append('\n');
        }
        given().multiPart("file", "glossary.tsv", glossary.toString().getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(201);
        Lexicon withDictionary = lexicon(project);
        assertTrue(withDictionary.translates("马", "horse"));
        assertTrue(withDictionary.translates("吃", "eat"));
        assertFalse(withDictionary.translates("吃", "to"), "function words of a gloss are left out");

        given().contentType(ContentType.JSON)
                .body(Map.of("project", project, "source", "马在吃草。猫在睡觉。", "target", "The horse eats grass. The cat sleeps."))
                .post("/api/align").then().statusCode(200);
    }

    /**
     * A project's lexicon follows the text of its confirmed pairs, not only their number: after a reviewer edits the
     * translation of every confirmed pair with 猫 from "cat" to "kitty" (they stay confirmed, so no count changes),
     * the lexicon used next knows 猫 as "kitty" and no longer as "cat".
     */
    @Test
    void shouldLearnAgainWhenAConfirmedPairIsEdited() throws Exception {
        long project = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Edited lexicon", "sourceLanguage", "zh", "targetLanguage", "en"))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        long document = importAnimals(project);
        assertTrue(lexicon(project).translates("猫", "cat"));
        assertFalse(lexicon(project).translates("猫", "kitty"));

        JsonPath pairs = given().queryParam("limit", 100).get("/api/documents/" + document + "/pairs").then()
                .statusCode(200).extract().jsonPath();
        long version = given().get("/api/documents/" + document).then().extract().jsonPath().getLong("version");
        int edited = 0;
        for (int i = 0; i < pairs.getList("items").size(); i++) {
            String text = pairs.getString("items[" + i + "].target[0].text");
            if (text.contains(" cat ")) {
                version = given().contentType(ContentType.JSON).body(Map.of("op", "edit-text", "baseVersion", version,
                                "side", "target", "index", pairs.getInt("items[" + i + "].target[0].index"),
                                "text", text.replace(" cat ", " kitty ")))
                        .post("/api/documents/" + document + "/edits").then().statusCode(200).extract().jsonPath()
                        .getLong("version");
                edited++;
            }
        }
        assertEquals(5, edited);
        assertEquals(40, pairs.getList("items.findAll { it.status == 'CONFIRMED' }").size(), "all stay confirmed");
        Lexicon afterEdit = lexicon(project);
        assertTrue(afterEdit.translates("猫", "kitty"), "learned from the edited pairs: " + afterEdit);
        assertFalse(afterEdit.translates("猫", "cat"), "no confirmed pair says cat any more: " + afterEdit);
    }

    /** Imports a TMX of eight animals doing five things (40 confirmed pairs); returns its document. */
    private static long importAnimals(long project) throws Exception {
        var tmx = new ByteArrayOutputStream();
        // Eight animals doing five things: each word is in few enough units to count as a content word.
        String[][] animals = {{"猫", "cat"}, {"狗", "dog"}, {"鸟", "bird"}, {"鱼", "fish"}, {"牛", "cow"},
                {"羊", "sheep"}, {"猪", "pig"}, {"鸭子", "duck"}};
        String[][] doings = {{"睡觉", "sleeping"}, {"跑步", "running"}, {"吃饭", "eating"}, {"休息", "resting"},
                {"玩耍", "playing"}};
        try (TmxWriter writer = TmxWriter.open(tmx, new TmxHeader("test", "1", "zh", "en", "test", Instant.now()), "en")) {
            for (String[] animal : animals) {
                for (String[] doing : doings) {
                    writer.unit(new TmxUnit(animal[0] + "在" + doing[0] + "。", "The " + animal[1] + " is " + doing[1] + "."));
                }
            }
            writer.finish();
        }
        return given().multiPart("source", "animals.tmx", tmx.toByteArray(), "application/x-tmx+xml")
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private Lexicon lexicon(long project) {
        return lexicons.forProject(Project.findById(project));
    }
}
