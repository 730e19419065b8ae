// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Accounts, projects and memberships made through the real API (as the test admin), for the security tests. */
final class SecurityFixtures {
    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private SecurityFixtures() {
    }

    /** A new non-admin account with a unique name. */
    static String user(String prefix) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD, "admin", false))
                .post("/api/users").then().statusCode(201);
        return username;
    }

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    static RequestSpecification anonymous() {
        return given().auth().none();
    }

    static long project(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "sourceLanguage", "de", "targetLanguage", "en"))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long document(long project) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", "Doc", "sourceText", "Ein Satz.\nZwei Sätze.", "targetText",
                        "One sentence.\nTwo sentences.", "segmentation", "lines"))
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static void member(long project, String username, String role) {
        given().contentType(ContentType.JSON).body(Map.of("role", role))
                .put("/api/projects/" + project + "/members/" + username).then().statusCode(201);
    }
}
