// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tandem.api.ImportTexts;
import dev.tandem.model.ImportJob;
import dev.tandem.testing.BatchZip;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * An {@code Idempotency-Key} protects against importing twice, not against importing once: the key of a job that
 * failed (its instance stopped) or was cancelled before storing anything is released, and the same request with the
 * same key starts a new job; a key whose job is done still replays it, and a key sent with another request is 422.
 */
@QuarkusTest
class IdempotentRetryTest {
    private static final String ZIP = "application/zip";
    private static final long POLL_LIMIT_MILLIS = 300_000;

    @Inject
    ImportJobs jobs;

    /**
     * The job of {@code body} sent with {@code key}, queued behind a large import and failed as a restart fails an
     * abandoned job; the blocker is cancelled.
     */
    private String failedJob(String path, Map<String, String> body, String key) {
        String blocker = submit(path, texts("Blocker", 6000), null).header("Location");
        String job = submit(path, body, key).header("Location");
        failAsAfterARestart(job);
        given().delete(blocker).then().statusCode(200);
        return job;
    }

    @Test
    void shouldStartANewJobWhenTheKeyOfAnImportFailedByARestartIsSentAgain() throws InterruptedException {
        long project = project("Retried after a restart");
        String path = "/api/projects/" + project + "/documents";
        Map<String, String> body = texts("Chapter", 30);
        String first = failedJob(path, body, "restart-7c1e");
        given().get(first).then().body("state", equalTo("FAILED")).body("message", containsString("Import the"));

        Response retry = submit(path, body, "restart-7c1e");
        retry.then().header("Idempotent-Replayed", nullValue());
        String second = retry.header("Location");
        assertNotEquals(first, second, "the retry runs as a new job, not the failed one again");
        assertEquals("DONE", poll(second).getString("state"));
        // done now: the key protects it, and still refuses another request
        submit(path, body, "restart-7c1e").then().header("Location", equalTo(second))
                .header("Idempotent-Replayed", "true").body("state", equalTo("DONE"));
        given().contentType(ContentType.JSON).header("Prefer", "respond-async").header("Idempotency-Key", "restart-7c1e")
                .body(texts("Another chapter", 31)).post(path).then().statusCode(422)
                .body("detail", containsString("different import"));
        given().get(path).then().body("size()", equalTo(1));
    }

    @Test
    void shouldStartOneJobWhenRetriesOfAFailedKeyArriveConcurrently() throws Exception {
        long project = project("Concurrent retries after a restart");
        String path = "/api/projects/" + project + "/documents";
        Map<String, String> body = texts("Chapter", 40);
        String failed = failedJob(path, body, "race-4b2d");

        ExecutorService clients = Executors.newFixedThreadPool(4);
        Set<String> locations = new HashSet<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(clients.submit(() -> submit(path, body, "race-4b2d").header("Location")));
            }
            for (Future<String> answer : answers) {
                locations.add(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1, locations.size(), "one new job for all the retries: " + locations);
        String job = locations.iterator().next();
        assertNotEquals(failed, job);
        assertEquals("DONE", poll(job).getString("state"));
        given().get(path).then().body("size()", equalTo(1));
    }

    @Test
    void shouldStartANewBatchJobWhenTheKeyOfACancelledBatchIsSentAgain() throws InterruptedException {
        long project = project("Batch retried after a cancel");
        String path = "/api/projects/" + project + "/batches";
        byte[] zip = BatchZip.twentyPairs();
        String blocker = submit("/api/projects/" + project + "/documents", texts("Blocker", 6000), null)
                .header("Location");
        String first = given().header("Idempotency-Key", "batch-9d0f").multiPart("file", "twenty.zip", zip, ZIP)
                .post(path).then().statusCode(202).extract().header("Location");
        given().delete(first).then().statusCode(200).body("state", equalTo("CANCELLED"));
        given().delete(blocker).then().statusCode(200);

        Response retry = given().header("Idempotency-Key", "batch-9d0f").multiPart("file", "twenty.zip", zip, ZIP)
                .post(path);
        retry.then().statusCode(202).header("Idempotent-Replayed", nullValue());
        String second = retry.header("Location");
        assertNotEquals(first, second);
        assertEquals("DONE", poll(second).getString("state"));
        int documents = given().get("/api/projects/" + project + "/documents").then().extract().jsonPath()
                .getList("$").size();
        assertEquals(19, documents, "the 19 readable pairs, once");
        given().header("Idempotency-Key", "batch-9d0f").multiPart("file", "twenty.zip", zip, ZIP).post(path)
                .then().statusCode(202).header("Location", equalTo(second)).header("Idempotent-Replayed", "true");
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(documents));
    }

    /** What a restarted instance does to a job whose instance was stopped: fails it, as stale, storing nothing. */
    private void failAsAfterARestart(String job) {
        long id = Long.parseLong(job.substring(job.lastIndexOf('/') + 1));
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("updatedAt = ?1 where id = ?2",
                now.minus(ImportJobs.STALE).minusMinutes(1), id));
        jobs.failStale(now.minus(ImportJobs.STALE));
    }

    private static Response submit(String path, Map<String, String> body, String key) {
        var request = given().contentType(ContentType.JSON).header("Prefer", "respond-async").body(body);
        Response response = (key == null ? request : request.header("Idempotency-Key", key)).post(path);
        response.then().statusCode(202);
        return response;
    }

    private static Map<String, String> texts(String title, int sentences) {
        return Map.of("title", title, "sourceText", ImportTexts.chinese(sentences),
                "targetText", ImportTexts.english(sentences));
    }

    private static long project(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "sourceLanguage", "zh", "targetLanguage", "en"))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath poll(String job) throws InterruptedException {
        long deadline = System.currentTimeMillis() + POLL_LIMIT_MILLIS;
        while (true) {
            JsonPath state = given().get(job).then().statusCode(200).extract().jsonPath();
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
