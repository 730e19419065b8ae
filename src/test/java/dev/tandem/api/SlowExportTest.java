// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BulkDocuments;
import dev.tandem.testing.SlowDownload;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A client that takes an export more slowly than the transaction timeout allows still gets every unit: no
 * transaction stays open while the file streams. The timeout is 2 s here; the client takes about twice that.
 */
@QuarkusTest
@TestProfile(SlowExportTest.ShortTransactions.class)
class SlowExportTest {
    private static final int PAIRS = ExportFailureTest.PAIRS;

    public static class ShortTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", "2s");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void shouldDeliverEveryUnitToAReaderSlowerThanTheTransactionTimeout() throws Exception {
        long project = ApiFixtures.createProject("Slow reader", "de", "en");
        long document;
        try (Connection connection = dataSource.getConnection()) {
            document = BulkDocuments.insert(connection, project, "Bulk", PAIRS);
        }
        long start = System.nanoTime();
        long[] paused = {0};
        SlowDownload.Result result = SlowDownload.get(RestAssured.port, "/api/documents/" + document + "/export",
                bytes -> {
                    if (bytes / (128 * 1024) > paused[0]) {
                        paused[0]++;
                        Thread.sleep(40);
                    }
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(PAIRS, result.text().split("<tu ", -1).length - 1, "every unit arrived");
        assertTrue(result.complete(), String.valueOf(result.error()));
        assertEquals(PAIRS, ExportChecks.units(result.body()));
        assertTrue(result.text().endsWith("</tmx>\n"));
        assertTrue(seconds > 4, "the client was slower than the 2 s timeout: " + seconds + " s");
    }
}
