// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What a team's server does when things go wrong, on the packaged servers: the database unreachable or the data
 * directory unusable at start (one clear line, exit 1), PostgreSQL lost while running (503 problem+json with
 * Retry-After, readiness DOWN, and recovery without a restart), the data directory nearly full or full while
 * running (readiness DOWN saying why, writes refused clearly), and SIGTERM during an import (cancelled,
 * the job marked failed, nothing stored) and during an export (finished within the grace period). Prints a line per
 * check; exits 1 if one failed, 2 if it cannot run. Run by {@code src/test/scripts/failure-check.sh} and by CI.
 */
public final class FailureCheck {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final RawHttp http = new RawHttp();
    private final Path h2Jar;
    private final Path pgJar;
    private final Path postgresBinaries;
    private final Path dir;
    private final List<String> failures = new ArrayList<>();

    private FailureCheck(Path h2Jar, Path pgJar, Path postgresBinaries, Path dir) {
        this.h2Jar = h2Jar;
        this.pgJar = pgJar;
        this.postgresBinaries = postgresBinaries;
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        var servers = PackagedServers.require("failure", "src/test/scripts/failure-check.sh");
        Path dir = Path.of("target", "failure-check", LocalDateTime.now().format(STAMP)).toAbsolutePath();
        Files.createDirectories(dir);
        var check = new FailureCheck(servers.h2Jar(), servers.pgJar(), servers.postgresBinaries(), dir);
        System.out.println("Failure behaviour of " + servers.h2Jar() + " and " + servers.pgJar() + "; logs in " + dir);
        // the checks by name; arguments run only those named (failure-check.sh data-dir-full)
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("database-down", check::databaseDownAtStart);
        checks.put("data-dir-unusable", check::dataDirectoryUnusableAtStart);
        checks.put("weak-admin-password", check::weakInitialAdminPassword);
        checks.put("postgres-url-on-h2", check::postgresUrlOnTheH2Package);
        checks.put("bad-size-setting", check::badSizeSetting);
        checks.put("second-instance", check::secondInstanceOnOneDataDirectory);
        checks.put("database-lost", check::databaseLostWhileRunning);
        checks.put("data-dir-full", check::dataDirectoryFull);
        checks.put("sigterm", check::sigtermDuringImportAndExport);
        checks.put("killed", check::killedDuringImport);
        checks.put("out-of-memory", check::importOutOfMemory);
        for (String name : args) {
            if (!checks.containsKey(name)) {
                throw new IllegalArgumentException("No check " + name + "; the checks: " + checks.keySet());
            }
        }
        for (Map.Entry<String, Check> named : checks.entrySet()) {
            if (args.length == 0 || List.of(args).contains(named.getKey())) {
                named.getValue().run();
            }
        }
        System.out.println(check.failures.isEmpty() ? "All failure checks passed."
                : check.failures.size() + " failure check(s) FAILED: " + check.failures);
        System.exit(check.failures.isEmpty() ? 0 : 1);
    }

    private interface Check {
        void run() throws Exception;
    }

    // ---- at start ----------------------------------------------------------------------------------------------

    private void databaseDownAtStart() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        startThatFails("database down at start", pgJar, Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:" + closed + "/tandem", "QUARKUS_DATASOURCE_USERNAME", "tandem"),
                List.of("-Dtandem.data-dir=" + dir.resolve("down/data")), "Tandem cannot reach its database");
    }

    private void dataDirectoryUnusableAtStart() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        startThatFails("data dir unusable", h2Jar, Map.of("TANDEM_ADMIN_INITIAL_PASSWORD", password()),
                List.of("-Dtandem.data-dir=" + file.resolve("data")), "Tandem cannot open its database");
    }

    /**
     * Found by an operator: TANDEM_ADMIN_INITIAL_PASSWORD=admin stopped the first start with "Could not create the
     * first admin account (InvalidInputException); the database's log says why", and no log said why.
     */
    private void weakInitialAdminPassword() throws Exception {
        Path data = dir.resolve("weak-admin").resolve("data");
        startThatFails("weak admin password", h2Jar, Map.of("TANDEM_ADMIN_INITIAL_PASSWORD", "admin"),
                List.of("-Dtandem.data-dir=" + data), "tandem.admin.initial-password (TANDEM_ADMIN_INITIAL_PASSWORD) is refused: ");
        // CI run 36: the search index's warm-up, started before the refusal and cut short by it, logged a 32-line trace
        boolean warmedUp = Files.exists(data.resolve("search-index"));
        check(!warmedUp, "refused first", "the password was refused before background work began (search index %s)",
                warmedUp ? "opened: its warm-up raced the stop" : "not opened");
    }

    /** Found by an operator: the H2 package given a PostgreSQL URL said to check the data directory. */
    private void postgresUrlOnTheH2Package() throws Exception {
        startThatFails("postgres url on h2", h2Jar, Map.of("TANDEM_ADMIN_INITIAL_PASSWORD", password(),
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/tandem"), List.of(),
                "this package was built for h2 (the default)");
    }

    /**
     * Found by an operator: a second Tandem started on the data directory of a running one was told H2's "Database may
     * be already in use … use the server mode", a mode Tandem does not offer.
     */
    private void secondInstanceOnOneDataDirectory() throws Exception {
        String password = password();
        try (var first = h2Server("second-instance", "-Xmx256m", password)) {
            first.start();
            startThatFails("second instance", h2Jar, Map.of("TANDEM_ADMIN_INITIAL_PASSWORD", password),
                    List.of("-Dtandem.data-dir=" + dir.resolve("second-instance").resolve("data")),
                    "is in use by another program: a Tandem already running on it");
        }
    }

    /**
     * Found by an operator: QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE='10 MB' (a space) stopped the start with a 70-line trace
     * from the JSON mapper's set-up, before Tandem's logging; Quarkus's own line names the setting and its form.
     */
    private void badSizeSetting() throws Exception {
        Stopped stopped = startUntilStopped("bad size setting", h2Jar, Map.of("TANDEM_ADMIN_INITIAL_PASSWORD", password(),
                "QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", "10 MB"), List.of("-Dtandem.data-dir=" + dir.resolve("bad-size")));
        String said = stopped.lines().stream().filter(line -> line.contains("quarkus.http.limits.max-body-size"))
                .findFirst().orElse("(no line names the setting)").strip();
        check(stopped.failed() && stopped.stackLines() == 0 && said.contains("\"10 MB\"")
                        && said.contains("not in correct format"), "bad size setting",
                "exit %s, %d log lines, %d stack-trace lines: %s", stopped.exit(), stopped.lines().size(),
                stopped.stackLines(), said);
    }

    /** Starts a server that must stop by itself: exit status not 0, one ERROR line starting as expected, no stack. */
    private void startThatFails(String what, Path jar, Map<String, String> environment, List<String> options,
                                String expected) throws Exception {
        Stopped stopped = startUntilStopped(what, jar, environment, options);
        List<String> errors = stopped.lines().stream().filter(line -> line.contains(" ERROR ")).toList();
        boolean ok = stopped.failed() && errors.size() == 1 && errors.get(0).contains(expected)
                && stopped.stackLines() == 0;
        check(ok, what, "exit %s, %d log lines, %d ERROR line(s), %d stack-trace lines: %s", stopped.exit(),
                stopped.lines().size(), errors.size(), stopped.stackLines(),
                errors.isEmpty() ? "(no error line)" : errors.get(0).replaceAll("^.*?\\(main\\) ", ""));
    }

    /** What a server that was to stop by itself left: its log's lines and its exit status (null: still running). */
    private record Stopped(List<String> lines, Integer exitValue) {
        boolean failed() {
            return exitValue != null && exitValue != 0;
        }

        String exit() {
            return exitValue == null ? "NONE (still running)" : String.valueOf(exitValue);
        }

        long stackLines() {
            return lines.stream().filter(line -> line.startsWith("\tat ") || line.startsWith("Caused by")).count();
        }
    }

    /** Starts {@code jar} and waits up to two minutes for it to stop (killed if it does not), its log in {@code dir}. */
    private Stopped startUntilStopped(String what, Path jar, Map<String, String> environment, List<String> options)
            throws Exception {
        var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + TandemServer.freePort()));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        Path log = dir.resolve(what.replace(' ', '-') + ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        return new Stopped(Files.readAllLines(log, StandardCharsets.UTF_8), exited ? process.exitValue() : null);
    }

    // ---- PostgreSQL lost while running -------------------------------------------------------------------------

    private void databaseLostWhileRunning() throws Exception {
        String password = password();
        Path work = dir.resolve("pg-lost");
        Files.createDirectories(work);
        try (var postgres = ThrowAwayPostgres.start(postgresBinaries)) {
            var environment = new HashMap<>(postgres.environment());
            environment.put("TANDEM_ADMIN_INITIAL_PASSWORD", password);
            try (var server = new TandemServer(pgJar, work, environment, List.of("-Xmx512m",
                    "-Dtandem.data-dir=" + work.resolve("data")))) {
                server.start();
                Map<String, String> admin = Map.of("Authorization", RawHttp.basic("admin", password));
                int before = http.send(server.base(), "GET", "/api/projects", admin, null).statusCode();
                postgres.stopServer();
                var read = http.send(server.base(), "GET", "/api/projects", admin, null);
                var write = http.send(server.base(), "POST", "/api/projects", admin,
                        Map.of("name", "While the database is away", "sourceLanguage", "en", "targetLanguage", "de"));
                int ready = http.send(server.base(), "GET", "/q/health/ready", Map.of(), null).statusCode();
                long lost = System.nanoTime();
                postgres.startServer();
                long back = System.nanoTime();
                Duration recovered = waitFor(Duration.ofSeconds(60), () ->
                        http.send(server.base(), "GET", "/api/projects", admin, null).statusCode() == 200
                                && http.send(server.base(), "GET", "/q/health/ready", Map.of(), null).statusCode() == 200);
                boolean ok = before == 200 && unavailable(read) && unavailable(write) && ready == 503 && recovered != null;
                check(ok, "database lost", "read %d, write %d (%s, Retry-After %s), readiness %d while PostgreSQL was"
                        + " down (%.1f s); answering again %s after it came back, without a restart: %s",
                        read.statusCode(), write.statusCode(), read.headers().firstValue("Content-Type").orElse("-"),
                        read.headers().firstValue("Retry-After").orElse("none"), ready, (back - lost) / 1e9,
                        recovered == null ? "NEVER" : String.format(Locale.ROOT, "%.1f s", recovered.toMillis() / 1000.0),
                        LoopbackClient.abbreviate(detail(read)));
            }
        }
    }

    private boolean unavailable(HttpResponse<String> response) {
        return response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private String detail(HttpResponse<String> response) {
        try {
            JsonNode problem = http.json(response.body());
            return problem != null && problem.has("detail") ? problem.get("detail").asText() : response.body();
        } catch (RuntimeException e) {
            return response.body();
        }
    }

    // ---- the data directory full -----------------------------------------------------------------------------

    /**
     * The H2 server's data directory on a small tmpfs of its own (mounting needs root, as CI has), filled up while
     * Tandem runs: nearly full, readiness goes DOWN saying so; full, a write is refused with a clear answer, not a
     * bare 500. (A read-only remount cannot be made under H2's open file; readiness on a directory that cannot be
     * written is DataDirectoryHealthTest's.)
     */
    private void dataDirectoryFull() throws Exception {
        Path mount = dir.resolve("tmpfs");
        Files.createDirectories(mount);
        if (run("mount", "-t", "tmpfs", "-o", "size=200m", "tmpfs", mount.toString()) != 0) {
            check(!"true".equals(System.getenv("CI")), "data dir full", "SKIPPED: cannot mount a tmpfs here (needs"
                    + " root); CI runs it");
            return;
        }
        String password = password();
        Path work = dir.resolve("h2-disk");
        Files.createDirectories(work);
        try (var server = new TandemServer(h2Jar, work, Map.of("TANDEM_ADMIN_INITIAL_PASSWORD", password),
                List.of("-Xmx512m", "-Dtandem.data-dir=" + mount.resolve("data"),
                        // documents are indexed for the concordance by the next search only: one while the disk is full
                        "-Dtandem.search.warm-up=false", "-Dtandem.import.async-above-chars=100000000"))) {
            server.start();
            Map<String, String> admin = Map.of("Authorization", RawHttp.basic("admin", password));
            long project = project(server, admin, "Disk");
            var corpus = SyntheticCorpus.generate(2_000, 9);
            Supplier<HttpResponse<String>> write = () -> http.send(server.base(), "POST", "/api/projects/" + project
                    + "/documents", admin, Map.of("title", "Disk " + System.nanoTime(), "sourceText", corpus.source(),
                    "targetText", corpus.target(), "segmentation", "lines"));
            int writable = write.get().statusCode();
            // the document is indexed for the concordance in the background after its import; a search waits for
            // that, so the index neither takes nor frees space (Lucene's temporary files) once the disk is full
            String search = "/api/search?q=disk&project=" + project;
            http.send(server.base(), "GET", search, admin, null);
            var large = SyntheticCorpus.generate(10_000, 11);
            int unindexed = http.send(server.base(), "POST", "/api/projects/" + project + "/documents", admin,
                    Map.of("title", "Disk, not yet searched", "sourceText", large.source(), "targetText", large.target(),
                            "segmentation", "lines")).statusCode(); // in the database, not yet in the index

            // found by an operator: a job whose storing failed for want of space showed RUNNING for three minutes and
            // then ended as "the instance stopped": this one aligns while the disk fills, and stores on a full one
            var huge = SyntheticCorpus.generate(20_000, 13);
            long job = http.json(http.send(server.base(), "POST", "/api/projects/" + project + "/documents",
                    Map.of("Authorization", admin.get("Authorization"), "Prefer", "respond-async"), Map.of("title",
                            "Disk, as a job", "sourceText", huge.source(), "targetText", huge.target(), "segmentation",
                            "lines")), 202, "import as a job").get("id").asLong();
            JsonNode[] jobState = new JsonNode[1];
            Supplier<Boolean> jobEnded = () -> {
                jobState[0] = http.json(http.send(server.base(), "GET", "/api/jobs/" + job, admin, null).body());
                return !List.of("QUEUED", "RUNNING").contains(jobState[0].get("state").asText());
            };
            waitFor(Duration.ofSeconds(60), () -> jobEnded.get() || jobState[0].get("state").asText().equals("RUNNING"));
            Path filler = mount.resolve("filler");
            run("fallocate", "-l", "150m", filler.toString());
            var nearlyFull = http.send(server.base(), "GET", "/q/health/ready", Map.of(), null);
            Path rest = mount.resolve("filler-rest");
            run("fallocate", "-l", String.valueOf(Files.getFileStore(mount).getUsableSpace()), rest.toString());
            var fullWrite = write.get();
            var fullBackup = http.send(server.base(), "GET", "/api/admin/backup", admin, null);
            waitFor(Duration.ofSeconds(120), jobEnded);
            Path backups = mount.resolve("data").resolve("backups");
            long leftBehind;
            try (var files = Files.exists(backups) ? Files.list(backups) : java.util.stream.Stream.<Path>empty()) {
                leftBehind = files.count(); // found by an operator: a failed backup left a 0-byte zip behind
            }
            // a little space again: enough for the database, not for indexing the large document
            Files.delete(rest);
            run("fallocate", "-l", String.valueOf(Files.getFileStore(mount).getUsableSpace() - (2L << 20)),
                    rest.toString());
            waitFor(Duration.ofSeconds(10), () -> http.send(server.base(), "GET", "/api/projects", admin, null)
                    .statusCode() == 200); // the database, closed by the full disk, opens again
            var fullSearch = http.send(server.base(), "GET", search, admin, null);
            Files.delete(filler);
            Files.delete(rest);
            Duration back = waitFor(Duration.ofSeconds(20), () -> write.get().statusCode() == 201
                    && http.send(server.base(), "GET", "/q/health/ready", Map.of(), null).statusCode() == 200);
            // found by an operator: a write of the search index that failed for want of space closed it, and every
            // search answered 503 until Tandem was restarted
            var searchAfter = http.send(server.base(), "GET", search, admin, null);
            // the job's end, kept while the database could not write it, is recorded by the next heartbeat (30 s)
            Duration recorded = waitFor(Duration.ofSeconds(45), () -> {
                try {
                    return Files.readString(server.log()).contains("Import job " + job + ": its end is recorded now")
                            || !Files.readString(server.log()).contains("Import job " + job + " ended");
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            String jobEnd = jobState[0].get("state").asText() + " \"" + jobState[0].get("message").asText() + "\"";
            boolean jobOk = jobState[0].get("state").asText().equals("FAILED")
                    && jobState[0].get("message").asText().contains("disk is full") && recorded != null;
            check(jobOk, "job on full disk", "a job whose storing found no space: %s; recorded in the database %s",
                    jobEnd, recorded == null ? "not yet after 45 s" : "once space was freed");
            List<String> log = Files.readAllLines(server.log(), StandardCharsets.UTF_8);
            long stackLines = log.stream().filter(line -> line.startsWith("\tat ")).count();
            check(writable == 201 && unindexed == 201 && nearlyFull.statusCode() == 503
                            && nearlyFull.body().contains("MB free") && fullWrite.statusCode() != 500
                            && fullWrite.statusCode() >= 400 && searchAfter.statusCode() == 200
                            && fullBackup.statusCode() == 503 && leftBehind == 0 && stackLines < 100, "data dir full",
                    "readiness %d with 50 MB left (%s); with none left an import answered %d: %s, a backup %d (%d"
                            + " file(s) left behind), a search %d; after freeing space: %s, a search %d; %d stack-trace"
                            + " lines in the log",
                    nearlyFull.statusCode(), problemOf(nearlyFull.body()), fullWrite.statusCode(),
                    LoopbackClient.abbreviate(detail(fullWrite)), fullBackup.statusCode(), leftBehind,
                    fullSearch.statusCode(),
                    back == null ? "still failing (restart Tandem)" : String.format(Locale.ROOT,
                            "imports and ready again after %.1f s", back.toMillis() / 1000.0),
                    searchAfter.statusCode(), stackLines);
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private String problemOf(String health) {
        int at = health.indexOf("\"problem\"");
        if (at < 0) {
            return "no problem named";
        }
        int start = health.indexOf('"', health.indexOf(':', at) + 1) + 1;
        return health.substring(start, health.indexOf('"', start));
    }

    // ---- SIGTERM -----------------------------------------------------------------------------------------------

    private void sigtermDuringImportAndExport() throws Exception {
        String password = password();
        try (var server = h2Server("sigterm", "-Xmx1g", password)) {
            server.start();
            Map<String, String> admin = Map.of("Authorization", RawHttp.basic("admin", password));
            long project = project(server, admin, "SIGTERM");
            long job = runningImport(server, admin, project, "Stopped half way", 3);
            Duration importStop = server.terminate(Duration.ofSeconds(60));
            String stopLog = Files.readString(server.log());
            server.start();
            JsonNode state = http.json(http.send(server.base(), "GET", "/api/jobs/" + job, admin, null).body());
            int documents = http.json(http.send(server.base(), "GET", "/api/projects/" + project + "/documents", admin,
                    null).body()).size();
            boolean importOk = state.get("state").asText().equals("FAILED") && documents == 0
                    && !stopLog.contains("\tat ");
            check(importOk, "SIGTERM in import", "exited %.1f s after SIGTERM; the job: %s \"%s\"; documents stored: %d;"
                            + " stack traces in the log: %s", importStop.toMillis() / 1000.0, state.get("state").asText(),
                    state.get("message").asText(), documents, stopLog.contains("\tat ") ? "YES" : "none");

            sigtermDuringExport(server, admin, project);
        }
    }

    // ---- SIGKILL ---------------------------------------------------------------------------------------------------

    /**
     * Found by an operator: after a kill -9 and a restart the import job still showed "RUNNING 31 %" for three
     * minutes (until the heartbeat gave it up), and a retry with its Idempotency-Key got the dead job back. On H2 the
     * restarted server is the only one: it fails its last run's jobs as it starts.
     */
    private void killedDuringImport() throws Exception {
        String password = password();
        try (var server = h2Server("killed", "-Xmx1g", password)) {
            server.start();
            Map<String, String> admin = Map.of("Authorization", RawHttp.basic("admin", password));
            long project = project(server, admin, "Killed");
            long job = runningImport(server, admin, project, "Killed half way", 5);
            server.kill();
            server.start();
            JsonNode state = http.json(http.send(server.base(), "GET", "/api/jobs/" + job, admin, null).body());
            check(state.get("state").asText().equals("FAILED"), "SIGKILL in import", "as the server is ready again,"
                    + " the job: %s \"%s\"", state.get("state").asText(), state.get("message").asText());
        }
    }

    /** A TMX export read slowly; SIGTERM once its first bytes arrived; it must still arrive whole, then Tandem exit. */
    private void sigtermDuringExport(TandemServer server, Map<String, String> admin, long project) throws Exception {
        var corpus = SyntheticCorpus.generate(20_000, 4);
        var imported = http.send(server.base(), "POST", "/api/projects/" + project + "/documents", admin,
                Map.of("title", "Exported while stopping", "sourceText", corpus.source(), "targetText",
                        corpus.target(), "segmentation", "lines"));
        long document = imported.statusCode() == 201 ? http.json(imported, 201, "import").get("id").asLong()
                : jobDocument(server, admin, http.json(imported, 202, "import as a job").get("id").asLong());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(server.base()
                        + "/api/documents/" + document + "/export?format=tmx&status=all"))
                .header("Authorization", admin.get("Authorization")).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        var received = new java.io.ByteArrayOutputStream();
        Duration[] stopped = new Duration[1];
        Thread terminator;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[8192];
            received.write(buffer, 0, body.read(buffer));
            terminator = new Thread(() -> stopped[0] = server.terminate(Duration.ofSeconds(90)));
            terminator.start();
            for (int n = body.read(buffer), reads = 0; n >= 0; n = body.read(buffer), reads++) {
                received.write(buffer, 0, n);
                if (reads < 200) {
                    Thread.sleep(10); // a slow client: the export is still being written when SIGTERM comes
                }
            }
        } catch (IOException e) {
            terminator = null;
        }
        if (terminator != null) {
            terminator.join();
        }
        String tmx = received.toString(StandardCharsets.UTF_8);
        boolean whole = tmx.stripTrailing().endsWith("</tmx>");
        int units = tmx.split("<tu[ >]", -1).length - 1;
        check(response.statusCode() == 200 && whole && stopped[0] != null, "SIGTERM in export", "the export under way"
                        + " when SIGTERM came arrived %s (%d units, %d KB); Tandem then exited after %s",
                whole ? "whole" : "CUT OFF", units, tmx.length() / 1024,
                stopped[0] == null ? "NOT AT ALL" : String.format(Locale.ROOT, "%.1f s", stopped[0].toMillis() / 1000.0));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Waits for an import job to finish and returns its document. */
    private long jobDocument(TandemServer server, Map<String, String> admin, long job) {
        JsonNode[] last = new JsonNode[1];
        waitFor(Duration.ofMinutes(5), () -> {
            last[0] = http.json(http.send(server.base(), "GET", "/api/jobs/" + job, admin, null).body());
            return last[0].get("state").asText().equals("DONE");
        });
        if (last[0] == null || !last[0].get("state").asText().equals("DONE")) {
            throw new IllegalStateException("import job " + job + " did not finish: " + last[0]);
        }
        return last[0].get("documentIds").get(0).asLong();
    }

    private static Duration waitFor(Duration limit, Supplier<Boolean> condition) {
        long begin = System.nanoTime();
        while (System.nanoTime() - begin < limit.toNanos()) {
            try {
                if (condition.get()) {
                    return Duration.ofNanos(System.nanoTime() - begin);
                }
            } catch (RuntimeException e) {
                // not answering yet
            }
            TandemServer.sleep(250);
        }
        return null;
    }

    private static int run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void check(boolean ok, String what, String format, Object... arguments) {
        System.out.printf(Locale.ROOT, "  %s %-18s %s%n", ok ? "ok  " : "FAIL", what,
                String.format(Locale.ROOT, format, arguments));
        if (!ok) {
            failures.add(what);
        }
    }

    // ---- an import larger than the heap ---------------------------------------------------------------------------

    /**
     * A 60,000-line import in a 160 MB heap: the aligner runs out of memory. The job ends FAILED saying so (not as one
     * of a stopped instance), nothing is stored, and the server goes on: ready, and a small import after it is stored.
     */
    private void importOutOfMemory() throws Exception {
        String password = password();
        try (var server = h2Server("out-of-memory", "-Xmx160m", password)) {
            server.start();
            var admin = new LoopbackClient(server.base(), "admin", password);
            long project = admin.json(admin.post("/api/projects", Map.of("name", "Too large", "sourceLanguage", "en",
                    "targetLanguage", "de"))).get("id").asLong();
            var corpus = SyntheticCorpus.generate(60_000, 160L);
            var failed = admin.importDocument(project, Map.of("title", "too large", "sourceText", corpus.source(),
                            "targetText", corpus.target(), "segmentation", "lines"), Map.of("Prefer", "respond-async"),
                    Duration.ofMinutes(5), job -> { }, 500);
            String message = failed.status() == 500 ? admin.json(failed).path("message").asText() : "";
            JsonNode listed = admin.json(admin.get("/api/projects/" + project + "/documents"));
            int documents = listed.isArray() ? listed.size() : -1;
            int ready = http.send(server.base(), "GET", "/q/health/ready", Map.of(), null).statusCode();
            var small = admin.importDocument(project, Map.of("title", "small", "sourceText", "One line.\nTwo lines.\n",
                    "targetText", "Eine Zeile.\nZwei Zeilen.\n", "segmentation", "lines"), Duration.ofMinutes(1));
            boolean ok = message.contains("ran out of memory") && documents == 0 && ready == 200
                    && small.status() == 201;
            check(ok, "import out of memory", "job: %s; documents stored by it %d; readiness %d; a small import"
                    + " after it: %d", message.isEmpty() ? failed.status() + " " + LoopbackClient.abbreviate(
                            failed.body()) : message, documents, ready, small.status());
        }
    }

    /** A new en→de project called {@code name}; its id. */
    private long project(TandemServer server, Map<String, String> admin, String name) {
        return http.json(http.send(server.base(), "POST", "/api/projects", admin, Map.of("name", name,
                "sourceLanguage", "en", "targetLanguage", "de")), 201, "create a project").get("id").asLong();
    }

    /** The id of a 40,000-pair import job (made from {@code seed}) once it is running: long enough to stop halfway. */
    private long runningImport(TandemServer server, Map<String, String> admin, long project, String title, int seed) {
        var corpus = SyntheticCorpus.generate(40_000, seed);
        var accepted = http.send(server.base(), "POST", "/api/projects/" + project + "/documents",
                Map.of("Authorization", admin.get("Authorization"), "Prefer", "respond-async"),
                Map.of("title", title, "sourceText", corpus.source(), "targetText", corpus.target(),
                        "segmentation", "lines"));
        long job = http.json(accepted, 202, "import as a job").get("id").asLong();
        waitFor(Duration.ofSeconds(120), () -> http.json(http.send(server.base(), "GET", "/api/jobs/" + job, admin,
                null).body()).get("state").asText().equals("RUNNING"));
        return job;
    }

    /** An H2 server (not started) with a data directory of its own under {@code name}, and {@code heap}. */
    private TandemServer h2Server(String name, String heap, String password) throws IOException {
        Path work = dir.resolve(name);
        Files.createDirectories(work);
        return new TandemServer(h2Jar, work, Map.of("TANDEM_ADMIN_INITIAL_PASSWORD", password),
                List.of(heap, "-Dtandem.data-dir=" + work.resolve("data")));
    }

    private static String password() {
        return "failure-" + Long.toHexString(new SecureRandom().nextLong());
    }
}
