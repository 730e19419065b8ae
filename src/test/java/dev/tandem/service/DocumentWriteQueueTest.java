// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every way of writing to a document (REST edits, undo, redo, rename, delete; the review page's edits) waits while
 * another write to the same document is in progress in this process, and writes to other documents do not. H2 lets
 * concurrent writers of one row through its own locks when it stores every commit (see {@link DocumentWriteLocks}),
 * so this queue is what keeps two reviewers from being given the same version.
 */
@QuarkusTest
class DocumentWriteQueueTest {
    @Inject
    DocumentWriteLocks locks;

    private final ExecutorService clients = Executors.newCachedThreadPool();

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void shouldQueueEveryWriteToADocumentBehindTheOneInProgress() throws Exception {
        long project = createProject();
        long busy = createDocument(project, "Busy");
        long other = createDocument(project, "Other");
        while (locks.of(other) == locks.of(busy)) {
            other = createDocument(project, "Other");
        }
        assertNotSame(locks.of(busy), locks.of(other));
        long first = firstPair(busy);
        long free = other;

        Map<String, Function<Long, Response>> writes = Map.of(
                "POST /edits", v -> given().contentType(ContentType.JSON)
                        .body(Map.of("op", "confirm", "pairs", List.of(first), "baseVersion", v))
                        .post("/api/documents/" + busy + "/edits"),
                "POST /undo", v -> given().contentType(ContentType.JSON).body(Map.of("baseVersion", v))
                        .post("/api/documents/" + busy + "/undo"),
                "POST /redo", v -> given().contentType(ContentType.JSON).body(Map.of("baseVersion", v))
                        .post("/api/documents/" + busy + "/redo"),
                "PATCH", v -> given().contentType(ContentType.JSON).body(Map.of("title", "Renamed " + v, "baseVersion", v))
                        .patch("/api/documents/" + busy),
                "page edit", v -> BrowserSession.given().contentType("application/x-www-form-urlencoded")
                        .formParams(Map.of("op", "reject", "pair", first, "baseVersion", v, "page", 1))
                        .post("/documents/" + busy + "/edit"));
        for (String write : List.of("POST /edits", "POST /undo", "POST /redo", "PATCH", "page edit")) {
            long version = version(busy);
            Response response = whileBusy(busy, () -> writes.get(write).apply(version),
                    () -> given().contentType(ContentType.JSON).body(Map.of("title", "Free " + System.nanoTime(),
                            "baseVersion", version(free))).patch("/api/documents/" + free));
            assertEquals(200, response.statusCode(), write + ": " + response.asString());
            assertEquals(version + 1, version(busy), write + " went through once the document was free");
        }
        long version = version(busy);
        Response deleted = whileBusy(busy, () -> given().queryParam("baseVersion", version)
                .delete("/api/documents/" + busy), () -> given().get("/api/documents/" + free));
        assertEquals(204, deleted.statusCode());
    }

    /**
     * Holds the document's write lock, as a write in progress does, and starts {@code write}: it must still be waiting
     * once {@code elsewhere} (a request on another document) has been answered and it is parked on the lock. Then
     * releases the lock and returns the write's answer.
     */
    private Response whileBusy(long document, Callable<Response> write, Callable<Response> elsewhere) throws Exception {
        ReentrantLock lock = locks.of(document);
        lock.lock();
        Future<Response> waiting;
        try {
            waiting = clients.submit(write);
            Response unrelated = clients.submit(elsewhere).get(30, TimeUnit.SECONDS);
            assertEquals(2, unrelated.statusCode() / 100, "another document is not held up: " + unrelated.asString());
            // the write has reached the document's lock and is parked on it (no fixed sleep: a busy machine can take
            // any time to get the request there, and the write must still be waiting once it has)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!lock.hasQueuedThreads()) {
                assertFalse(waiting.isDone(), "the write waited for the one in progress: " + answer(waiting));
                assertTrue(System.nanoTime() < deadline, "the write never reached the document's lock");
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            assertFalse(waiting.isDone(), "the write waited for the one in progress");
        } finally {
            lock.unlock();
        }
        return waiting.get(30, TimeUnit.SECONDS);
    }

    private static String answer(Future<Response> done) {
        try {
            return done.isDone() ? done.get().statusCode() + " " + done.get().asString() : "still waiting";
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static long createProject() {
        return given().contentType(ContentType.JSON).body(Map.of("name", "Queue", "sourceLanguage", "en",
                "targetLanguage", "de")).post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long createDocument(long project, String title) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title, "sourceText", "One.\nTwo.\nThree.",
                        "targetText", "Eins.\nZwei.\nDrei.", "segmentation", "lines"))
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long version(long document) {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static long firstPair(long document) {
        return given().get("/api/documents/" + document + "/pairs").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }
}
