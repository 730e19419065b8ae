// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.tandem.model.Document;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A write that waits too long for a lock another writer holds (another instance, on the same database) is answered
 * 503 with Retry-After and a problem document naming the occurrence, not 500, and changes nothing.
 */
@QuarkusTest
class DatabaseBusyTest {
    @Test
    void shouldAnswerALockWaitThatRanOutWith503() throws Exception {
        long project = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Busy", "sourceLanguage", "en", "targetLanguage", "de"))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        long document = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Held", "sourceText", "One.\nTwo.", "targetText", "Eins.\nZwei.",
                        "segmentation", "lines"))
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long pair = given().get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        long version = given().get("/api/documents/" + document).then().extract().jsonPath().getLong("version");

        // Another writer (as another instance would) holds the document's row lock until the request was answered.
        var locked = new CountDownLatch(1);
        var answered = new CountDownLatch(1);
        Thread holder = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            Document.lockForEdit(document);
            locked.countDown();
            try {
                answered.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        locked.await(10, TimeUnit.SECONDS);
        try {
            given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "pair", pair, "baseVersion", version))
                    .post("/api/documents/" + document + "/edits").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("detail", containsString("busy with another change"))
                    .body("instance", startsWith("urn:uuid:"));
        } finally {
            answered.countDown();
            holder.join();
        }
        given().get("/api/documents/" + document).then().body("version", org.hamcrest.Matchers.is((int) version));
    }
}
