// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.SnowReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * One original with three translations: the Chinese snow report with its English (the document), then French pasted
 * and German uploaded as versions through {@code POST /api/documents/{id}/versions}. Each version is aligned to the
 * original's sentences, corrected on its own, and the three export as one multilingual TMX that the DTD,
 * translate-toolkit and Okapi read for every language.
 */
@QuarkusTest
class VersionResourceTest {
    private static final Path TMX_CHECK = Path.of("../shared/tmx/tmx-check");

    private record Family(long project, long original, long french, long german) {
    }

    private static Family family(String name) throws Exception {
        long project = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "sourceLanguage", "zh", "targetLanguage", "en"))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        long original = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Snow", "sourceText", SnowReport.ZH, "targetText", SnowReport.EN))
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        var added = given().contentType(ContentType.JSON).body(Map.of("targetLanguage", "fr", "targetText", SnowReport.FR))
                .post("/api/documents/" + original + "/versions").then().statusCode(201).extract();
        JsonPath french = added.jsonPath();
        assertTrue(added.header("Location").endsWith("/api/documents/" + french.getLong("id")), added.header("Location"));
        assertEquals("fr", french.getString("targetLanguage"));
        assertEquals(original, french.getLong("originalId"));
        assertEquals("Snow (fr)", french.getString("title"));
        Path file = Files.createTempFile("schnee", ".txt");
        Files.writeString(file, SnowReport.DE, StandardCharsets.UTF_8);
        long german = given().multiPart("targetLanguage", "de").multiPart("title", "Schnee")
                .multiPart("target", file.toFile(), "text/plain; charset=UTF-8")
                .post("/api/documents/" + original + "/versions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        return new Family(project, original, french.getLong("id"), german);
    }

    @Test
    void shouldAlignEachVersionToTheOriginalsSentencesAndListThem() throws Exception {
        Family family = family("Versions listed");
        JsonPath original = given().get("/api/documents/" + family.original()).then().statusCode(200).extract().jsonPath();
        assertEquals("en", original.getString("targetLanguage"));
        assertEquals(List.of("fr", "de"), original.getList("versions.targetLanguage"));
        assertEquals(List.of("Snow (fr)", "Schnee"), original.getList("versions.title"));
        for (long version : List.of(family.french(), family.german())) {
            assertEquals(sources(family.original()), sources(version), "the original's sentences, as they are");
        }
        // "你看，下雪了！" and its speaker are two Chinese sentences: the German makes one of them (2-1), the French
        // two (« Regarde, il neige ! » La petite fille…), each translation aligned on its own
        assertEquals(List.of(1, 1, 2, 1, 1, 1, 1), shapes(family.german()));
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1), shapes(family.french()));
        assertEquals(List.of(), given().get("/api/documents/" + family.french()).jsonPath().getList("versions"));
    }

    @Test
    void shouldExportOneMultilingualTmxThatReadersTakeForEveryLanguage() throws Exception {
        Family family = family("Versions exported");
        // A French reviewer joins the first two pairs: the other translations keep theirs, untouched.
        long englishVersion = version(family.original());
        long germanVersion = version(family.german());
        long first = given().get("/api/documents/" + family.french() + "/pairs").jsonPath().getLong("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("op", "merge-pairs", "pair", first, "baseVersion",
                version(family.french()))).post("/api/documents/" + family.french() + "/edits").then().statusCode(200);
        assertEquals(englishVersion, version(family.original()));
        assertEquals(germanVersion, version(family.german()));
        assertEquals(7, given().get("/api/documents/" + family.german() + "/pairs").jsonPath().getInt("total"));

        byte[] tmx = given().queryParam("languages", "all").queryParam("format", "tmx")
                .get("/api/documents/" + family.german() + "/export").then().statusCode(200)
                .contentType(containsString("tmx")).extract().asByteArray();
        List<Map<String, String>> units = tuvs(tmx);
        assertEquals(6, units.size(), "sentences 1 and 2 share a row, as the French pairs them: " + units);
        for (Map<String, String> unit : units) {
            assertEquals(List.of("zh", "en", "fr", "de"), List.copyOf(unit.keySet()), "every language: " + unit);
        }
        assertEquals("北京今年的冬天来得很早。十一月初，第一场雪就落在了故宫的屋顶上。", units.get(0).get("zh"));
        assertTrue(units.get(0).get("fr").startsWith("L'hiver est arrivé tôt") && units.get(0).get("fr")
                .endsWith("Cité interdite."), units.get(0).toString());
        assertTrue(units.get(0).get("de").endsWith("der Verbotenen Stadt."), units.get(0).toString());
        assertEquals("城市的道路 & 交通受到了一定影响，但地铁运行正常 🚇。", units.get(5).get("zh"));
        assertTrue(units.get(5).get("de").startsWith("Straßen & Verkehr"), units.get(5).toString());

        Assumptions.assumeTrue(Files.isExecutable(TMX_CHECK) || Boolean.getBoolean("tandem.require-tmx-check"),
                "skipped: ../shared/tmx/tmx-check is not here (run ../shared/tmx/install-deps.sh --okapi)");
        Path file = Files.write(Files.createTempDirectory("tandem-versions").resolve("snow.tmx"), tmx);
        for (String language : List.of("en", "fr", "de")) {
            Process check = new ProcessBuilder(TMX_CHECK.toString(), "--okapi", "--srclang", "zh", "--tgtlang", language,
                    file.toString()).redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(check.waitFor(5, TimeUnit.MINUTES), "tmx-check finished");
            if (check.exitValue() == 2 && !Boolean.getBoolean("tandem.require-tmx-check")) {
                Assumptions.abort("skipped: tmx-check lacks its tools:\n" + output);
            }
            assertEquals(0, check.exitValue(), language + ":\n" + output);
            assertTrue(output.contains("PASS (dtd=PASS tt=PASS okapi=PASS)"), output);
            assertTrue(output.contains("pairs=6 "), "all six units in " + language + ":\n" + output);
        }
    }

    @Test
    void shouldMoveWithItsOriginalInAProjectArchive() throws Exception {
        Family family = family("Versions archived");
        byte[] archive = given().get("/api/projects/" + family.project() + "/archive").then().statusCode(200).extract()
                .asByteArray();
        long copy = given().multiPart("file", "project.zip", archive, "application/zip").post("/api/projects/archive")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath documents = given().get("/api/projects/" + copy + "/documents").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("en", "fr", "de"), documents.getList("targetLanguage"));
        long original = documents.getLong("find { it.originalId == null }.id");
        assertEquals(List.of("fr", "de"), given().get("/api/documents/" + original).jsonPath()
                .getList("versions.targetLanguage"));
        assertEquals(List.of(original, original), documents.getList("findAll { it.originalId != null }.originalId",
                Long.class));
    }

    @Test
    void shouldKeepTheSharedSentencesAndRefuseWhatCannotBeAVersion() throws Exception {
        Family family = family("Versions refused");
        for (long document : List.of(family.french(), family.original())) {
            given().contentType(ContentType.JSON).body(Map.of("op", "split-sentence", "side", "source", "index", 0,
                    "offset", 3, "baseVersion", version(document))).post("/api/documents/" + document + "/edits")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("detail", containsString("shared"));
        }
        // the translation's own side stays free to correct
        given().contentType(ContentType.JSON).body(Map.of("op", "edit-text", "side", "target", "index", 0,
                "text", "L'hiver est venu tôt à Pékin cette année.", "baseVersion", version(family.french())))
                .post("/api/documents/" + family.french() + "/edits").then().statusCode(200);

        String versions = "/api/documents/" + family.original() + "/versions";
        refused(versions, Map.of("targetText", SnowReport.FR), "targetLanguage", "missing");
        refused(versions, Map.of("targetLanguage", "zh", "targetText", SnowReport.FR), "targetLanguage", "original's language");
        refused(versions, Map.of("targetLanguage", "fr fr!", "targetText", SnowReport.FR), "targetLanguage", "not a language tag");
        refused(versions, Map.of("targetLanguage", "fr", "targetText", " "), "targetText", "empty");
        refused(versions, Map.of("targetLanguage", "fr", "targetText", SnowReport.ZH), "targetText",
                "not French (fr), the language given for this translation");
        refused("/api/documents/" + family.german() + "/versions", Map.of("targetLanguage", "fr", "targetText", SnowReport.FR),
                "document", "add further translations to the original, document " + family.original());
        given().contentType(ContentType.JSON).body(Map.of("targetLanguage", "fr", "targetText", SnowReport.FR))
                .post("/api/documents/999999/versions").then().statusCode(404);
        String export = "/api/documents/" + family.original() + "/export";
        given().queryParam("languages", "some").get(export).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("use all"));
        given().queryParam("languages", "all").queryParam("format", "tsv").get(export).then().statusCode(400)
                .body("detail", containsString("format=tmx"));

        // a second French translation is welcome, but one TMX cannot tell two French columns apart
        given().contentType(ContentType.JSON).body(Map.of("targetLanguage", "fr", "targetText", SnowReport.FR, "title", "Neige 2"))
                .post(versions).then().statusCode(201);
        given().queryParam("languages", "all").get(export).then().statusCode(400)
                .body("detail", containsString("both translations into fr"));
        // the project's bilingual export holds its own language pair only
        String projectTmx = given().get("/api/projects/" + family.project() + "/export?format=tmx").then()
                .statusCode(200).extract().asString();
        assertTrue(projectTmx.contains("xml:lang=\"en\"") && !projectTmx.contains("xml:lang=\"fr\"")
                && !projectTmx.contains("xml:lang=\"de\""), projectTmx);

        // deleting the original takes its versions with it
        given().queryParam("baseVersion", version(family.original())).delete("/api/documents/" + family.original())
                .then().statusCode(204);
        for (long document : List.of(family.original(), family.french(), family.german())) {
            given().get("/api/documents/" + document).then().statusCode(404);
        }
    }

    @Test
    void shouldRefuseToUndoOrRedoAChangeOfTheSharedSentences() throws Exception {
        long project = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Undo under versions", "sourceLanguage", "zh", "targetLanguage", "en"))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/projects/" + project + "/documents";
        long merged = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Merged", "sourceText", SnowReport.ZH, "targetText", SnowReport.EN))
                .post(path).then().statusCode(201).extract().jsonPath().getLong("id");
        long split = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Split", "sourceText", SnowReport.ZH, "targetText", SnowReport.EN))
                .post(path).then().statusCode(201).extract().jsonPath().getLong("id");
        // one source merge undone, one source split kept, both before any version existed
        edit(merged, Map.of("op", "merge-sentences", "side", "source", "index", 0));
        given().contentType(ContentType.JSON).body(Map.of("baseVersion", version(merged)))
                .post("/api/documents/" + merged + "/undo").then().statusCode(200);
        edit(split, Map.of("op", "split-sentence", "side", "source", "index", 0, "offset", 3));
        // a target edit after them, which undo may take back with versions or without
        edit(split, Map.of("op", "edit-text", "side", "target", "index", 0, "text", "Winter came early."));
        for (long document : List.of(merged, split)) {
            given().contentType(ContentType.JSON).body(Map.of("targetLanguage", "fr", "targetText", SnowReport.FR))
                    .post("/api/documents/" + document + "/versions").then().statusCode(201);
        }
        List<String> mergedSources = sources(merged);
        given().contentType(ContentType.JSON).body(Map.of("baseVersion", version(merged)))
                .post("/api/documents/" + merged + "/redo").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("Redoing “Merged source sentence 1"))
                .body("detail", containsString("shared with 1 further translation"));
        assertEquals(mergedSources, sources(merged));

        given().contentType(ContentType.JSON).body(Map.of("baseVersion", version(split)))
                .post("/api/documents/" + split + "/undo").then().statusCode(200)
                .body("edit.summary", containsString("Undid"));
        List<String> splitSources = sources(split);
        given().contentType(ContentType.JSON).body(Map.of("baseVersion", version(split)))
                .post("/api/documents/" + split + "/undo").then().statusCode(422)
                .body("detail", containsString("Undoing “Split source sentence 1"));
        assertEquals(splitSources, sources(split));
        // the translations grid and the multilingual export still line up
        for (long document : List.of(merged, split)) {
            given().queryParam("languages", "all").get("/api/documents/" + document + "/export").then()
                    .statusCode(200);
        }
    }

    private static void edit(long document, Map<String, Object> edit) {
        var body = new LinkedHashMap<String, Object>(edit);
        body.put("baseVersion", version(document));
        given().contentType(ContentType.JSON).body(body).post("/api/documents/" + document + "/edits").then()
                .statusCode(200);
    }

    private static void refused(String path, Map<String, String> body, String field, String detail) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(detail));
    }

    private static long version(long document) {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static List<Integer> shapes(long document) {
        return given().queryParam("limit", 100).get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .extract().jsonPath().getList("items.collect { it.source.size() }");
    }

    private static List<String> sources(long document) {
        JsonPath pairs = given().queryParam("limit", 100).get("/api/documents/" + document + "/pairs").jsonPath();
        return pairs.getList("items.source.text.flatten()");
    }

    /** Each unit's segments by language, in the order of its tuvs. */
    private static List<Map<String, String>> tuvs(byte[] tmx) throws Exception {
        XMLStreamReader in = ExportChecks.factory().createXMLStreamReader(new ByteArrayInputStream(tmx));
        List<Map<String, String>> units = new ArrayList<>();
        String language = null;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.getLocalName()) {
                    case "tu" -> units.add(new LinkedHashMap<>());
                    case "tuv" -> language = in.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    case "seg" -> units.get(units.size() - 1).put(language, in.getElementText());
                    default -> {
                    }
                }
            }
        }
        return units;
    }
}
