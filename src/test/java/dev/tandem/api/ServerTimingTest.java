// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.testing.BrowserSession.given;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Pages, the API and refusals all say how long the server took, for benchmarks and browsers' developer tools. */
@QuarkusTest
class ServerTimingTest {
    private static final String TIMING = "app;dur=\\d+\\.\\d";

    @Test
    void shouldTimeEveryAnswer() {
        long project = ApiFixtures.createProject("Timed", "en", "de");
        given().get("/projects/" + project).then().statusCode(200).header("Server-Timing", matchesPattern(TIMING));
        RestAssured.given().get("/api/projects/" + project).then().statusCode(200).header("Server-Timing", matchesPattern(TIMING));
        given().get("/documents/987654321").then().statusCode(404).header("Server-Timing", matchesPattern(TIMING));
    }
}
