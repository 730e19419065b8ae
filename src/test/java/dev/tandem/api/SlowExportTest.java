// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BulkDocuments;
import dev.tandem.testing.ShortTransactions;
import dev.tandem.testing.SlowDownload;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A client that takes an export more slowly than the transaction timeout allows still gets every unit: no
 * transaction stays open while the file streams. The timeout is 3 s here (the profile it shares with
 * {@link ShortTransactionImportTest}); the client takes more than twice that.
 */
@QuarkusTest
@TestProfile(ShortTransactions.class)
class SlowExportTest {
    private static final int PAIRS = ExportFailureTest.PAIRS;

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
                        Thread.sleep(80); // the slow reader under test, not a wait for something
                    }
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Export of %,d bytes read in %.1f s (transaction timeout %d s)%n", result.body().length,
                seconds, ShortTransactions.TIMEOUT_SECONDS);
        assertEquals(PAIRS, result.text().split("<tu ", -1).length - 1, "every unit arrived");
        assertTrue(result.complete(), String.valueOf(result.error()));
        assertEquals(PAIRS, ExportChecks.units(result.body()));
        assertTrue(result.text().endsWith("</tmx>\n"));
        assertTrue(seconds > 2 * ShortTransactions.TIMEOUT_SECONDS,
                "the client was slower than twice the transaction timeout: " + seconds + " s");
    }
}
