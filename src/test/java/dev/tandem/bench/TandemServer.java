// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged Tandem ({@code quarkus-run.jar}) run as a child JVM on a free 127.0.0.1 port: started, killed with
 * SIGKILL, started again on the same database. Each start logs to its own file under the work folder.
 */
final class TandemServer implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path jar;
    private final Path workDir;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private URI base;
    private int starts;

    /**
     * @param environment variables for the server (the admin's password, the datasource), added to this one's
     * @param jvmOptions  options before {@code -jar}, e.g. {@code -Dtandem.data-dir=…}
     */
    TandemServer(Path jar, Path workDir, Map<String, String> environment, List<String> jvmOptions) {
        this.jar = jar;
        this.workDir = workDir;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
    }

    /** Starts the server and waits until it is ready; returns the time that took. */
    Duration start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        long begin = System.nanoTime();
        int port = freePort();
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        Path log = workDir.resolve("server-" + (++starts) + ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        }
        base = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String reason = process.isAlive() ? "was not ready within " + READY_TIMEOUT.toSeconds() + " s"
                        : "exited with " + process.exitValue();
                process.destroyForcibly();
                throw new IllegalStateException("The server " + reason + "; its log " + log + " ends with:\n"
                        + tail(log));
            }
            sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** SIGKILL: no shutdown hook, no flush, no closing of the database. Waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** SIGTERM, as a service manager stops Tandem; waits up to {@code limit} and returns how long it took to exit. */
    Duration terminate(Duration limit) {
        long begin = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("still running " + limit.toSeconds() + " s after SIGTERM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** The process id of the running server. */
    long pid() {
        return process.pid();
    }

    /** The log of the latest start. */
    Path log() {
        return workDir.resolve("server-" + starts + ".log");
    }

    URI base() {
        return base;
    }

    /** A normal shutdown (SIGTERM), for the end of a run. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private boolean ready() {
        try {
            HttpResponse<Void> response = probe.send(HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
