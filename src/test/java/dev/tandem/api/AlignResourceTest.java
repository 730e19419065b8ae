// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.bench.EvalScorer;
import dev.tandem.bench.LeftOutPassage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AlignResourceTest {

    @Test
    void shouldAlignSentenceArraysCoveringEachOnceInOrder() {
        JsonPath result = given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "de", "targetLanguage", "fr",
                        "source", List.of("Der Hund schläft.", "Die Katze spielt im Garten mit einem Ball.", "Es regnet."),
                        "target", List.of("Le chien dort.", "Le chat joue dans le jardin.", "Avec une balle.", "Il pleut.")))
                .when().post("/api/align")
                .then().statusCode(200)
                .body("source", hasSize(3))
                .body("target", hasSize(4))
                .extract().jsonPath();
        assertEquals(List.of(0, 1, 2), result.getList("beads.source.flatten()", Integer.class));
        assertEquals(List.of(0, 1, 2, 3), result.getList("beads.target.flatten()", Integer.class));
    }

    @Test
    void shouldSegmentStringsFirst() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "zh", "targetLanguage", "en",
                        "source", ApiFixtures.ZH, "target", ApiFixtures.EN))
                .when().post("/api/align")
                .then().statusCode(200)
                .body("source", hasSize(3))
                .body("source[1]", equalTo("第二句话在这里！"))
                .body("target", hasSize(3));
    }

    /** mac/dev of {@code ../shared/eval}; the test is skipped when it is absent. */
    private static Path macDev() {
        Path mac = Path.of("../shared/eval/data/mac/dev");
        assumeTrue(Files.isDirectory(mac),
                "skipped: " + mac.toAbsolutePath() + " is absent (gold data lives in ../shared/eval)");
        return mac;
    }

    /** Chapter 004's original aligned with {@code target} through {@code /api/align}. */
    private static JsonPath alignChapter004(Path mac, List<String> target) throws IOException {
        return given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "zh", "targetLanguage", "en",
                        "source", Files.readAllLines(mac.resolve("zh/004")), "target", target))
                .when().post("/api/align")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The sentence after the last one of {@code beads} on the side {@code side} gives. */
    private static int end(List<EvalScorer.Alignment> beads, Function<EvalScorer.Alignment, List<Integer>> side) {
        return beads.stream().flatMap(bead -> side.apply(bead).stream()).mapToInt(i -> i + 1).max().orElseThrow();
    }

    /** A translator's preface before the translation is left unpaired, and the chapter after it aligned. */
    @Test
    void shouldLeaveAPrefaceTheOtherSideLacksUnpaired() throws IOException {
        Path mac = macDev();
        List<String> preface = Files.readAllLines(mac.resolve("en/002")).subList(0, 30);
        List<String> target = new ArrayList<>(preface);
        target.addAll(Files.readAllLines(mac.resolve("en/004")));
        JsonPath result = alignChapter004(mac, target);
        List<List<Integer>> sources = result.getList("beads.source");
        List<List<Integer>> targets = result.getList("beads.target");
        for (int k = 0; k < targets.size(); k++) {
            if (targets.get(k).stream().anyMatch(j -> j < preface.size())) {
                assertEquals(List.of(), sources.get(k), "bead " + k + " pairs the preface's sentences " + targets.get(k));
            }
        }
        // the chapter's first sentences pair with the first ones after the preface, as in the gold ([0]:[0], [1]:[1])
        int first = targets.indexOf(List.of(preface.size()));
        assertTrue(first >= 0 && sources.get(first).equals(List.of(0)), "the chapter's first pair: " + sources.get(first));
    }

    /**
     * An unfinished translation (chapter 004's translation up to the end of its gold bead 110 of 220): the translated
     * part is aligned and the original's untranslated rest left unpaired, not stretched over.
     */
    @Test
    void shouldAlignTheTranslatedPartOfAnUnfinishedTranslation() throws IOException {
        Path mac = macDev();
        List<EvalScorer.Alignment> gold = EvalScorer.read(mac.resolve("gold/004"));
        List<EvalScorer.Alignment> translated = gold.subList(0, gold.size() / 2);
        int sourceCut = end(translated, EvalScorer.Alignment::source);
        int targetCut = end(translated, EvalScorer.Alignment::target);
        JsonPath result = alignChapter004(mac, Files.readAllLines(mac.resolve("en/004")).subList(0, targetCut));
        List<List<Integer>> sources = result.getList("beads.source");
        List<List<Integer>> targets = result.getList("beads.target");
        int right = 0;
        for (int k = 0; k < sources.size(); k++) {
            if (!targets.get(k).isEmpty()) {
                assertTrue(sources.get(k).stream().allMatch(i -> i < sourceCut + 3), "bead " + k + " pairs "
                        + sources.get(k) + " of the untranslated rest (from " + sourceCut + ") with " + targets.get(k));
                right += translated.contains(new EvalScorer.Alignment(sources.get(k), targets.get(k))) ? 1 : 0;
            }
        }
        assertTrue(right >= 0.6 * translated.size(), right + " of the " + translated.size() + " translated pairs right");
    }

    /**
     * A translation of the text's second half (chapter 004's translation from its gold bead 110 of 220 on): the original's
     * first half is left unpaired and the rest aligned.
     */
    @Test
    void shouldAlignATranslationOfTheSecondHalfAfterTheOriginalsFirst() throws IOException {
        Path mac = macDev();
        List<EvalScorer.Alignment> gold = EvalScorer.read(mac.resolve("gold/004"));
        List<EvalScorer.Alignment> untranslated = gold.subList(0, gold.size() / 2);
        int sourceCut = end(untranslated, EvalScorer.Alignment::source);
        int targetCut = end(untranslated, EvalScorer.Alignment::target);
        List<String> translation = Files.readAllLines(mac.resolve("en/004"));
        JsonPath result = alignChapter004(mac, translation.subList(targetCut, translation.size()));
        List<List<Integer>> sources = result.getList("beads.source");
        List<List<Integer>> targets = result.getList("beads.target");
        List<EvalScorer.Alignment> translated = gold.subList(gold.size() / 2, gold.size());
        int right = 0;
        int intoTheFirstHalf = 0;
        for (int k = 0; k < sources.size(); k++) {
            if (!targets.get(k).isEmpty() && !sources.get(k).isEmpty()) {
                intoTheFirstHalf += sources.get(k).get(0) < sourceCut - 2 ? 1 : 0;
                List<Integer> target = targets.get(k).stream().map(j -> j + targetCut).toList();
                right += translated.contains(new EvalScorer.Alignment(sources.get(k), target)) ? 1 : 0;
            }
        }
        assertTrue(intoTheFirstHalf <= 2, intoTheFirstHalf + " beads pair sentences of the untranslated first half");
        assertTrue(right >= 0.7 * translated.size(), right + " of the " + translated.size() + " translated pairs right");
    }

    /**
     * A translation with a passage left out (chapter 004 without the translation of its gold beads 90 to 119): the
     * original's sentences of that passage are left unpaired, not paired with the sentences around the gap.
     */
    @Test
    void shouldLeaveThePassageATranslatorLeftOutUnpaired() throws IOException {
        Path mac = macDev();
        List<EvalScorer.Alignment> gold = EvalScorer.read(mac.resolve("gold/004"));
        List<EvalScorer.Alignment> omitted = gold.subList(90, 120);
        LeftOutPassage passage = LeftOutPassage.of(gold, omitted, Files.readAllLines(mac.resolve("en/004")), true);
        Set<EvalScorer.Alignment> kept = passage.rest();
        JsonPath result = alignChapter004(mac, passage.kept());
        List<List<Integer>> sources = result.getList("beads.source");
        List<List<Integer>> targets = result.getList("beads.target");
        int right = 0;
        int intoTheGap = 0;
        for (int k = 0; k < sources.size(); k++) {
            if (!targets.get(k).isEmpty() && !sources.get(k).isEmpty()) {
                intoTheGap += sources.get(k).stream().anyMatch(passage.orphans()::contains) ? 1 : 0;
                right += kept.contains(new EvalScorer.Alignment(sources.get(k), targets.get(k))) ? 1 : 0;
            }
        }
        assertTrue(intoTheGap <= 2, intoTheGap + " beads pair sentences of the passage left untranslated");
        assertTrue(right >= 0.7 * kept.size(), right + " of the " + kept.size() + " translated pairs right");
    }

    @Test
    void shouldAlignOneEmptySide() {
        JsonPath result = given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "en", "targetLanguage", "fr", "source", List.of("One.", "Two."),
                        "target", List.of()))
                .when().post("/api/align")
                .then().statusCode(200).body("beads", hasSize(2)).extract().jsonPath();
        assertEquals(List.of(), result.getList("beads[0].target"));
    }

    @Test
    void shouldUseProjectLanguagesWhenGiven() {
        long project = ApiFixtures.createProject("Align with project", "zh", "en");
        given().contentType(ContentType.JSON)
                .body(Map.of("project", project, "source", "你好。再见。", "target", "Hello. Goodbye."))
                .when().post("/api/align")
                .then().statusCode(200).body("source", hasSize(2));
        given().contentType(ContentType.JSON)
                .body(Map.of("project", 99999999, "source", "你好。", "target", "Hello."))
                .when().post("/api/align")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseBadAlignRequests() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "qq", "targetLanguage", "en", "source", "a", "target", "b"))
                .when().post("/api/align")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("sourceLanguage"));
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "de", "targetLanguage", "en", "target", "b"))
                .when().post("/api/align")
                .then().statusCode(400).body("field", equalTo("source"));
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "de", "targetLanguage", "en", "source", List.of("a", 3), "target", "b"))
                .when().post("/api/align")
                .then().statusCode(400).body("field", equalTo("source"));
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "de", "targetLanguage", "en", "source", 5, "target", "b"))
                .when().post("/api/align")
                .then().statusCode(400).body("field", equalTo("source"));
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/api/align")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldApplyAlignerSettingsToThisRequestOnly() {
        Map<String, Object> body = Map.of("sourceLanguage", "de", "targetLanguage", "fr",
                "source", List.of("Der Hund schläft im Haus.", "Die Katze spielt im Garten.", "Es regnet seit Montag."),
                "target", List.of("Le chien dort dans la maison.", "Le chat joue au jardin.", "Il pleut depuis lundi."));
        List<Float> before = confidences(body);
        var flattened = new HashMap<>(body);
        flattened.put("settings", Map.of("confidence-temperature", 50, "estimate-variance", false));
        List<Float> flat = confidences(flattened);
        assertEquals(before.size(), flat.size(), "the same beads");
        for (int i = 0; i < before.size(); i++) {
            assertTrue(flat.get(i) < before.get(i), "a temperature of 50 flattens bead " + i + ": " + before + " → " + flat);
        }
        assertEquals(before, confidences(body), "the installation's settings are left as they were");
    }

    @Test
    void shouldRefuseUnknownOrBadAlignerSettingsNamingThem() {
        refusedSettings(Map.of("lexicon-wieght", 0), "'lexicon-wieght' is not an aligner setting");
        refusedSettings(Map.of("band-radius", "wide"), "settings.band-radius must be a number or true/false");
        refusedSettings(Map.of("band-radius", 1.5), "settings: band-radius: Expected an integer value, got \"1.5\"");
        refusedSettings(Map.of("lexicon-weight", -1), "lexiconWeight must be finite and ≥ 0");
    }

    private static List<Float> confidences(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/align")
                .then().statusCode(200).body("beads", hasSize(3)).extract().jsonPath().getList("beads.confidence", Float.class);
    }

    private static void refusedSettings(Map<String, Object> settings, String detail) {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "de", "targetLanguage", "fr", "source", "Ein Satz.", "target", "Une phrase.",
                        "settings", settings))
                .when().post("/api/align")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("settings"))
                .body("detail", containsString(detail));
    }
}
