// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A project moved whole through {@code GET /api/projects/{id}/archive} and {@code POST /api/projects/archive}: what the
 * API shows of the copy equals the original apart from ids, its history undoes, and a broken or hostile archive is
 * refused with nothing stored.
 */
@QuarkusTest
class ProjectArchiveTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DE = "Der erste Satz steht hier. Der zweite Satz folgt. Der dritte Satz ist kurz.\n\n"
            + "Ein neuer Absatz beginnt. Und der fünfte Satz endet ihn. Der letzte Satz schließt.";
    private static final String EN = "The first sentence is here. The second sentence follows. The third sentence is"
            + " short.\n\nA new paragraph begins. And the fifth sentence ends it. The last sentence closes.";

    private long project;
    private long reviewed;

    @BeforeEach
    void makeProject() {
        project = ApiFixtures.createProject("Archive " + System.nanoTime(), "de", "en");
        reviewed = ApiFixtures.createDocument(project, "Reviewed", DE, EN);
        ApiFixtures.createDocument(project, "Untouched", "Ein Satz. Noch einer.", "One sentence. Another one.");
        edit(reviewed, Map.of("op", "confirm", "pairs", List.of(pairId(reviewed, 0))));
        edit(reviewed, Map.of("op", "reject", "pair", pairId(reviewed, 1)));
        edit(reviewed, Map.of("op", "edit-text", "side", "target", "index", 2, "text", "The third sentence, edited."));
        edit(reviewed, Map.of("op", "merge-pairs", "pair", pairId(reviewed, 3)));
        edit(reviewed, Map.of("op", "confirm", "pairs", List.of(pairId(reviewed, 4))));
        undo(reviewed).statusCode(200);
        given().multiPart("file", "glossary.tsv", "Satz\tsentence\nAbsatz\tparagraph\n".getBytes(StandardCharsets.UTF_8),
                "text/plain").post("/api/projects/" + project + "/dictionaries").then().statusCode(201);
    }

    @Test
    void shouldImportAnExportedProjectAsAnEqualNewOne() throws IOException {
        byte[] archive = archive(project);
        Map<String, byte[]> entries = unzip(archive);
        assertEquals(List.of("manifest.json", "project.json", "documents/1.json", "documents/2.json",
                "dictionaries/1.json"), new ArrayList<>(entries.keySet()));
        assertEquals("tandem-project", JSON.readTree(entries.get("manifest.json")).get("format").asText());
        assertEquals(2, JSON.readTree(entries.get("dictionaries/1.json")).get("entries").size());

        var created = importArchive(archive).statusCode(201).extract();
        long copy = created.jsonPath().getLong("id");
        assertNotEquals(project, copy);
        assertEquals("/api/projects/" + copy, java.net.URI.create(created.header("Location")).getPath());
        assertEquals(withoutIds(get("/api/projects/" + project)), withoutIds(get("/api/projects/" + copy)));

        List<Long> originals = documentIds(project);
        List<Long> copies = documentIds(copy);
        assertEquals(withoutIds(get("/api/projects/" + project + "/documents")),
                withoutIds(get("/api/projects/" + copy + "/documents")));
        for (int i = 0; i < originals.size(); i++) {
            long original = originals.get(i);
            long imported = copies.get(i);
            assertNotEquals(original, imported);
            assertEquals(withoutIds(get("/api/documents/" + original)), withoutIds(get("/api/documents/" + imported)));
            assertEquals(withoutIds(get("/api/documents/" + original + "/pairs?limit=1000")),
                    withoutIds(get("/api/documents/" + imported + "/pairs?limit=1000")));
            assertEquals(history(original), history(imported));
        }
        assertEquals(withoutIds(get("/api/projects/" + project + "/dictionaries")),
                withoutIds(get("/api/projects/" + copy + "/dictionaries")));
        // the imported entries took ids the way uploads take them: the next upload finds its own free
        given().multiPart("file", "more.tsv", "Wort\tword\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/projects/" + copy + "/dictionaries").then().statusCode(201);

        // the history came along: undo takes back the same edit on both
        long importedReviewed = copies.get(0);
        undo(reviewed).statusCode(200);
        undo(importedReviewed).statusCode(200);
        assertEquals(withoutIds(get("/api/documents/" + reviewed + "/pairs?limit=1000")),
                withoutIds(get("/api/documents/" + importedReviewed + "/pairs?limit=1000")));
        List<Map<String, Object>> history = history(reviewed);
        List<Map<String, Object>> copied = history(importedReviewed);
        history.get(history.size() - 1).remove("time"); // the undo just made, a moment apart on each
        copied.get(copied.size() - 1).remove("time");
        assertEquals(history, copied);
    }

    @Test
    void shouldRefuseBrokenOrHostileArchivesAndStoreNothing() throws IOException {
        byte[] good = archive(project);
        Map<String, byte[]> entries = unzip(good);

        refused(importArchive(new byte[] {'n', 'o', 't', ' ', 'z', 'i', 'p'}), 400, "not a zip");
        refused(given().multiPart("other", "x.txt", new byte[] {1}).post("/api/projects/archive").then(), 400,
                "file is missing");
        refused(importArchive(zip(without(entries, "manifest.json"))), 400, "no manifest.json");
        refused(importArchive(zip(with(entries, "manifest.json", ""))), 400, "manifest.json: ");
        refused(importArchive(zip(with(entries, "manifest.json", "{\"format\":\"tandem-project\",\"version\":2}"))),
                400, "version 2");
        refused(importArchive(zip(with(entries, "manifest.json", "{\"format\":\"other\",\"version\":1}"))), 400,
                "not a Tandem project archive");
        refused(importArchive(zip(with(entries, "documents/2.json", "{\"document\": {\"title\": "))), 400,
                "documents/2.json");
        refused(importArchive(zip(with(entries, "../../etc/passwd", "x"))), 400, "not a plain relative path");
        refused(importArchive(zip(with(entries, "notes.txt", "x"))), 400, "notes.txt");

        // the second document's first pair names one source sentence more than there are: the first document was
        // stored by then, and goes with the rest
        ObjectNode second = (ObjectNode) JSON.readTree(entries.get("documents/2.json"));
        ObjectNode pair = (ObjectNode) second.get("pairs").get(0);
        pair.put("sourceCount", pair.get("sourceCount").asInt() + 1);
        refused(importArchive(zip(with(entries, "documents/2.json", JSON.writeValueAsString(second)))), 400,
                "sentences the document has not");

        ObjectNode edits = (ObjectNode) JSON.readTree(entries.get("documents/1.json"));
        ((ObjectNode) edits.get("pairs").get(0)).put("status", "MAYBE");
        refused(importArchive(zip(with(entries, "documents/1.json", JSON.writeValueAsString(edits)))), 400,
                "documents/1.json");

        // a zip bomb: 5 MB of zeros in a few kilobytes
        refused(importArchive(zip(with(entries, "documents/3.json", new String(new char[5 << 20]).replace('\0', ' ')))),
                413, "zip bomb");
        var many = new LinkedHashMap<>(entries);
        for (int i = 3; i < 1100; i++) {
            many.put("documents/" + i + ".json", new byte[0]);
        }
        refused(importArchive(zip(many)), 413, "entries");
        byte[] noise = new byte[4 << 20];
        new Random(14).nextBytes(noise);
        // a chunked multipart body over the upload limit gets Quarkus's bare 413 (BodyLimitHandler words only those
        // with a Content-Length and chunked JSON): the status is what matters here
        importArchive(noise).statusCode(413);
    }

    @Test
    void shouldRestoreATitleStoredBeforeLineBreaksWereRefusedOnOneLine() throws IOException {
        // titles came from a document's first sentence, line breaks included, before names had to be one line
        Map<String, byte[]> entries = unzip(archive(project));
        ObjectNode first = (ObjectNode) JSON.readTree(entries.get("documents/1.json"));
        ((ObjectNode) first.get("document")).put("title", "We saw the quick\nbrown fox.\u202E");
        long restored = given().multiPart("file", "old.zip", zip(with(entries, "documents/1.json",
                        JSON.writeValueAsString(first))), "application/zip")
                .post("/api/projects/archive").then().statusCode(201).extract().jsonPath().getLong("id");
        org.hamcrest.MatcherAssert.assertThat(given().get("/api/projects/" + restored + "/documents").jsonPath()
                .getList("title", String.class), org.hamcrest.Matchers.hasItem("We saw the quick brown fox."));
    }

    private void refused(ValidatableResponse response, int status, String detail) {
        response.statusCode(status).contentType("application/problem+json").body("detail", containsString(detail));
    }

    private ValidatableResponse importArchive(byte[] archive) {
        long before = projectCount();
        ValidatableResponse response = given().multiPart("file", "project.zip", archive, "application/zip")
                .post("/api/projects/archive").then();
        if (response.extract().statusCode() != 201) {
            assertEquals(before, projectCount(), "a refused archive leaves no project behind");
        }
        return response;
    }

    private static long projectCount() {
        return Long.parseLong(given().get("/api/projects?limit=1").then().statusCode(200).extract()
                .header("X-Total-Count"));
    }

    private static byte[] archive(long project) {
        return given().get("/api/projects/" + project + "/archive").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
    }

    private static Object get(String path) {
        return given().get(path).then().statusCode(200).extract().as(Object.class);
    }

    private static List<Long> documentIds(long project) {
        return given().get("/api/projects/" + project + "/documents").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
    }

    /** The history with each undo's or redo's target named by its place in the list, not by id. */
    private static List<Map<String, Object>> history(long document) {
        List<Map<String, Object>> edits = given().get("/api/documents/" + document + "/edits").then().statusCode(200)
                .extract().jsonPath().getList("$");
        List<Object> ids = edits.stream().map(edit -> edit.get("id")).toList();
        var rows = new ArrayList<Map<String, Object>>();
        for (Map<String, Object> edit : edits) {
            var row = new HashMap<>(edit);
            row.remove("id");
            row.computeIfPresent("targetEdit", (key, target) -> "#" + ids.indexOf(target));
            rows.add(row);
        }
        return rows;
    }

    /** The JSON without the ids that must differ between the original and its copy. */
    @SuppressWarnings("unchecked")
    private static Object withoutIds(Object json) {
        if (json instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            ((Map<String, Object>) map).forEach((key, value) -> {
                if (!key.equals("id") && !key.endsWith("Id") && !key.equals("etag")) {
                    copy.put(key, withoutIds(value));
                }
            });
            return copy;
        }
        if (json instanceof List<?> list) {
            return list.stream().map(ProjectArchiveTest::withoutIds).toList();
        }
        return json;
    }

    private static long pairId(long document, int position) {
        return given().get("/api/documents/" + document + "/pairs?limit=1000").then().statusCode(200).extract()
                .jsonPath().getLong("items[" + position + "].id");
    }

    private static long version(long document) {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static void edit(long document, Map<String, Object> body) {
        var request = new HashMap<>(body);
        request.put("baseVersion", version(document));
        given().contentType(ContentType.JSON).body(request).post("/api/documents/" + document + "/edits").then()
                .statusCode(200);
    }

    private static ValidatableResponse undo(long document) {
        return given().contentType(ContentType.JSON).body(Map.of("baseVersion", version(document)))
                .post("/api/documents/" + document + "/undo").then();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> with(Map<String, byte[]> entries, String name, String content) {
        var changed = new LinkedHashMap<>(entries);
        changed.put(name, content.getBytes(StandardCharsets.UTF_8));
        return changed;
    }

    private static Map<String, byte[]> without(Map<String, byte[]> entries, String name) {
        var changed = new LinkedHashMap<>(entries);
        changed.remove(name);
        return changed;
    }

}
