// SPDX-License-Identifier: Apache-2.0
package dev.tandem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * Readiness goes DOWN, saying why, when the data directory cannot be written: here it lies under a regular file, so
 * nothing can be made in it, as on a read-only disk. (A read-only remount and a full disk of the packaged server are
 * checked by src/test/scripts/failure-check.sh.) Liveness stays UP: restarting would not help.
 */
@QuarkusTest
@TestProfile(DataDirectoryHealthTest.Unwritable.class)
class DataDirectoryHealthTest {
    public static class Unwritable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path file = Files.createTempFile("tandem-not-a-directory", ".txt");
                return Map.of("tandem.data-dir", file.resolve("data").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void shouldReportTheDataDirectoryDown() {
        try (LogCapture log = LogCapture.of("dev.tandem.service.DataDirectoryCheck")) {
            for (int probe = 0; probe < 3; probe++) {
                given().get("/q/health/ready").then().statusCode(503);
            }
            // a load balancer probes every few seconds: the log says it when it starts, not at every probe
            assertTrue(log.messages(Level.WARNING).size() <= 1, log.messages(Level.WARNING).toString());
        }
        given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"))
                .body("checks.name", hasItem("Data directory"))
                .body("checks.find { it.name == 'Data directory' }.data.problem", containsString("cannot write here"))
                .body(not(containsString("tandem-not-a-directory"))); // open to anyone: no path on the server's disk
        given().get("/q/health/live").then().statusCode(200);
    }
}
