// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.bench.EvalDictionaries;
import dev.tandem.model.LexiconEntry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three real dictionaries of the benchmark (CC-CEDICT, FreeDict deu-fra and hun-eng), uploaded through the API
 * with the shipped upload limits, listed and removed; CC-CEDICT also the wrong way round and into a project of other
 * languages. Prints how long each upload took (the README quotes the figure). Skips when the dictionaries are absent,
 * unless -Dtandem.require-dictionaries=true (CI).
 */
@QuarkusTest
@TestProfile(DefaultLimitsImportTest.ShippedLimits.class)
class RealDictionaryUploadTest {

    @Test
    void shouldUploadListAndRemoveCcCedict() {
        EvalDictionaries.assumePresent(EvalDictionaries.cedict());
        long project = ApiFixtures.createProject("CC-CEDICT", "zh", "en");
        var created = upload(project, "CC-CEDICT", r -> file(r, EvalDictionaries.cedict()));
        assertEquals("cedict", created.path("format"));
        assertEquals(false, created.path("reversed"));
        int entries = created.path("entries");
        listedAndRemoved(project, created.jsonPath().getLong("id"), "cedict_ts.u8", entries);
    }

    @Test
    void shouldTurnCcCedictRoundForAnEnglishToChineseProject() {
        EvalDictionaries.assumePresent(EvalDictionaries.cedict());
        long project = ApiFixtures.createProject("CC-CEDICT reversed", "en", "zh");
        var created = upload(project, "CC-CEDICT into en→zh", r -> file(r, EvalDictionaries.cedict()));
        assertEquals(true, created.path("reversed"));
        LexiconEntry first = LexiconEntry.find("dictionary.id = ?1 order by id", created.jsonPath().getLong("id"))
                .firstResult();
        assertEquals(true, first.source.chars().allMatch(c -> c < 0x2E80), "English headwords first: " + first.source);
        listedAndRemoved(project, created.jsonPath().getLong("id"), "cedict_ts.u8", created.path("entries"));
    }

    @Test
    void shouldRefuseCcCedictInAGermanToFrenchProject() {
        EvalDictionaries.assumePresent(EvalDictionaries.cedict());
        long project = ApiFixtures.createProject("CC-CEDICT misplaced", "de", "fr");
        file(given(), EvalDictionaries.cedict()).post("/api/projects/" + project + "/dictionaries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", allOf(containsString("German (de) and French (fr)"), containsString("Chinese"),
                        containsString("English")));
        given().get("/api/projects/" + project + "/dictionaries").then().body("$", hasSize(0));
        assertEquals(0, LexiconEntry.count("project.id", project));
    }

    /** Both sides in the Latin script English is written in, neither of them English nor Chinese. */
    @Test
    void shouldRefuseFreeDictGermanFrenchInAChineseToEnglishProject() {
        String detail = refusedDeuFra("FreeDict misplaced", "zh", "en");
        assertTrue(detail.contains("Chinese (zh) and English (en)") && detail.contains("headwords look like German")
                && detail.contains("translations look like French"), detail);
    }

    /** Found by use: accepted before, its German headwords taken for English, both written in Latin letters. */
    @Test
    void shouldRefuseFreeDictGermanFrenchInAnEnglishToFrenchProject() {
        String detail = refusedDeuFra("FreeDict, wrong source language", "en", "fr");
        assertTrue(detail.contains("English (en) and French (fr)") && detail.contains("headwords look like German"),
                detail);
    }

    /** Uploads FreeDict deu-fra into a new project of these languages: refused, nothing stored; the refusal's detail. */
    private static String refusedDeuFra(String name, String source, String target) {
        Path index = EvalDictionaries.freedictIndex("deu-fra");
        Path dict = EvalDictionaries.freedictDict("deu-fra");
        EvalDictionaries.assumePresent(index, dict);
        long project = ApiFixtures.createProject(name, source, target);
        String detail = given().multiPart("index", index.toFile()).multiPart("dict", dict.toFile(),
                        "application/octet-stream").post("/api/projects/" + project + "/dictionaries")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath().getString("detail");
        given().get("/api/projects/" + project + "/dictionaries").then().body("$", hasSize(0));
        assertEquals(0, LexiconEntry.count("project.id", project));
        return detail;
    }

    @Test
    void shouldUploadListAndRemoveFreeDictGermanFrench() {
        dictd("deu-fra", "de", "fr");
    }

    @Test
    void shouldUploadListAndRemoveFreeDictHungarianEnglish() {
        dictd("hun-eng", "hu", "en");
    }

    private static void dictd(String pair, String source, String target) {
        Path index = EvalDictionaries.freedictIndex(pair);
        Path dict = EvalDictionaries.freedictDict(pair);
        EvalDictionaries.assumePresent(index, dict);
        long project = ApiFixtures.createProject("FreeDict " + pair, source, target);
        var created = upload(project, "FreeDict " + pair, r -> r.multiPart("index", index.toFile())
                .multiPart("dict", dict.toFile(), "application/octet-stream"));
        assertEquals("dictd", created.path("format"));
        assertEquals(false, created.path("reversed"));
        listedAndRemoved(project, created.jsonPath().getLong("id"), index.getFileName().toString(),
                created.path("entries"));
    }

    private static RequestSpecification file(RequestSpecification request, Path file) {
        return request.multiPart("file", file.toFile(), "text/plain");
    }

    private static ExtractableResponse<Response> upload(long project, String what,
                                                        java.util.function.UnaryOperator<RequestSpecification> files) {
        long started = System.nanoTime();
        var created = files.apply(given()).post("/api/projects/" + project + "/dictionaries").then().statusCode(201)
                .body("entries", greaterThan(10_000))
                .body("skipped", lessThan(1_000)).extract();
        System.out.printf("%s: %,d entries stored, %,d skipped, in %.1f s through REST%n", what,
                created.jsonPath().getInt("entries"), created.jsonPath().getInt("skipped"),
                (System.nanoTime() - started) / 1e9);
        return created;
    }

    private static void listedAndRemoved(long project, long id, String origin, int entries) {
        String path = "/api/projects/" + project + "/dictionaries";
        given().get(path).then().statusCode(200).body("id", equalTo(List.of((int) id)))
                .body("origin", equalTo(List.of(origin))).body("entries", equalTo(List.of(entries)));
        assertEquals(entries, LexiconEntry.count("dictionary.id", id));
        given().delete(path + "/" + id).then().statusCode(204);
        given().get(path).then().statusCode(200).body("$", hasSize(0));
        assertEquals(0, LexiconEntry.count("project.id", project));
    }
}
