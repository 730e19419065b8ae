// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own in a temporary folder, on a free 127.0.0.1 port, with a database {@code tandem}:
 * the system's PostgreSQL binaries ({@code /usr/lib/postgresql/<version>/bin}, Debian's layout), run as the
 * {@code postgres} user when this runs as root. Deleted on close. Only Tandem is killed in a crash check; the
 * cluster keeps running, as a database server would.
 */
public final class ThrowAwayPostgres implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private ThrowAwayPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The newest PostgreSQL under /usr/lib/postgresql, or null when there is none. */
    public static Path binaries() {
        File[] versions = new File("/usr/lib/postgresql").listFiles(file -> new File(file, "bin/initdb").canExecute());
        if (versions == null || versions.length == 0) {
            return null;
        }
        return Arrays.stream(versions).max(Comparator.comparingInt(v -> parse(v.getName()))).orElseThrow()
                .toPath().resolve("bin");
    }

    public static ThrowAwayPostgres start(Path bin) {
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("tandem-crash-pg-");
            var cluster = new ThrowAwayPostgres(bin, dir, TandemServer.freePort(), root);
            if (root) {
                run(List.of("chown", "postgres", dir.toString()));
            }
            cluster.runAsOwner(bin.resolve("initdb").toString(), "-A", "trust", "--no-sync", "-U", "postgres",
                    "-D", dir.resolve("data").toString());
            cluster.runAsOwner(bin.resolve("pg_ctl").toString(), "-w", "-D", dir.resolve("data").toString(),
                    "-l", dir.resolve("log").toString(), "-o", "-k " + dir + " -c listen_addresses=127.0.0.1 -p "
                            + cluster.port, "start");
            cluster.runAsOwner(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p",
                    String.valueOf(cluster.port), "-U", "postgres", "tandem");
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC address of the database {@code tandem}, for the user {@code postgres} without a password. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/tandem";
    }

    /** What Tandem's pg build needs to reach the database. */
    Map<String, String> environment() {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "");
    }

    /** Stops the cluster (fast: open connections are closed), as a database that goes away under Tandem. */
    void stopServer() {
        runAsOwner(bin.resolve("pg_ctl").toString(), "-w", "-m", "fast", "-D", dir.resolve("data").toString(), "stop");
    }

    /** Starts the stopped cluster again on the same port. */
    void startServer() {
        runAsOwner(bin.resolve("pg_ctl").toString(), "-w", "-D", dir.resolve("data").toString(),
                "-l", dir.resolve("log").toString(), "-o", "-k " + dir + " -c listen_addresses=127.0.0.1 -p " + port,
                "start");
    }

    /**
     * The README's backup: {@code pg_dump --format=custom} of the database {@code tandem}, while Tandem runs; the
     * file is written inside the cluster's folder (the postgres user's).
     */
    Path dump() {
        Path file = dir.resolve("tandem.dump");
        runAsOwner(bin.resolve("pg_dump").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U",
                "postgres", "-d", "tandem", "--format=custom", "--file=" + file);
        return file;
    }

    /** The README's restore, with Tandem stopped: {@code pg_restore --clean --if-exists --no-owner}. */
    void restore(Path dump) {
        runAsOwner(bin.resolve("pg_restore").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U",
                "postgres", "-d", "tandem", "--clean", "--if-exists", "--no-owner", dump.toString());
    }

    @Override
    public void close() {
        try {
            runAsOwner(bin.resolve("pg_ctl").toString(), "-m", "immediate", "-D", dir.resolve("data").toString(), "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                System.err.println("Could not delete " + dir + ": " + e.getMessage());
            }
        }
    }

    private void runAsOwner(String... command) {
        var full = new ArrayList<String>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int parse(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
