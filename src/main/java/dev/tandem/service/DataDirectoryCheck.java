// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the embedded database's folder: a read-only or nearly full data directory makes every write fail, so
 * a load balancer should stop sending users here, and the check says why. It writes and deletes a small file each
 * time, which is the one test that a read-only mount, a full disk and lost permissions all fail. The answer is open to
 * anyone (a load balancer has no account), so it does not name the directory: the log does, when the check fails.
 */
@Readiness
@ApplicationScoped
public class DataDirectoryCheck implements HealthCheck {
    private static final String NAME = "Data directory";

    @Inject
    TandemConfig config;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    /** What the last check found wrong (null: nothing), so that the log says it once, not at every probe. */
    private final AtomicReference<String> lastProblem = new AtomicReference<>();

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME);
        if (!"h2".equals(databaseKind)) {
            return response.up().withData("database", databaseKind + ": the data directory holds no data").build();
        }
        Path dir = Path.of(config.dataDir()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir); // H2 makes it when it opens its file; someone may have removed it since
            long free = Files.getFileStore(dir).getUsableSpace();
            response.withData("freeBytes", free);
            long minimum = config.dataDirMinFree().asLongValue();
            if (free < minimum) {
                logOnce(dir, "less free space than tandem.data-dir-min-free (" + (minimum >> 20) + " MB)",
                        (free >> 20) + " MB free");
                return response.down().withData("problem", String.format("only %d MB free (below"
                        + " tandem.data-dir-min-free, %d MB): free some space", free >> 20, minimum >> 20)).build();
            }
            Path probe = Files.createTempFile(dir, ".ready-", ".probe");
            Files.delete(probe);
            if (lastProblem.getAndSet(null) != null) {
                Log.infof("Data directory %s: writable again, with %d MB free", dir, free >> 20);
            }
            return response.up().build();
        } catch (IOException e) {
            // the kind of failure, not its message, which names the probe's random file
            logOnce(dir, "it cannot be written (" + e.getClass().getSimpleName() + ")", e.toString());
            return response.down().withData("problem", "cannot write here (" + e.getClass().getSimpleName() + "): a"
                    + " read-only or full disk, or missing permissions; the server's log names the directory").build();
        }
    }

    /** A WARN when the problem is new: a load balancer probes every few seconds for as long as it lasts. */
    private void logOnce(Path dir, String problem, String detail) {
        if (!problem.equals(lastProblem.getAndSet(problem))) {
            Log.warnf("Data directory %s: %s, %s; readiness reports DOWN until it is mended", dir, problem, detail);
        }
    }
}
