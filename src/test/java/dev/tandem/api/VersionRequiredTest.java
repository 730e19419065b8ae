// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write to a document (edits, undo, redo, rename, delete) names the version it was made on, as baseVersion or
 * an ETag in If-Match; without one it is refused with 428 and changes nothing. {@code If-Match: *} names no version.
 */
@QuarkusTest
class VersionRequiredTest {
    private static final String PASSWORD = "two reviewers, one document";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private long project;
    private long document;

    @BeforeEach
    void createDocument() {
        project = ApiFixtures.createProject("Versions required", "zh", "en");
        document = ApiFixtures.createDocument(project, "Shared", ApiFixtures.ZH, ApiFixtures.EN);
    }

    @Test
    void shouldNotLetOneReviewerUndoAnothersNewerEditWithoutNamingTheVersion() {
        String alice = editor("alice");
        String bob = editor("bob");
        long seenByBob = version();
        long pair = pairId(0);
        as(alice).contentType(ContentType.JSON).body(Map.of("op", "confirm", "pairs", List.of(pair),
                "baseVersion", seenByBob)).post("/api/documents/" + document + "/edits").then().statusCode(200);

        // Bob's undo was meant for the document he saw; the latest edit is Alice's, made after it.
        refused428(as(bob).post("/api/documents/" + document + "/undo"));
        refused428(as(bob).contentType(ContentType.JSON).body("{}").post("/api/documents/" + document + "/undo"));
        refused428(as(bob).header("If-Match", "*").post("/api/documents/" + document + "/undo"));
        refused428(as(bob).post("/api/documents/" + document + "/redo"));
        as(bob).contentType(ContentType.JSON).body(Map.of("baseVersion", seenByBob))
                .post("/api/documents/" + document + "/undo").then().statusCode(409)
                .body("edits", hasSize(1)).body("edits[0].user", equalTo(alice));

        assertEquals(seenByBob + 1, version(), "no undo happened");
        given().get("/api/documents/" + document + "/pairs").then().body("items[0].status", equalTo("CONFIRMED"));
        given().get("/api/documents/" + document + "/edits").then().body("operation", equalTo(List.of("confirm")));

        // Named, it works: Alice takes back her own edit on the version she has.
        as(alice).contentType(ContentType.JSON).body(Map.of("baseVersion", seenByBob + 1))
                .post("/api/documents/" + document + "/undo").then().statusCode(200);
        given().get("/api/documents/" + document + "/pairs").then().body("items[0].status", equalTo("AUTO"));
    }

    @Test
    void shouldRefuseEditsRenamesAndDeletesThatNameNoVersion() {
        long pair = pairId(0);
        refused428(given().contentType(ContentType.JSON).body(Map.of("op", "reject", "pair", pair))
                .post("/api/documents/" + document + "/edits"));
        refused428(given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("op", "reject", "pair", pair))
                .post("/api/documents/" + document + "/edits"));
        refused428(given().contentType(ContentType.JSON).body(Map.of("title", "Renamed blindly"))
                .patch("/api/documents/" + document));
        refused428(given().header("If-Match", "*").delete("/api/documents/" + document));
        refused428(given().delete("/api/documents/" + document)).body("detail", containsString("?baseVersion="));
        given().get("/api/documents/" + document).then().statusCode(200).body("version", equalTo(1))
                .body("title", equalTo("Shared"));
        given().get("/api/documents/" + document + "/pairs").then().body("items[0].status", equalTo("AUTO"));
    }

    @Test
    void shouldRenameAndDeleteOnTheVersionTheyNameInBaseVersion() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Renamed", "baseVersion", 1))
                .patch("/api/documents/" + document).then().statusCode(200)
                .body("title", equalTo("Renamed")).body("version", equalTo(2)).header("ETag", "\"d" + document + "-v2\"");
        given().contentType(ContentType.JSON).body(Map.of("title", "Stale", "baseVersion", 1))
                .patch("/api/documents/" + document).then().statusCode(409).contentType("application/problem+json")
                .body("currentVersion", equalTo(2)).body("edits[0].operation", equalTo("rename"));
        given().queryParam("baseVersion", 1).delete("/api/documents/" + document).then().statusCode(409)
                .body("detail", containsString("changed since version 1"));
        given().queryParam("baseVersion", "two").delete("/api/documents/" + document).then().statusCode(400)
                .body("field", equalTo("baseVersion"));
        given().get("/api/documents/" + document).then().statusCode(200).body("title", equalTo("Renamed"));
        given().queryParam("baseVersion", 2).delete("/api/documents/" + document).then().statusCode(204);
        given().get("/api/documents/" + document).then().statusCode(404);
    }

    private static ValidatableResponse refused428(io.restassured.response.Response response) {
        ValidatableResponse then = response.then();
        return then.statusCode(428).contentType("application/problem+json")
                .body("status", equalTo(428)).body("title", equalTo("Precondition Required"))
                .body("field", equalTo("baseVersion"))
                .body("detail", containsString("must name the document version it was made on"));
    }

    /** A new account, editor of the project. */
    private String editor(String prefix) {
        String username = prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD, "admin", false))
                .post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .put("/api/projects/" + project + "/members/" + username).then().statusCode(201);
        return username;
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    private long version() {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private long pairId(int position) {
        return given().get("/api/documents/" + document + "/pairs").then().statusCode(200).extract().jsonPath()
                .getLong("items[" + position + "].id");
    }
}
