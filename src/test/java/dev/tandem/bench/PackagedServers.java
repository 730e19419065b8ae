// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The packaged H2 and PostgreSQL servers and the system's PostgreSQL, which the checks on real processes need; a
 * check without them stops with status 2 and says how to get them.
 */
record PackagedServers(Path h2Jar, Path pgJar, Path postgresBinaries) {
    /**
     * The jars named by {@code tandem.<check>.h2-jar} and {@code .pg-jar} (default: where {@code script} builds them)
     * and PostgreSQL's binaries; exits 2 when one is missing.
     */
    static PackagedServers require(String check, String script) {
        Path h2Jar = Path.of(System.getProperty("tandem." + check + ".h2-jar", "target/quarkus-app/quarkus-run.jar"));
        Path pgJar = Path.of(System.getProperty("tandem." + check + ".pg-jar", "target/quarkus-app-pg/quarkus-run.jar"));
        for (Path jar : List.of(h2Jar, pgJar)) {
            if (!Files.isRegularFile(jar)) {
                System.err.println("No " + jar + ": " + script + " builds it.");
                System.exit(2);
            }
        }
        Path bin = ThrowAwayPostgres.binaries();
        if (bin == null) {
            System.err.println("No PostgreSQL under /usr/lib/postgresql: apt-get install -y postgresql.");
            System.exit(2);
        }
        return new PackagedServers(h2Jar.toAbsolutePath(), pgJar.toAbsolutePath(), bin);
    }
}
