// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.formats.Docx;
import dev.tandem.model.Dictionary;
import dev.tandem.model.LexiconEntry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Dictionaries as a project resource: upload (201), list, look up and remove; bad input is a 400 that stores nothing. */
@QuarkusTest
class DictionaryResourceTest {
    private static final String PASSWORD = "dictionary reader 1";

    @Test
    void shouldStoreListAndRemoveDictionaries() {
        long project = ApiFixtures.createProject("Dictionaries", "zh", "en");
        String path = "/api/projects/" + project + "/dictionaries";
        long tsv = given().multiPart("file", "glossary.tsv", "猫\tcat\n狗\tdog\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(path)
                .then().statusCode(201).header("Location", containsString(path + "/")).body("format", equalTo("tsv")).body("entries", equalTo(2)).body("skipped", equalTo(0))
                .body("reversed", equalTo(false)).body("origin", equalTo("glossary.tsv"))
                .extract().jsonPath().getLong("id");
        String cedict = "傳統 传统 [chuan2 tong3] /tradition/traditional/\n北京 北京 [Bei3 jing1] /Beijing/\n";
        var created = given().multiPart("file", "cedict_ts.u8", cedict.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(path)
                .then().statusCode(201).body("format", equalTo("cedict")).body("entries", equalTo(5))
                .body("projectEntries", equalTo(7)).extract();
        long cedictId = created.jsonPath().getLong("id");
        assertEquals("http://localhost:" + io.restassured.RestAssured.port + path + "/" + cedictId, created.header("Location"));

        given().get(path).then().statusCode(200).body("id", equalTo(List.of((int) tsv, (int) cedictId)))
                .body("format", equalTo(List.of("tsv", "cedict")))
                .body("origin", equalTo(List.of("glossary.tsv", "cedict_ts.u8")))
                .body("entries", equalTo(List.of(2, 5))).body("skipped", equalTo(List.of(0, 0)));
        given().get(path + "/" + cedictId).then().statusCode(200).body("origin", equalTo("cedict_ts.u8"));

        given().delete(path + "/" + tsv).then().statusCode(204);
        given().get(path).then().statusCode(200).body("id", equalTo(List.of((int) cedictId)));
        assertEquals(0, entriesOf(tsv));
        assertEquals(5, entriesOf(cedictId));
        given().delete(path + "/" + tsv).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no dictionary with id " + tsv));

        // Another project's dictionary is not found through this one.
        long other = ApiFixtures.createProject("Other dictionaries", "zh", "en");
        given().delete("/api/projects/" + other + "/dictionaries/" + cedictId).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/projects/" + other + "/dictionaries/" + cedictId).then().statusCode(404);
        assertEquals(5, entriesOf(cedictId));

        given().delete("/api/projects/" + project).then().statusCode(204);
        assertEquals(0, count("select count(d) from Dictionary d where d.id = ?1", cedictId) + entriesOf(cedictId));
        given().queryParam("action", "dictionary-delete").get("/api/audit").then().statusCode(200)
                .body("items.target", hasItem("project " + project));
    }

    @Test
    void shouldStoreDictd() {
        long project = ApiFixtures.createProject("Dictd", "de", "en");
        byte[] dict = "Katze\ncat\n".getBytes(StandardCharsets.UTF_8);
        given().multiPart("index", "deu-eng.index", "Katze\tA\tK\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("dict", "deu-eng.dict", dict, "application/octet-stream")
                .when().post("/api/projects/" + project + "/dictionaries")
                .then().statusCode(201).body("format", equalTo("dictd")).body("entries", equalTo(1))
                .body("origin", equalTo("deu-eng.index"));
    }

    @Test
    void shouldRefuseWhatIsNoDictionaryOfTheProjectAndStoreNothing() {
        long project = ApiFixtures.createProject("Bad dictionary", "zh", "en");
        String path = "/api/projects/" + project + "/dictionaries";
        refused(path, r -> r.multiPart("file", "glossary.tsv", "猫\tcat\n狗 dog\n".getBytes(StandardCharsets.UTF_8), "text/plain"),
                "file", "Line 2 is not 'source<TAB>target'");
        refused(path, r -> r.multiPart("file", "glossary.tsv", "猫\tcat\n狗\t\n".getBytes(StandardCharsets.UTF_8), "text/plain"),
                "file", "Line 2 ");
        refused(path, r -> r.multiPart("format", "xml")
                .multiPart("file", "x.txt", "a\tb\n".getBytes(StandardCharsets.UTF_8), "text/plain"), "format", "unknown");
        refused(path, r -> r.multiPart("format", "tsv"), "file", "No dictionary");
        refused(path, r -> r.multiPart("file", "glossary.docx", Docx.paragraphs("猫\tcat"), "application/octet-stream"),
                "file", "Word document");
        String tmx = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"zh\"/><body><tu><tuv xml:lang=\"zh\">"
                + "<seg>猫</seg></tuv><tuv xml:lang=\"en\"><seg>cat</seg></tuv></tu></body></tmx>\n";
        refused(path, r -> r.multiPart("file", "memory.tmx", tmx.getBytes(StandardCharsets.UTF_8), "application/xml"),
                "file", "translation memory (TMX)");
        refused(path, r -> r.multiPart("file", "memory.txt", tmx.getBytes(StandardCharsets.UTF_8), "text/plain"),
                "file", "translation memory (TMX)");
        refused(path, r -> r.multiPart("dict", "deu-eng.dict", "Katze\ncat\n".getBytes(StandardCharsets.UTF_8),
                "application/octet-stream"), "index", "two files");
        refused(path, r -> r.multiPart("index", "deu-eng.index", "Katze\tA\tK\n".getBytes(StandardCharsets.UTF_8),
                "text/plain"), "dict", "two files");
        refused(path, r -> r.multiPart("file", "deu-eng.dict.dz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0},
                "application/octet-stream"), "file", "dictd");
        // a real glossary saved with one wrong byte: refused naming where it is, not read as another charset
        byte[] damaged = ("猫\tcat — a small animal\n狗\tdog — a larger one\n".repeat(40)).getBytes(StandardCharsets.UTF_8);
        damaged[200] = (byte) 0xFF;
        refused(path, r -> r.multiPart("file", "glossary.tsv", damaged, "text/plain"), "file",
                "The dictionary file: The file is UTF-8 with damage");
        byte[] garbage = new byte[4096];
        new Random(11).nextBytes(garbage);
        refused(path, r -> r.multiPart("file", "words.tsv", garbage, "application/octet-stream"), "file",
                "The dictionary file: Could not determine the encoding");
        byte[] latin = "Just some prose, written as a letter.\nIt has no tabs at all.\n".getBytes(StandardCharsets.UTF_8);
        refused(path, r -> r.multiPart("file", "letter.txt", latin, "text/plain"), "file", "Line 1 ");
        refused(path, r -> r.multiPart("index", "x.index", "Katze\tA\tBAAA\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("dict", "x.dict", "x".getBytes(StandardCharsets.UTF_8), "application/octet-stream"),
                "index", "Line 1 of the .index file points past the end");

        given().get(path).then().statusCode(200).body("$", hasSize(0));
        assertEquals(0, count("select count(e) from LexiconEntry e where e.project.id = ?1", project)
                + count("select count(d) from Dictionary d where d.project.id = ?1", project));
        given().multiPart("file", "g.tsv", "a\tb\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/projects/987654/dictionaries").then().statusCode(404);
    }

    @Test
    void shouldReadAGlossaryInTheEncodingTheUploaderNames() throws java.io.IOException {
        // found by use: the refusal said "declare its encoding", and the upload had no way to
        long project = ApiFixtures.createProject("Windows glossary", "de", "fr");
        String path = "/api/projects/" + project + "/dictionaries";
        // a translator's glossary saved by a Windows editor: detection cannot tell its encoding with confidence
        byte[] windows;
        try (var in = getClass().getResourceAsStream("/dictionaries/glossar-de-fr-windows-1252.tsv")) {
            windows = in.readAllBytes();
        }
        // its first line names the columns ("Deutsch", "Französisch"): no entry
        int lines = new String(windows, java.nio.charset.Charset.forName("windows-1252")).split("\r?\n").length - 1;
        String refusal = given().multiPart("file", "glossar.tsv", windows, "application/octet-stream").when().post(path).then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("file"))
                .extract().jsonPath().getString("detail");
        assertTrue(refusal.contains("the form field charset"), refusal);

        given().multiPart("file", "glossar.tsv", windows, "application/octet-stream").multiPart("charset", "windows-1252")
                .when().post(path).then().statusCode(201).body("entries", equalTo(lines));
        long other = ApiFixtures.createProject("Windows glossary, by its Content-Type", "de", "fr");
        given().multiPart("file", "glossar.tsv", windows, "text/plain; charset=windows-1252")
                .when().post("/api/projects/" + other + "/dictionaries").then().statusCode(201)
                .body("entries", equalTo(lines));
        List<String> stored = Dictionary.getEntityManager().createQuery("select e.source from LexiconEntry e where"
                + " e.project.id = ?1 order by e.id", String.class).setParameter(1, project).getResultList();
        assertTrue(stored.contains("Höhe") && stored.contains("über"), stored.toString());
    }

    @Test
    void shouldTellATsvNamedLikeCedictAndTheEntriesLeftOutAsGlosses() {
        // found by use: a TSV named cedict300k.tsv was read as CC-CEDICT and refused; glosses left out had no example
        long project = ApiFixtures.createProject("Named cedict", "zh", "en");
        var tsv = new StringBuilder("中文\t英文\n");
        String[][] words = {{"猫", "cat"}, {"狗", "dog"}, {"鱼", "fish"}, {"鸟", "bird"}, {"马", "horse"}, {"牛", "cow"}};
        for (int i = 0; i < 30; i++) {
            tsv.append(words[i % words.length][0]).append(i).append('\t').append(words[i % words.length][1]).append(i)
                    .append('\n');
        }
        tsv.append("长\t").append("a very long gloss that explains rather than translates ".repeat(5)).append('\n');
        given().multiPart("file", "cedict300k.tsv", tsv.toString().getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(201)
                .body("format", equalTo("tsv")).body("entries", equalTo(30)).body("skipped", equalTo(1))
                .body("skippedExamples[0]", startsWith("1 entries longer than 200 characters on a side were left out"));
    }

    @Test
    void shouldRefuseTheSameDictionaryUploadedAgain() {
        // found by use: uploaded twice, a glossary was stored and listed twice, each link counting double
        long project = ApiFixtures.createProject("Twice", "zh", "en");
        String path = "/api/projects/" + project + "/dictionaries";
        byte[] glossary = "猫\tcat\n狗\tdog\n鸟\tbird\n".getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "animals.tsv", glossary, "text/plain").post(path).then().statusCode(201);
        given().multiPart("file", "animals (1).tsv", glossary, "text/plain").post(path).then().statusCode(409)
                .contentType("application/problem+json").body("field", equalTo("file"))
                .body("detail", containsString("The project has this dictionary already: \"animals.tsv\", 3 entries"));
        given().get(path).then().body("$", hasSize(1));
        byte[] changed = "猫\tcat\n狗\tdog\n鱼\tfish\n".getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "animals.tsv", changed, "text/plain").post(path).then().statusCode(201)
                .body("projectEntries", equalTo(6));
    }

    @Test
    void shouldSkipAndCountTheOddBadEntryAmongGoodOnes() {
        long project = ApiFixtures.createProject("Odd entries", "de", "en");
        var tsv = new StringBuilder();
        String[][] words = {{"Hund", "dog"}, {"Katze", "cat"}, {"Haus", "house"}, {"Baum", "tree"}, {"Wasser", "water"},
                {"Brot", "bread"}, {"Stadt", "town"}, {"Fenster", "window"}, {"Tisch", "table"}, {"Stuhl", "chair"},
                {"Buch", "book"}, {"Vogel", "bird"}};
        for (int i = 0; i < 120; i++) {
            tsv.append(words[i % words.length][0]).append(i).append('\t').append(words[i % words.length][1]).append(i)
                    .append('\n');
            if (i == 60) {
                tsv.append("Schrank\t\n");
            }
        }
        given().multiPart("file", "words.tsv", tsv.toString().getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(201)
                .body("entries", equalTo(120)).body("skipped", equalTo(1))
                .body("skippedExamples[0]", startsWith("Line 62 has an empty translation: \"Schrank"));
        given().get("/api/projects/" + project + "/dictionaries").then().body("skipped", equalTo(List.of(1)));
    }

    @Test
    void shouldTurnRoundADictionaryFromTheTargetLanguageToTheSource() {
        long project = ApiFixtures.createProject("Reversed", "zh", "en");
        String tsv = "cat\t猫\ndog\t狗\nbird\t鸟\nfish\t鱼\nhorse\t马\ncow\t牛\nsheep\t羊\npig\t猪\nduck\t鸭子\n"
                + "tradition\t传统\ncapital city\t首都\n";
        long id = given().multiPart("file", "en-zh.tsv", tsv.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(201)
                .body("reversed", equalTo(true)).body("entries", equalTo(11)).extract().jsonPath().getLong("id");
        given().get("/api/projects/" + project + "/dictionaries/" + id).then().body("reversed", equalTo(true));
        assertEquals(List.of("猫", "cat"), firstEntry(id));

        long forward = ApiFixtures.createProject("Not reversed", "en", "zh");
        long kept = given().multiPart("file", "en-zh.tsv", tsv.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/projects/" + forward + "/dictionaries").then().statusCode(201)
                .body("reversed", equalTo(false)).extract().jsonPath().getLong("id");
        assertEquals(List.of("cat", "猫"), firstEntry(kept));
    }

    @Test
    void shouldRefuseADictionaryOfOtherLanguagesNamingThem() {
        long project = ApiFixtures.createProject("Franco-German", "de", "fr");
        String cedict = "傳統 传统 [chuan2 tong3] /tradition/traditional/\n北京 北京 [Bei3 jing1] /Beijing/\n"
                + "貓 猫 [mao1] /cat/\n狗 狗 [gou3] /dog/\n首都 首都 [shou3 du1] /capital city/\n";
        given().multiPart("file", "cedict_ts.u8", cedict.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", allOf(containsString("German (de) and French (fr)"), containsString("Chinese"),
                        containsString("Han")));
        given().get("/api/projects/" + project + "/dictionaries").then().body("$", hasSize(0));
    }

    /**
     * Found by use: a German–French glossary went into an English→French project without a word, its German headwords
     * taken for English (both are written in Latin letters, and German was not among the languages compared).
     */
    @Test
    void shouldRefuseAGlossaryWhoseHeadwordsAreInAThirdLanguageOfTheSameScript() throws java.io.IOException {
        long project = ApiFixtures.createProject("Anglo-French", "en", "fr");
        byte[] glossary;
        try (var in = getClass().getResourceAsStream("/dictionaries/glossar-de-fr-windows-1252.tsv")) {
            glossary = in.readAllBytes();
        }
        given().multiPart("file", "glossar.tsv", glossary, "text/plain; charset=windows-1252")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", allOf(containsString("English (en) and French (fr)"),
                        containsString("headwords look like German")));
        given().get("/api/projects/" + project + "/dictionaries").then().body("$", hasSize(0));
        assertEquals(0, LexiconEntry.count("project.id", project));

        long german = ApiFixtures.createProject("Franco-German, the glossary's own", "de", "fr");
        given().multiPart("file", "glossar.tsv", glossary, "text/plain; charset=windows-1252")
                .post("/api/projects/" + german + "/dictionaries").then().statusCode(201)
                .body("reversed", equalTo(false));
    }

    @Test
    void shouldLetViewersListButNotChangeDictionaries() {
        long project = ApiFixtures.createProject("Viewed dictionaries", "zh", "en");
        String path = "/api/projects/" + project + "/dictionaries";
        long id = given().multiPart("file", "g.tsv", "猫\tcat\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(path).then().statusCode(201).extract().jsonPath().getLong("id");
        String viewer = "dict-viewer-" + System.nanoTime() % 1_000_000;
        given().contentType(ContentType.JSON).body(Map.of("username", viewer, "password", PASSWORD, "admin", false))
                .post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(201);
        RequestSpecification asViewer = given().auth().preemptive().basic(viewer, PASSWORD);
        asViewer.get(path).then().statusCode(200).body("id", equalTo(List.of((int) id)));
        given().auth().preemptive().basic(viewer, PASSWORD).delete(path + "/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().preemptive().basic(viewer, PASSWORD)
                .multiPart("file", "h.tsv", "狗\tdog\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(path).then().statusCode(403);
        given().get(path).then().body("id", equalTo(List.of((int) id)));
    }

    private static void refused(String path, UnaryOperator<RequestSpecification> request, String field, String detail) {
        request.apply(given()).when().post(path).then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo(field)).body("detail", containsString(detail));
    }

    private static long entriesOf(long dictionary) {
        return count("select count(e) from LexiconEntry e where e.dictionary.id = ?1", dictionary);
    }

    private static List<String> firstEntry(long dictionary) {
        LexiconEntry entry = LexiconEntry.find("dictionary.id = ?1 order by id", dictionary).firstResult();
        assertTrue(entry != null, "the dictionary has entries");
        return List.of(entry.source, entry.target);
    }

    private static long count(String query, long id) {
        return Dictionary.getEntityManager().createQuery(query, Long.class).setParameter(1, id).getSingleResult();
    }
    /**
     * Found by use: once a project had a dictionary, a chapter in which its terms tell the beads apart no better than
     * chance (here: none of them occurs) could not be imported while the project's other documents taught a lexicon:
     * 500, a NullPointerException in the aligner.
     */
    @Test
    void shouldImportADocumentInWhichTheDictionaryTellsNothing() {
        long project = ApiFixtures.createProject("Names elsewhere", "zh", "en");
        given().multiPart("file", "names.tsv", "汪淼\tWang Miao\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(201);
        ApiFixtures.createDocument(project, "Day one", days(0, "zh"), days(0, "en"));
        long second = ApiFixtures.createDocument(project, "Day two", days(1, "zh"), days(1, "en"));
        given().get("/api/documents/" + second + "/pairs").then().statusCode(200).body("total", equalTo(14));
    }

    /** Fourteen sentences about animals seen in places, the same words in other combinations for each {@code seed}. */
    private static String days(int seed, String language) {
        String[][] animals = {{"猫", "cat"}, {"狗", "dog"}, {"马", "horse"}, {"鸟", "bird"}, {"鱼", "fish"}, {"牛", "cow"},
                {"羊", "sheep"}};
        String[][] places = {{"花园", "garden"}, {"河边", "riverside"}, {"市场", "market"}, {"山上", "mountain"},
                {"学校", "school"}};
        Random random = new Random(seed);
        var text = new StringBuilder();
        for (int n = 1; n <= 14; n++) {
            String[] animal = animals[random.nextInt(animals.length)];
            String[] place = places[random.nextInt(places.length)];
            int count = 2 + random.nextInt(8);
            text.append(language.equals("zh")
                    ? "第" + (n + 20 * seed) + "天，老张在" + place[0] + "看见了" + count + "只" + animal[0] + "。"
                    : "On day " + (n + 20 * seed) + ", Old Zhang saw " + count + " " + animal[1] + "s at the " + place[1] + ". ");
        }
        return text.toString().strip();
    }
}
