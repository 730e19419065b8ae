// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.AdminCredentials;
import dev.tandem.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** The access log, with the settings of application.properties: one line a request, and no secret in it. */
@QuarkusTest
class AccessLogTest {
    private static final String CATEGORY = "io.quarkus.http.access-log";

    @Test
    void shouldLogEachRequestWithoutQueryCredentialsOrCookies() throws InterruptedException {
        List<String> lines;
        try (LogCapture log = LogCapture.of(CATEGORY)) {
            // a query parameter the call does not take is refused, and logged like any other request
            given().cookie("tandem_session", "cookie-secret-42").queryParam("token", "query-secret-42")
                    .get("/api/projects").then().statusCode(400);
            lines = await(log, "/api/projects");
        }
        assertEquals(1, lines.size(), lines.toString());
        String line = lines.get(0);
        assertTrue(line.matches(".* \"GET /api/projects HTTP/1.1\" 400 \\d+ \\d+$"), line);
        for (String secret : List.of("query-secret", "cookie-secret", "token=", AdminCredentials.PASSWORD, "Basic ")) {
            assertFalse(line.contains(secret), secret + " in " + line);
        }
    }

    /** The access log is written when the response has gone, a moment after the client has read it. */
    private static List<String> await(LogCapture log, String path) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> lines = log.messages(Level.INFO).stream().filter(line -> line.contains(path)).toList();
            if (!lines.isEmpty()) {
                return lines;
            }
            Thread.sleep(20);
        }
        return List.of();
    }
}
