// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Imports as background jobs ({@code Prefer: respond-async}) and the {@code Idempotency-Key} of imports. */
@QuarkusTest
class ImportJobTest {
    /** Only a job that never ends meets it (DefaultLimitsImportTest cancels two 100,000-sentence imports in 23 s). */
    private static final long POLL_LIMIT_MILLIS = 300_000;

    @Test
    void shouldRunAnImportAskedForAsynchronouslyAsAJobWithRisingProgress() throws InterruptedException {
        long project = ApiFixtures.createProject("Async import", "zh", "en");
        Response accepted = given().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(texts("Long chapter", 3000))
                .when().post("/api/projects/" + project + "/documents");
        accepted.then().statusCode(202)
                .header("Location", containsString("/api/jobs/"))
                .header("Preference-Applied", "respond-async")
                .body("projectId", equalTo((int) project))
                .body("title", equalTo("Long chapter"));
        String job = accepted.header("Location");

        List<Double> progress = new ArrayList<>();
        JsonPath state = poll(job, progress);
        assertEquals("DONE", state.getString("state"), state.prettify());
        assertEquals(1.0, state.getDouble("progress"));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress never goes back: " + progress);
        }
        long document = state.getLong("documentIds[0]");
        given().get("/api/documents/" + document).then().statusCode(200)
                .body("title", equalTo("Long chapter"))
                .body("projectId", equalTo((int) project))
                .body("sourceSentences", equalTo(3000))
                .body("targetSentences", equalTo(3000));
        given().get("/api/documents/" + document + "/pairs?limit=2").then().statusCode(200)
                .body("items[1].source[0].text", equalTo("第2句讲的是河边小镇上的4个人。"))
                .body("items[1].target[0].text", equalTo("Sentence 2 is about the 4 people of the little town by the river."));
    }

    @Test
    void shouldCancelAQueuedAndARunningImportStoringNothing() throws InterruptedException {
        long project = ApiFixtures.createProject("Cancelled imports", "zh", "en");
        String running = submit(project, "Running", 6000);
        // one import runs at a time: the second waits in the queue behind the first
        String queued = submit(project, "Queued", 100);

        given().delete(queued).then().statusCode(200)
                .body("state", equalTo("CANCELLED"))
                .body("message", containsString("before it started"));
        given().delete(running).then().statusCode(200).body("state", equalTo("CANCELLED"));

        JsonPath first = poll(running, new ArrayList<>());
        assertEquals("CANCELLED", first.getString("state"));
        assertEquals(List.of(), first.getList("documentIds"));
        given().get("/api/projects/" + project + "/documents").then().statusCode(200).body("size()", equalTo(0));
        // the project page lists today's cancelled imports, each linking to its page
        BrowserSession.given().get("/projects/" + project).then().statusCode(200)
                .body(containsString("href=\"" + running.substring(running.indexOf("/api/jobs/") + 4) + "\""))
                .body(containsString("cancelled"));
        // the worker is free again: a new job runs to the end
        String next = submit(project, "After", 50);
        assertEquals("DONE", poll(next, new ArrayList<>()).getString("state"));
        given().get("/api/projects/" + project + "/documents").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void shouldReturnTheFirstResultWhenAnImportIsRetriedWithItsIdempotencyKey() {
        long project = ApiFixtures.createProject("Idempotent imports", "zh", "en");
        Map<String, String> body = texts("Retried", 20);
        long first = given().contentType(ContentType.JSON).header("Idempotency-Key", "retry-1").body(body)
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "retry-1").body(body)
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/documents/" + first))
                .body("id", equalTo((int) first));
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(1));

        // the same key for another request is a client error, not a silent replay of something else
        given().contentType(ContentType.JSON).header("Idempotency-Key", "retry-1").body(texts("Other", 21))
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("different import"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "é-not-ascii").body(body)
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(400).body("field", equalTo("Idempotency-Key"));
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(1));

        // once its document is deleted, the key cannot bring it back
        String etag = given().get("/api/documents/" + first).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", etag).delete("/api/documents/" + first).then().statusCode(204);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "retry-1").body(body)
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(409).body("detail", containsString("deleted"));
    }

    @Test
    void shouldStoreOneDocumentWhenTheSameKeyArrivesConcurrently() throws Exception {
        long project = ApiFixtures.createProject("Concurrent retries", "zh", "en");
        Map<String, String> body = texts("Concurrent", 400);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Long> post = () -> given().contentType(ContentType.JSON)
                        .header("Idempotency-Key", "same-key").body(body)
                        .post("/api/projects/" + project + "/documents")
                        .then().statusCode(201).extract().jsonPath().getLong("id");
                answers.add(clients.submit(post));
            }
            long id = answers.get(0).get();
            for (Future<Long> answer : answers) {
                assertEquals(id, answer.get());
            }
        } finally {
            clients.shutdownNow();
        }
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(1));
    }

    @Test
    void shouldReplayAnAsynchronousImportAsItsJob() throws InterruptedException {
        long project = ApiFixtures.createProject("Idempotent jobs", "zh", "en");
        Map<String, String> body = texts("Async retried", 30);
        String job = given().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .header("Idempotency-Key", "job-key").body(body).post("/api/projects/" + project + "/documents")
                .then().statusCode(202).extract().header("Location");
        assertEquals("DONE", poll(job, new ArrayList<>()).getString("state"));
        given().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .header("Idempotency-Key", "job-key").body(body).post("/api/projects/" + project + "/documents")
                .then().statusCode(202).header("Location", equalTo(job)).header("Idempotent-Replayed", "true")
                .body("state", equalTo("DONE"));
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(1));
    }

    @Test
    void shouldShowJobsOnlyToMembersOfTheirProject() throws InterruptedException {
        long project = ApiFixtures.createProject("Private jobs", "zh", "en");
        String job = submit(project, "Private", 10);
        poll(job, new ArrayList<>());
        String outsider = "outsider-" + System.nanoTime();
        String viewer = "viewer-" + System.nanoTime();
        for (String user : List.of(outsider, viewer)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("username", user, "password", "long enough password", "admin", false))
                    .post("/api/users").then().statusCode(201);
        }
        given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(201);
        given().auth().preemptive().basic(outsider, "long enough password").get(job).then().statusCode(404);
        given().auth().preemptive().basic(outsider, "long enough password").delete(job).then().statusCode(404);
        given().auth().preemptive().basic(viewer, "long enough password").get(job).then().statusCode(200);
        given().auth().preemptive().basic(viewer, "long enough password").delete(job).then().statusCode(403);
        given().get("/api/jobs/987654321").then().statusCode(404).contentType("application/problem+json");
    }

    /** Sends an import with {@code Prefer: respond-async}; the job's address. */
    private static String submit(long project, String title, int sentences) {
        return given().contentType(ContentType.JSON).header("Prefer", "respond-async").body(texts(title, sentences))
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(202).extract().header("Location");
    }

    static Map<String, String> texts(String title, int sentences) {
        return Map.of("title", title, "sourceText", ImportTexts.chinese(sentences),
                "targetText", ImportTexts.english(sentences));
    }

    /** Polls a job until it ends, collecting the progress it reports on the way. */
    static JsonPath poll(String job, List<Double> progress) throws InterruptedException {
        long deadline = System.currentTimeMillis() + POLL_LIMIT_MILLIS;
        while (true) {
            JsonPath state = given().get(job).then().statusCode(200).extract().jsonPath();
            progress.add(state.getDouble("progress"));
            if (List.of("DONE", "FAILED", "CANCELLED").contains(state.getString("state"))) {
                return state;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the job did not end in time: " + state.prettify());
            }
            Thread.sleep(50);
        }
    }
}
