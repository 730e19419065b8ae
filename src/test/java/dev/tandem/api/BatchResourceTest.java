// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.ImportJob;
import dev.tandem.testing.BatchZip;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** {@code POST /api/projects/{id}/batches}: many pairs in one zip, imported as one job, with what became of each. */
@QuarkusTest
class BatchResourceTest {
    private static final String ZIP = "application/zip";

    @Test
    void shouldImportNineteenOfTwentyPairsAndListTheRefusedAndTheUnpairedWithTheirReasons()
            throws InterruptedException {
        long project = ApiFixtures.createProject("Batch of twenty", "zh", "en");
        Response accepted = given().multiPart("file", "twenty.zip", BatchZip.twentyPairs(), ZIP)
                .post("/api/projects/" + project + "/batches");
        accepted.then().statusCode(202).header("Location", containsString("/api/jobs/"))
                .body("title", equalTo("twenty.zip"));
        JsonPath job = ImportJobTest.poll(accepted.header("Location"), new ArrayList<>());

        assertEquals("DONE", job.getString("state"), job.prettify());
        assertEquals(1.0, job.getDouble("progress"));
        assertEquals("Imported 19 of 20 pairs; 1 refused; 1 file without a partner (the reasons are listed with"
                + " each).", job.getString("message"));
        List<Map<String, Object>> items = job.getList("items");
        assertEquals(21, items.size(), job.prettify());
        List<Map<String, Object>> imported = items.stream().filter(i -> "IMPORTED".equals(i.get("state"))).toList();
        assertEquals(19, imported.size());
        assertEquals(19, job.getList("documentIds").size());
        Map<String, Object> broken = item(items, "broken.zh.docx");
        assertEquals("REFUSED", broken.get("state"));
        assertEquals("broken.en.docx", broken.get("target"));
        assertEquals("The source file: The file is named .docx but is not a DOCX document (a DOCX is a zip archive;"
                + " this file does not start like one). Save it again from Word as .docx.", broken.get("reason"));
        assertNull(broken.get("documentId"));
        Map<String, Object> lonely = item(items, "lonely.zh.txt");
        assertEquals("REFUSED", lonely.get("state"));
        assertEquals("no translation found for lonely.zh.txt: expected lonely.en.txt", lonely.get("reason"));

        // each imported item's document is the pair it names, aligned sentence by sentence
        Map<String, Object> folder = item(items, "batch/zh/chapter-8.txt");
        assertEquals("batch/en/chapter-8.txt", folder.get("target"));
        long document = ((Number) folder.get("documentId")).longValue();
        given().get("/api/documents/" + document).then().statusCode(200)
                .body("title", equalTo("chapter-8")).body("projectId", equalTo((int) project))
                .body("sourceSentences", equalTo(12)).body("targetSentences", equalTo(12)).body("pairs", equalTo(12));
        long named = ((Number) item(items, "report-3.zh.txt").get("documentId")).longValue();
        given().get("/api/documents/" + named + "/pairs?limit=1").then().statusCode(200)
                .body("items[0].source[0].text", equalTo("第1句讲的是河边小镇上的3个人。"))
                .body("items[0].target[0].text", equalTo("Sentence 1 is about the 3 people of the little town by the river."));
        given().get("/api/projects/" + project + "/documents?limit=100").then().statusCode(200)
                .body("size()", equalTo(19));
        // the project goes with its jobs and their items
        given().delete("/api/projects/" + project).then().statusCode(204);
        given().get(accepted.header("Location")).then().statusCode(404);
    }

    @Test
    void shouldKeepTheDocumentsImportedBeforeACancelAndSaySo() throws InterruptedException {
        long project = ApiFixtures.createProject("Cancelled batch", "zh", "en");
        var zip = new BatchZip();
        for (int i = 1; i <= 8; i++) {
            zip.text("long-" + i + ".zh.txt", ImportTexts.chinese(2500))
                    .text("long-" + i + ".en.txt", ImportTexts.english(2500));
        }
        String job = given().multiPart("file", "long.zip", zip.build(), ZIP)
                .post("/api/projects/" + project + "/batches").then().statusCode(202).extract().header("Location");
        JsonPath state;
        do {
            Thread.sleep(100);
            state = given().get(job).then().statusCode(200).extract().jsonPath();
        } while (!state.getList("items.state").contains("IMPORTED") && !"DONE".equals(state.getString("state")));
        given().delete(job).then().statusCode(200);
        state = ImportJobTest.poll(job, new ArrayList<>());

        assertEquals("CANCELLED", state.getString("state"), state.prettify());
        List<String> states = state.getList("items.state");
        int imported = (int) states.stream().filter("IMPORTED"::equals).count();
        assertTrue(imported >= 1 && imported < 8, states.toString());
        assertEquals(8 - imported, states.stream().filter("CANCELLED"::equals).count(), states.toString());
        assertEquals("Cancelled after " + imported + " of 8 pairs; the " + imported + " document"
                + (imported == 1 ? " imported before is kept." : "s imported before are kept."),
                state.getString("message"));
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(imported))
                .body("id", equalTo(state.getList("documentIds")));
    }

    @Test
    void shouldShowThePairingOfADryRunAndStoreNothing() {
        long project = ApiFixtures.createProject("Batch dry run", "zh", "en");
        JsonPath preview = given().multiPart("file", "twenty.zip", BatchZip.twentyPairs(), ZIP)
                .post("/api/projects/" + project + "/batches?dryRun=true")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(19, preview.getInt("pairs"));
        assertEquals(2, preview.getInt("refused"));
        assertEquals("twenty.zip", preview.getString("file"));
        List<Map<String, Object>> items = preview.getList("items");
        assertEquals(21, items.size());
        assertTrue(items.subList(0, 19).stream().allMatch(i -> "PENDING".equals(i.get("state"))), items.toString());
        assertTrue(((String) item(items, "broken.zh.docx").get("reason")).contains("not a DOCX document"));
        assertEquals("no translation found for lonely.zh.txt: expected lonely.en.txt",
                item(items, "lonely.zh.txt").get("reason"));
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(0));
    }

    @Test
    void shouldPairByAManifestAndRefuseAPairOfInvalidUtf8WithTheSingleImportsWords() throws InterruptedException {
        long project = ApiFixtures.createProject("Batch with manifest", "zh", "en");
        byte[] invalid = ("第一句。" + "\u0000").getBytes(StandardCharsets.UTF_8);
        invalid[invalid.length - 1] = (byte) 0xC3;
        byte[] zip = new BatchZip()
                .text("originals/snow.txt", TextTrustTest.ZH).text("translations/snow-english.txt", TextTrustTest.EN)
                .text("originals/short.txt", ApiFixtures.ZH).text("translations/short-english.txt", ApiFixtures.EN)
                .bytes("originals/bad.txt", invalid).text("translations/bad.txt", "One sentence.")
                .build();
        String manifest = "source,target,title\n"
                + "originals/snow.txt,translations/snow-english.txt,\"Snow, a school day\"\n"
                + "originals/short.txt,translations/short-english.txt\n"
                + "originals/bad.txt,translations/bad.txt,Bad bytes\n";
        Response accepted = given().multiPart("file", "manifest.zip", zip, ZIP)
                .multiPart("manifest", "pairs.csv", manifest.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/projects/" + project + "/batches");
        accepted.then().statusCode(202);
        JsonPath job = ImportJobTest.poll(accepted.header("Location"), new ArrayList<>());
        assertEquals("DONE", job.getString("state"), job.prettify());
        List<Map<String, Object>> items = job.getList("items");
        assertEquals("Snow, a school day", item(items, "originals/snow.txt").get("title"));
        assertEquals("IMPORTED", item(items, "originals/snow.txt").get("state"));
        assertEquals("IMPORTED", item(items, "originals/short.txt").get("state"));
        Map<String, Object> bad = item(items, "originals/bad.txt");
        assertEquals("REFUSED", bad.get("state"));
        assertTrue(((String) bad.get("reason")).startsWith("The source file: "), bad.toString());
        assertTrue(((String) bad.get("reason")).contains("UTF-8"), bad.toString());
        given().get("/api/projects/" + project + "/documents").then()
                .body("title", equalTo(List.of("Snow, a school day", "short")));
    }

    /** Files chosen one by one (or a folder, whose names a browser sends with their folders) instead of a zip. */
    @Test
    void shouldImportSeveralFilesSentWithoutAZip() throws InterruptedException {
        long project = ApiFixtures.createProject("Batch of loose files", "zh", "en");
        String path = "/api/projects/" + project + "/batches";
        Response accepted = given()
                .multiPart("files", "zh/snow.txt", TextTrustTest.ZH.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "en/snow.txt", TextTrustTest.EN.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "short.zh.txt", ApiFixtures.ZH.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "short.en.txt", ApiFixtures.EN.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "lonely.zh.txt", ApiFixtures.ZH.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(path);
        accepted.then().statusCode(202);
        JsonPath job = ImportJobTest.poll(accepted.header("Location"), new ArrayList<>());
        assertEquals("DONE", job.getString("state"), job.prettify());
        List<Map<String, Object>> items = job.getList("items");
        assertEquals("IMPORTED", item(items, "zh/snow.txt").get("state"), items.toString());
        assertEquals("IMPORTED", item(items, "short.zh.txt").get("state"));
        assertEquals("no translation found for lonely.zh.txt: expected lonely.en.txt",
                item(items, "lonely.zh.txt").get("reason"));
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(2));

        byte[] text = ApiFixtures.ZH.getBytes(StandardCharsets.UTF_8);
        given().multiPart("files", "../x.zh.txt", text, "text/plain").multiPart("files", "x.en.txt", text, "text/plain")
                .post(path).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("never .."));
        given().multiPart("files", "a/x.zh.txt", text, "text/plain").multiPart("files", "a/x.zh.txt", text,
                "text/plain").post(path).then().statusCode(400).body("detail", containsString("Two files are named"));
        given().multiPart("file", "twenty.zip", BatchZip.twentyPairs(), ZIP)
                .multiPart("files", "x.zh.txt", text, "text/plain").post(path).then().statusCode(400)
                .body("detail", containsString("send the zip alone"));
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(2));
    }

    /** A batch sent again after a lost answer (a dropped connection) with its Idempotency-Key is not imported twice. */
    @Test
    void shouldAnswerTheSameBatchSentAgainWithItsKeyWithTheFirstJob() throws InterruptedException {
        long project = ApiFixtures.createProject("Batch sent twice", "zh", "en");
        String path = "/api/projects/" + project + "/batches";
        byte[] zip = BatchZip.twentyPairs();
        Response first = given().header("Idempotency-Key", "batch-7f3a").multiPart("file", "twenty.zip", zip, ZIP)
                .post(path);
        first.then().statusCode(202).header("Idempotent-Replayed", nullValue());
        String job = first.header("Location");
        assertEquals("DONE", ImportJobTest.poll(job, new ArrayList<>()).getString("state"));
        int documents = given().get("/api/projects/" + project + "/documents").then().extract().jsonPath()
                .getList("$").size();
        given().header("Idempotency-Key", "batch-7f3a").multiPart("file", "twenty.zip", zip, ZIP).post(path)
                .then().statusCode(202).header("Location", equalTo(job)).header("Idempotent-Replayed", "true");
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(documents));
        // the key sent with another batch: refused, nothing imported
        given().header("Idempotency-Key", "batch-7f3a")
                .multiPart("files", "a.zh.txt", ApiFixtures.ZH.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "a.en.txt", ApiFixtures.EN.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(path).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("for a different import"));
        given().header("Idempotency-Key", "bad key").multiPart("file", "twenty.zip", zip, ZIP).post(path)
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(documents));
    }

    @Test
    void shouldRefuseAZipBombAPathEscapeAndWhatIsNoZipStoringNothing() {
        long project = ApiFixtures.createProject("Hostile batches", "zh", "en");
        String path = "/api/projects/" + project + "/batches";
        byte[] bomb = new BatchZip().bytes("bomb.zh.txt", new byte[20 << 20]).text("bomb.en.txt", "Boom.").build();
        given().multiPart("file", "bomb.zip", bomb, ZIP).post(path).then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("zip bomb, not a document; nothing was imported"));
        byte[] escape = new BatchZip().text("../evil.zh.txt", TextTrustTest.ZH).text("../evil.en.txt", TextTrustTest.EN)
                .build();
        given().multiPart("file", "escape.zip", escape, ZIP).post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("The zip: The archive holds an entry named \"../evil.zh.txt\": not a plain"
                        + " relative path"));
        given().multiPart("file", "text.zip", TextTrustTest.ZH.getBytes(StandardCharsets.UTF_8), ZIP)
                .post(path + "?dryRun=true").then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("The zip: The file is not a zip archive"));
        given().multiPart("manifest", "pairs.csv", "a,b\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(path).then().statusCode(400).body("field", equalTo("file"));
        byte[] unpaired = new BatchZip().text("alone.zh.txt", TextTrustTest.ZH).build();
        given().multiPart("file", "alone.zip", unpaired, ZIP).post(path).then().statusCode(400)
                .body("detail", containsString("no translation found for alone.zh.txt: expected alone.en.txt"));
        given().multiPart("file", "twenty.zip", BatchZip.twentyPairs(), ZIP)
                .multiPart("manifest", "pairs.csv", "a,\"b\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(path).then().statusCode(400).body("field", equalTo("manifest"))
                .body("detail", startsWith("The manifest's line 1 opens a quoted field"));
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(0));
        assertEquals(0L, ImportJob.count("projectId", project), "no job was created");
    }

    @Test
    void shouldLetOnlyEditorsImportBatches() {
        long project = ApiFixtures.createProject("Batch viewers", "zh", "en");
        String viewer = "batch-viewer-" + System.nanoTime() % 1_000_000;
        given().contentType(ContentType.JSON)
                .body(Map.of("username", viewer, "password", "batch viewer password", "admin", false))
                .post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(201);
        for (String query : List.of("", "?dryRun=true")) {
            given().auth().preemptive().basic(viewer, "batch viewer password")
                    .multiPart("file", "twenty.zip", BatchZip.twentyPairs(), ZIP)
                    .post("/api/projects/" + project + "/batches" + query).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(0));
    }

    /**
     * Found by use: a zip made by Windows ("Send to compressed folder") names its files in the computer's OEM code
     * page, not UTF-8, and was refused as damaged; its names are read in the code page of the project's languages.
     */
    @Test
    void shouldReadAZipWhoseFileNamesAreInAWindowsCodePage() throws IOException {
        long chinese = ApiFixtures.createProject("Zipped on a Chinese Windows", "zh", "en");
        byte[] gbk = zip(Charset.forName("GBK"), "北京.zh.txt", "北京下雪了。孩子们很高兴。",
                "北京.en.txt", "It snowed in Beijing. The children were happy.");
        JsonPath preview = given().multiPart("file", "gbk.zip", gbk, ZIP)
                .post("/api/projects/" + chinese + "/batches?dryRun=true").then().statusCode(200).extract().jsonPath();
        assertEquals(1, preview.getInt("pairs"), preview.prettify());
        assertEquals("北京.en.txt", item(preview.getList("items"), "北京.zh.txt").get("target"));

        long german = ApiFixtures.createProject("Zipped on a German Windows", "de", "fr");
        byte[] cp850 = zip(Charset.forName("IBM850"), "Über.de.txt",
                "Es schneit in Berlin. Die Kinder freuen sich.", "Über.fr.txt",
                "Il neige à Berlin. Les enfants sont contents.");
        preview = given().multiPart("file", "cp850.zip", cp850, ZIP)
                .post("/api/projects/" + german + "/batches?dryRun=true").then().statusCode(200).extract().jsonPath();
        assertEquals("Über.fr.txt", item(preview.getList("items"), "Über.de.txt").get("target"));
    }

    /** A zip of name, text, name, text… with its names in {@code names} (no UTF-8 flag unless it is UTF-8). */
    private static byte[] zip(Charset names, String... entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, names)) {
            for (int k = 0; k < entries.length; k += 2) {
                zip.putNextEntry(new ZipEntry(entries[k]));
                zip.write(entries[k + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> item(List<Map<String, Object>> items, String source) {
        Map<String, Object> found = items.stream().filter(i -> source.equals(i.get("source"))).findFirst()
                .orElse(null);
        assertNotNull(found, "no item for " + source + " in " + items);
        return found;
    }
}
