// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.ImportJob;
import dev.tandem.model.ImportJobItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Import jobs of several instances on one database: a job whose instance was killed (no heartbeat for longer than
 * {@link ImportJobs#STALE}) is failed with a message saying so, while a job another live instance is running (its
 * heartbeat fresh) is left alone — an instance starting up no longer fails every unfinished job it finds.
 */
@QuarkusTest
class ImportJobInstancesTest {
    @Inject
    ImportJobs jobs;

    @Test
    void shouldFailOnlyTheJobsOfAStoppedInstance() {
        long project = project("Jobs of two instances");
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long orphan = job(project, "Killed with its instance", now.minus(ImportJobs.STALE).minusMinutes(1));
        long alive = job(project, "Running on another instance", now.minusSeconds(20));

        jobs.failStale(now.minus(ImportJobs.STALE));

        given().get("/api/jobs/" + orphan).then().statusCode(200).body("state", is("FAILED"))
                .body("message", containsString("instance that ran this import stopped"));
        given().get("/api/jobs/" + alive).then().statusCode(200).body("state", is("RUNNING"));
    }

    /**
     * Found by an operator on PostgreSQL: cancelling the job of a killed instance set its heartbeat to now, so it
     * showed "Cancelling" for three more minutes before it was failed. A job no instance marks alive is cancelled at
     * once; a live one's cancel leaves its heartbeat to its instance.
     */
    @Test
    void shouldCancelAStoppedInstancesJobAtOnceAndLeaveALiveOnesHeartbeat() {
        long project = project("Cancels across instances");
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long orphan = job(project, "Killed with its instance", now.minus(ImportJobs.STALE).minusMinutes(1));
        var lastBeat = now.minusSeconds(90);
        long alive = job(project, "Running on another instance", lastBeat);

        given().delete("/api/jobs/" + orphan).then().statusCode(200).body("state", is("CANCELLED"))
                .body("message", containsString("instance that ran this import had stopped"));
        given().delete("/api/jobs/" + alive).then().statusCode(200).body("state", is("RUNNING"))
                .body("message", containsString("Cancelling"));
        OffsetDateTime beat = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(alive).updatedAt);
        assertEquals(lastBeat.toInstant().toEpochMilli(), beat.toInstant().toEpochMilli(), 1, "the heartbeat untouched");
    }

    @Test
    void shouldKeepWhatAStoppedInstancesBatchImportedAndMarkTheRestNotImported() {
        long project = project("Batch of a killed instance");
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long orphan = job(project, "batch.zip", now.minus(ImportJobs.STALE).minusMinutes(1));
        QuarkusTransaction.requiringNew().run(() -> {
            item(orphan, 0, ImportJobItem.State.IMPORTED, 424242L);
            item(orphan, 1, ImportJobItem.State.PENDING, null);
        });

        jobs.failStale(now.minus(ImportJobs.STALE));

        given().get("/api/jobs/" + orphan).then().statusCode(200).body("state", is("FAILED"))
                .body("message", is("The Tandem instance that ran this batch import stopped after 1 of its pairs;"
                        + " the documents imported before are kept. Import the pairs not imported again."))
                .body("items.state", contains("IMPORTED", "CANCELLED"))
                .body("documentIds", contains(424242));
    }

    private static long project(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "sourceLanguage", "en", "targetLanguage", "de"))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void item(long job, int ord, ImportJobItem.State state, Long document) {
        var item = new ImportJobItem();
        item.jobId = job;
        item.ord = ord;
        item.source = "doc-" + ord + ".en.txt";
        item.target = "doc-" + ord + ".de.txt";
        item.title = "doc-" + ord;
        item.state = state;
        item.documentId = document;
        item.persist();
    }

    private static long job(long project, String title, OffsetDateTime lastHeartbeat) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var job = new ImportJob();
            job.projectId = project;
            job.username = "admin";
            job.title = title;
            job.state = ImportJob.State.RUNNING;
            job.progress = 0.4;
            job.message = "Segmenting and aligning.";
            job.createdAt = lastHeartbeat;
            job.updatedAt = lastHeartbeat;
            job.persist();
            return job.id;
        });
    }
}
