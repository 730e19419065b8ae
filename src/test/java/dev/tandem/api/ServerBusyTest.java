// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.service.RequestAdmission;
import dev.tandem.testing.AdminCredentials;
import dev.tandem.testing.BrowserSession;
import dev.tandem.testing.ShortTransactions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interactive requests (review pages, pages of pairs, edits) take turns ({@link RequestAdmission}): while every turn
 * is taken they wait, one that waits longer than {@code tandem.requests.max-wait} (1 s in this profile) is answered
 * 503 with {@code Retry-After} and changes nothing, and long requests such as exports do not queue at all.
 */
@QuarkusTest
@TestProfile(ShortTransactions.class)
class ServerBusyTest {
    @Inject
    RequestAdmission admission;

    private long document;

    @BeforeEach
    void createDocument() {
        long project = ApiFixtures.createProject("Busy server", "de", "en");
        document = ApiFixtures.createDocument(project, "Busy", "Erster Satz.\nZweiter Satz.", "First.\nSecond.");
    }

    @Test
    void shouldShowTheTurnsInTheMetrics() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tandem_requests_waiting"), containsString("tandem_requests_working"));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenNoTurnComesAndChangeNothing() throws Exception {
        long version = given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        long pair = given().get("/api/documents/" + document + "/pairs").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        try (var full = admission.occupyAll()) {
            given().get("/api/documents/" + document + "/pairs")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "2")
                    .body("detail", containsString("The server is busy"));
            given().contentType("application/json")
                    .body("{\"op\":\"confirm\",\"pair\":" + pair + ",\"baseVersion\":" + version + "}")
                    .post("/api/documents/" + document + "/edits")
                    .then().statusCode(503).header("Retry-After", "2");
            BrowserSession.given().accept("text/html").get("/documents/" + document)
                    .then().statusCode(503).contentType(containsString("text/html"))
                    .body(containsString("The server is busy"));
            // an export is no interactive request: it does not wait for a turn
            given().get("/api/documents/" + document + "/export").then().statusCode(200);
        }
        given().get("/api/documents/" + document).then().statusCode(200).body("version", equalTo((int) version));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tandem_requests_refused_busy_total"));
    }

    @Test
    void shouldServeARequestThatGetsItsTurnWithinTheWait() throws Exception {
        CompletableFuture<Response> waiting;
        try (var full = admission.occupyAll()) {
            waiting = CompletableFuture.supplyAsync(() -> given().get("/api/documents/" + document + "/pairs"));
            waitWhile(() -> admission.waiting() == 0, 1);
            assertEquals(1, admission.waiting(), "the request waits for its turn");
        }
        Response answer = waiting.get(30, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(2, answer.jsonPath().getList("items").size());
    }

    @Test
    void shouldGiveTheTurnBackWhateverTheAnswer() {
        long version = given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        long pair = given().get("/api/documents/" + document + "/pairs").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        // three times the turns there are: a turn kept by any of these answers would leave the last ones 503
        for (int i = 0; i < 3 * admission.turns(); i++) {
            given().get("/api/documents/" + document + "/pairs").then().statusCode(200);
            given().get("/api/documents/999999/pairs").then().statusCode(404);
            given().contentType("application/json").body("{\"op\":\"confirm\",\"pair\":" + pair
                    + ",\"baseVersion\":" + (version - 1) + "}").post("/api/documents/" + document + "/edits")
                    .then().statusCode(409);
            given().contentType("application/json").body("{\"op\":\"fly\"}")
                    .post("/api/documents/" + document + "/edits").then().statusCode(400);
            BrowserSession.given().accept("text/html").get("/documents/" + document).then().statusCode(200);
        }
        waitWhile(() -> admission.working() > 0, 5);
        assertEquals(0, admission.working(), "every turn is back once the answers have gone");
    }

    @Test
    void shouldGiveTheTurnBackWhenTheClientHasGoneWhileItWaited() throws Exception {
        String credentials = java.util.Base64.getEncoder().encodeToString((AdminCredentials.USERNAME + ":"
                + AdminCredentials.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var sockets = new ArrayList<Socket>();
        try (var full = admission.occupyAll()) {
            // reviewers who give up and close the tab while their requests wait for a turn
            for (int i = 0; i < 3; i++) {
                var socket = new Socket("localhost", RestAssured.port);
                socket.getOutputStream().write(("GET /api/documents/" + document + "/pairs HTTP/1.1\r\n"
                        + "Host: localhost\r\nAuthorization: Basic " + credentials + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                sockets.add(socket);
            }
            waitWhile(() -> admission.waiting() < 3, 5);
            assertEquals(3, admission.waiting(), "the three requests wait for their turn");
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        // waiting before working: a request leaves the queue after it took its turn, so read the other way round a
        // request between the two reads would be counted in neither
        waitWhile(() -> admission.waiting() > 0 || admission.working() > 0, 5);
        assertEquals(0, admission.waiting() + admission.working(), "their turns came and went back");
        given().get("/api/documents/" + document + "/pairs").then().statusCode(200);
    }

    /** Waits while {@code condition} holds, at most {@code seconds}; the assertion after it says what was expected. */
    private static void waitWhile(BooleanSupplier condition, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
