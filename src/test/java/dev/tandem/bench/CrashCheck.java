// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Crash safety, measured: the packaged server is killed with SIGKILL during a burst of review edits from concurrent
 * clients, during a large import and during an export, on H2 and on PostgreSQL, and restarted each time. After every
 * restart it checks that the database opens, that every edit answered 200 is there (the document's version, the
 * history entry at that version, and its effect on the pair or sentence unless a later edit changed it), that no
 * version was given out twice, that every document is whole (its pairs tile both sides' sentences) and that an
 * import is stored whole or not at all, and that a new export is complete. It prints a table per database and exits
 * non-zero if anything acknowledged was lost or anything is half there.
 *
 * <pre>./mvnw -q test-compile exec:java@crash-check [-Dtandem.crash.databases=h2,pg] [-Dtandem.crash.rounds=4]
 *     [-Dtandem.crash.clients=10] [-Dtandem.crash.import-kills=4] [-Dtandem.crash.export-kills=2] …</pre>
 * The H2 jar is {@code target/quarkus-app}, the PostgreSQL one {@code target/quarkus-app-pg} (see the README and
 * {@code src/test/scripts/crash-check.sh}, which builds both).
 */
public final class CrashCheck {
    private static final int MAX_ATTEMPTS = 30;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What to run; all from system properties. */
    record Settings(List<String> databases, Path h2Jar, Path pgJar, Path workDir, int rounds, int clients,
                    int documents, int lines, int importKills, int importLines, int exportKills, int minBurstMillis,
                    int maxBurstMillis, long seed, List<String> serverOptions) {
        static Settings fromSystemProperties() {
            String options = System.getProperty("tandem.crash.server-options", "").strip();
            return new Settings(
                    Arrays.stream(System.getProperty("tandem.crash.databases", "h2,pg").split(","))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    Path.of(System.getProperty("tandem.crash.h2-jar", "target/quarkus-app/quarkus-run.jar")),
                    Path.of(System.getProperty("tandem.crash.pg-jar", "target/quarkus-app-pg/quarkus-run.jar")),
                    Path.of(System.getProperty("tandem.crash.work-dir", "target/crash-check")),
                    Integer.getInteger("tandem.crash.rounds", 4),
                    Integer.getInteger("tandem.crash.clients", 10),
                    Integer.getInteger("tandem.crash.documents", 4),
                    Integer.getInteger("tandem.crash.lines", 300),
                    Integer.getInteger("tandem.crash.import-kills", 4),
                    Integer.getInteger("tandem.crash.import-lines", 5_000),
                    Integer.getInteger("tandem.crash.export-kills", 2),
                    Integer.getInteger("tandem.crash.min-burst-ms", 3000),
                    Integer.getInteger("tandem.crash.max-burst-ms", 8000),
                    Long.getLong("tandem.crash.seed", new SecureRandom().nextLong() & 0xFFFF_FFFFL),
                    options.isEmpty() ? List.of() : List.of(options.split("\\s+")));
        }
    }

    /** One database's figures. */
    record Summary(String database, int rounds, int acknowledged, int found, int reused,
                   int effectsChecked, int effectsWrong, int unknownOutcomes, int importsKilled, int importsStored,
                   int importsLost, int importsKilledStoring, int halfDocuments, int exportsKilled, int exportsComplete, int exportsChecked,
                   int restarts, double seconds) {
        boolean passed() {
            return found == acknowledged && reused == 0 && effectsWrong == 0 && importsLost == 0
                    && halfDocuments == 0 && exportsComplete == exportsChecked;
        }
    }

    private final Settings settings;
    private final Random random;

    private CrashCheck(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        String problem = missingPrerequisite(settings);
        if (problem != null) {
            System.err.println(problem);
            System.exit(2);
            return;
        }
        System.out.printf(Locale.ROOT, "Tandem crash check: kill -9 during edits (%d rounds, %d clients on %d "
                        + "documents of %d pairs), during imports (%d of %,d lines) and during exports (%d); seed %d "
                        + "(-Dtandem.crash.seed=%d repeats the choices)%n", settings.rounds(), settings.clients(),
                settings.documents(), settings.lines(), settings.importKills(), settings.importLines(),
                settings.exportKills(), settings.seed(), settings.seed());
        var check = new CrashCheck(settings);
        var summaries = new ArrayList<Summary>();
        for (String database : settings.databases()) {
            summaries.add(check.run(database));
        }
        printTable(summaries);
        System.exit(summaries.stream().allMatch(Summary::passed) ? 0 : 1);
    }

    private static String missingPrerequisite(Settings settings) {
        for (String database : settings.databases()) {
            Path jar = database.equals("pg") ? settings.pgJar() : settings.h2Jar();
            if (!database.equals("h2") && !database.equals("pg")) {
                return "Unknown database '" + database + "': use h2, pg or h2,pg.";
            }
            if (!Files.isRegularFile(jar)) {
                return "No " + jar + ". Build it first: ./mvnw -B -DskipTests package"
                        + (database.equals("pg") ? " -Dquarkus.profile=pg -Dquarkus.package.output-directory=quarkus-app-pg"
                        : "") + " (or run src/test/scripts/crash-check.sh, which builds both).";
            }
            if (database.equals("pg") && ThrowAwayPostgres.binaries() == null) {
                return "No PostgreSQL under /usr/lib/postgresql: apt-get install -y postgresql, or "
                        + "-Dtandem.crash.databases=h2.";
            }
        }
        return null;
    }

    // ---- one database ---------------------------------------------------------------------------------------------

    /** The state of one database's run: its server, client, project and documents, and what was acknowledged. */
    private final class Run {
        final String database;
        final TandemServer server;
        final String password;
        final EditLedger ledger = new EditLedger();
        final List<Long> edited = new ArrayList<>();
        final Map<Long, Long> sentencesPerSide = new HashMap<>();
        final List<Long> halfDocuments = new ArrayList<>();
        LoopbackClient client;
        long project;
        int restarts;

        Run(String database, TandemServer server, String password) {
            this.database = database;
            this.server = server;
            this.password = password;
        }

        void restart() {
            Duration took = server.start();
            restarts++;
            client = new LoopbackClient(server.base(), "admin", password);
            System.out.printf(Locale.ROOT, "    restarted: the database opened, ready in %.1f s%n", took.toMillis() / 1000.0);
        }

        DocumentState read(long document) {
            DocumentState state = DocumentState.read(client, document, sentencesPerSide.getOrDefault(document, -1L));
            if (!state.whole() && !halfDocuments.contains(document)) {
                halfDocuments.add(document);
                System.out.printf(Locale.ROOT, "    HALF DOCUMENT %d (%s): %s%n", document, state.title(), state.fault());
            }
            return state;
        }
    }

    private Summary run(String database) throws Exception {
        long start = System.nanoTime();
        Path dir = settings.workDir().resolve(database + "-" + LocalDateTime.now().format(STAMP)).toAbsolutePath();
        Files.createDirectories(dir);
        String password = "crash-" + Long.toHexString(new SecureRandom().nextLong());
        var environment = new HashMap<String, String>();
        environment.put("TANDEM_ADMIN_INITIAL_PASSWORD", password);
        var options = new ArrayList<String>(settings.serverOptions());
        options.add("-Dtandem.data-dir=" + dir.resolve("data"));
        ThrowAwayPostgres postgres = null;
        if (database.equals("pg")) {
            postgres = ThrowAwayPostgres.start(ThrowAwayPostgres.binaries());
            environment.putAll(postgres.environment());
        }
        Path jar = (database.equals("pg") ? settings.pgJar() : settings.h2Jar()).toAbsolutePath();
        System.out.printf(Locale.ROOT, "%n== %s: %s, logs in %s%n", database, jar, dir);
        try (var server = new TandemServer(jar, dir, environment, options)) {
            var run = new Run(database, server, password);
            run.restart();
            setUp(run);
            EditLedger.Verdict verdict = null;
            for (int round = 1; round <= settings.rounds(); round++) {
                verdict = editRound(run, round);
            }
            int[] imports = importKills(run);
            int[] exports = exportKills(run);
            verdict = verifyEdits(run, "at the end");
            server.close();
            return new Summary(database, settings.rounds(), verdict.acknowledged(), verdict.found(), verdict.replaced(), verdict.effectsChecked(), verdict.effectsWrong(),
                    run.ledger.unknownOutcomes(), imports[0], imports[1], imports[2], imports[3], run.halfDocuments.size(),
                    exports[0], exports[1], settings.exportKills(), run.restarts, (System.nanoTime() - start) / 1e9);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private void setUp(Run run) {
        var reply = run.client.post("/api/projects", Map.of("name", "Crash check", "sourceLanguage", "en",
                "targetLanguage", "de"));
        require(reply, 201, "create the project");
        run.project = run.client.json(reply).get("id").asLong();
        for (int i = 0; i < settings.documents(); i++) {
            run.edited.add(importDocument(run, "Edited " + (i + 1), settings.lines(), settings.seed() + i));
        }
        System.out.printf(Locale.ROOT, "    imported %d documents of %d lines to edit%n", settings.documents(),
                settings.lines());
    }

    // ---- kill during edits ----------------------------------------------------------------------------------------

    /** What the clients of one burst share: whether the server was killed, and when. */
    private static final class Burst {
        final AtomicBoolean killed = new AtomicBoolean();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();
        volatile long killedAt;
    }

    private EditLedger.Verdict editRound(Run run, int round) throws InterruptedException {
        var burst = new Burst();
        var threads = new ArrayList<Thread>();
        for (int index = 0; index < settings.clients(); index++) {
            var clientRandom = new Random(random.nextLong());
            int client = index;
            Thread thread = new Thread(() -> editLoop(run, burst, clientRandom, round, client), "client-" + index);
            thread.start();
            threads.add(thread);
        }
        long delay = settings.minBurstMillis() + random.nextInt(Math.max(1,
                settings.maxBurstMillis() - settings.minBurstMillis()));
        Thread.sleep(delay);
        burst.killed.set(true);
        burst.killedAt = System.nanoTime();
        run.server.kill();
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        long last = run.ledger.lastAckNanos(round);
        System.out.printf(Locale.ROOT, "  round %d: killed after %.1f s; %d edits acknowledged (the last %s before "
                        + "the kill), %d×409 retried, %d×422, %d unexpected errors%n", round, delay / 1000.0,
                run.ledger.acknowledged(round), last == Long.MIN_VALUE ? "none"
                        : last >= burst.killedAt ? "0 ms (its answer was on its way as the kill began)"
                        : String.format(Locale.ROOT, "%.1f ms", (burst.killedAt - last) / 1e6),
                burst.conflicts.get(), burst.refused.get(), burst.errors.get());
        run.restart();
        EditLedger.Verdict verdict = verifyEdits(run, "after round " + round);
        probeVersions(run, round);
        return verdict;
    }

    /** One client: read a document's version and a pair, send an edit made on that version; until the kill. */
    private void editLoop(Run run, Burst burst, Random random, int round, int client) {
        int n = 0;
        while (!burst.killed.get()) {
            long document = run.edited.get(random.nextInt(run.edited.size()));
            try {
                editOnce(run, burst, random, document, round, client + "n" + n++);
            } catch (UncheckedIOException e) {
                if (!burst.killed.get()) {
                    burst.errors.incrementAndGet();
                    System.err.println("client " + client + ": " + e.getMessage());
                }
            }
        }
    }

    private void editOnce(Run run, Burst burst, Random random, long document, int round, String tag) {
        var summaryReply = run.client.get("/api/documents/" + document);
        require(summaryReply, 200, "read the document");
        JsonNode summary = run.client.json(summaryReply);
        long version = summary.get("version").asLong();
        int position = random.nextInt(Math.max(1, summary.get("pairs").asInt() - 1));
        var pageReply = run.client.get("/api/documents/" + document + "/pairs?offset=" + position + "&limit=2");
        require(pageReply, 200, "read a pair");
        JsonNode items = run.client.json(pageReply).get("items");
        JsonNode pair = items.get(0);
        long id = pair.get("id").asLong();
        int kind = random.nextInt(10);
        if (kind >= 8 && items.size() == 2) {
            run.ledger.structural(document, List.of("pair:" + id, "pair:" + items.get(1).get("id").asLong()));
            JsonNode merged = send(run, burst, document, version, Map.of("op", "merge-pairs", "pair", id), null, null,
                    round);
            if (merged != null) {
                JsonNode whole = merged.get("pairs").get(0);
                run.ledger.structural(document, List.of("pair:" + whole.get("id").asLong()));
                send(run, burst, document, merged.get("version").asLong(), Map.of("op", "split-pair", "pair",
                        whole.get("id").asLong(), "sourceCount", pair.get("source").size(), "targetCount",
                        pair.get("target").size()), null, null, round);
            }
        } else if (kind >= 4 && !pair.get("target").isEmpty()) {
            JsonNode sentence = pair.get("target").get(0);
            int index = sentence.get("index").asInt();
            String text = sentence.get("text").asText().replaceAll(" \\[r\\d+c[\\dn]+]$", "") + " [r" + round + "c"
                    + tag + "]";
            send(run, burst, document, version, Map.of("op", "edit-text", "side", "target", "index", index, "text",
                    text), "target:" + index, text, round);
        } else {
            String op = "CONFIRMED".equals(pair.get("status").asText()) ? "reject" : "confirm";
            send(run, burst, document, version, Map.of("op", op, "pair", id), "pair:" + id,
                    op.equals("confirm") ? "CONFIRMED" : "REJECTED", round);
        }
    }

    /**
     * Posts an edit made on {@code version}; on 409 takes the current version from the answer and posts again.
     * Returns the answer of a 200 (recorded in the ledger), or null when it was refused. A request the server never
     * answered is recorded as of unknown outcome, and its exception goes on.
     */
    private JsonNode send(Run run, Burst burst, long document, long version, Map<String, Object> edit, String target,
                          String effect, int round) {
        long base = version;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && !burst.killed.get(); attempt++) {
            var body = new LinkedHashMap<>(edit);
            body.put("baseVersion", base);
            LoopbackClient.Reply reply;
            try {
                reply = run.client.post("/api/documents/" + document + "/edits", body, Duration.ofSeconds(30));
            } catch (UncheckedIOException e) {
                run.ledger.unknown(document, targetsOf(edit, target), round);
                throw e;
            }
            if (reply.status() == 200) {
                JsonNode result = run.client.json(reply);
                JsonNode made = result.get("edit");
                run.ledger.acked(new EditLedger.Ack(document, result.get("version").asLong(), made.get("id").asLong(),
                        made.get("operation").asText(), made.get("summary").asText(), target, effect, round,
                        System.nanoTime()));
                return result;
            }
            if (reply.status() == 409) {
                burst.conflicts.incrementAndGet();
                base = run.client.json(reply).get("currentVersion").asLong();
                continue;
            }
            if (reply.status() == 422) {
                burst.refused.incrementAndGet();
            } else {
                burst.errors.incrementAndGet();
                System.err.println("Unexpected " + reply.status() + " for " + body + ": "
                        + LoopbackClient.abbreviate(reply.body()));
            }
            return null;
        }
        return null;
    }

    private static List<String> targetsOf(Map<String, Object> edit, String target) {
        if (target != null) {
            return List.of(target);
        }
        return List.of("pair:" + edit.get("pair"));
    }

    /** Checks every edit acknowledged so far, and that every edited document is whole. */
    private EditLedger.Verdict verifyEdits(Run run, String when) {
        var states = new HashMap<Long, DocumentState>();
        var histories = new HashMap<Long, JsonNode>();
        for (long document : run.edited) {
            states.put(document, run.read(document));
            var history = run.client.get("/api/documents/" + document + "/edits");
            require(history, 200, "read the history");
            histories.put(document, run.client.json(history));
        }
        EditLedger.Verdict verdict = run.ledger.verify(states, histories);
        System.out.printf(Locale.ROOT, "    %s: %d of %d acknowledged edits found (%d lost, %d versions given to "
                        + "another edit); %d of %d effects checked are right; %d of %d edited documents whole%n", when,
                verdict.found(), verdict.acknowledged(), verdict.missing(), verdict.replaced(),
                verdict.effectsChecked() - verdict.effectsWrong(), verdict.effectsChecked(),
                states.values().stream().filter(DocumentState::whole).count(), states.size());
        verdict.problems().forEach(problem -> System.out.println("      " + problem));
        return verdict;
    }

    /**
     * Versions are never given out twice: one more edit on each document must get a version above every version
     * acknowledged for it before the kill.
     */
    private void probeVersions(Run run, int round) {
        int reused = 0;
        for (long document : run.edited) {
            long highest = run.ledger.highestVersion(document);
            DocumentState state = run.read(document);
            long pair = state.statusByPair().keySet().stream().min(Long::compare).orElseThrow();
            String op = "CONFIRMED".equals(state.statusByPair().get(pair)) ? "reject" : "confirm";
            JsonNode result = send(run, new Burst(), document, state.version(), Map.of("op", op, "pair", pair),
                    "pair:" + pair, op.equals("confirm") ? "CONFIRMED" : "REJECTED", round);
            if (result == null) {
                throw new IllegalStateException("the probe edit on document " + document + " was refused");
            }
            if (result.get("version").asLong() <= highest) {
                reused++;
                System.out.printf(Locale.ROOT, "      document %d: a new edit got version %d, already acknowledged "
                        + "before the kill (up to %d)%n", document, result.get("version").asLong(), highest);
            }
        }
        System.out.printf(Locale.ROOT, "    a new edit on each document: %d of %d got a version acknowledged before%n",
                reused, run.edited.size());
    }

    // ---- kill during imports --------------------------------------------------------------------------------------

    /**
     * Returns {imports killed in flight, stored whole after the restart, acknowledged but lost, killed while storing}.
     * Odd kills come at a random moment of the whole import (mostly while it aligns), even ones while the prepared
     * document is being stored: the import runs as a job, and the kill comes at a random moment of its storing phase.
     */
    private int[] importKills(Run run) throws InterruptedException {
        if (settings.importKills() == 0) {
            return new int[4];
        }
        JobTiming timing = timedJob(run, "Import to time", settings.importLines(), settings.seed() - 1);
        System.out.printf(Locale.ROOT, "  imports: %,d lines take %.1f s, %.1f s of it storing; killing %d imports at "
                        + "random moments, every second one while it stores%n", settings.importLines(),
                timing.totalMillis() / 1000, timing.storeMillis() / 1000, settings.importKills());
        int killed = 0;
        int stored = 0;
        int lost = 0;
        int whileStoring = 0;
        for (int k = 1; k <= settings.importKills(); k++) {
            String title = "Import killed " + k;
            long seed = settings.seed() + 1000 + k;
            boolean storing = k % 2 == 0;
            var answered = new AtomicReference<Long>();
            var storingFrom = new AtomicLong();
            Thread importer = new Thread(() -> {
                try {
                    answered.set(storing ? importAsJob(run, title, settings.importLines(), seed, storingFrom)
                            : importDocument(run, title, settings.importLines(), seed));
                } catch (UncheckedIOException e) {
                    // killed in flight: what was stored is checked after the restart
                }
            }, "importer");
            long begin = System.nanoTime();
            importer.start();
            long delay;
            if (storing) {
                while (storingFrom.get() == 0 && importer.isAlive()) {
                    Thread.sleep(1);
                }
                Thread.sleep((long) (timing.storeMillis() * random.nextDouble()));
            } else {
                Thread.sleep((long) (timing.totalMillis() * (0.05 + 0.9 * random.nextDouble())));
            }
            delay = (System.nanoTime() - begin) / 1_000_000;
            run.server.kill();
            importer.join(60_000);
            boolean inFlight = answered.get() == null;
            killed += inFlight ? 1 : 0;
            whileStoring += inFlight && storing && storingFrom.get() != 0 ? 1 : 0;
            run.restart();
            List<Long> found = documentsTitled(run, title);
            for (long document : found) {
                run.sentencesPerSide.put(document, (long) settings.importLines());
                if (run.read(document).whole()) {
                    stored++;
                }
            }
            if (!inFlight && found.isEmpty()) {
                lost++;
            }
            System.out.printf(Locale.ROOT, "  import %d: killed after %.1f s %s; after the restart: %s%n", k,
                    delay / 1000.0, !inFlight ? "(it had already answered 201)"
                            : storing && storingFrom.get() != 0 ? "in flight, while storing" : "in flight",
                    found.isEmpty() ? "no document" : found.size() + " document(s), "
                            + (found.stream().allMatch(d -> !run.halfDocuments.contains(d)) ? "whole" : "HALF"));
        }
        return new int[] {killed, stored, lost, whileStoring};
    }

    /** How long an import job of this size takes, all of it and its storing phase. */
    private record JobTiming(double totalMillis, double storeMillis) {
    }

    private JobTiming timedJob(Run run, String title, int lines, long seed) {
        long begin = System.nanoTime();
        var storingFrom = new AtomicLong();
        importAsJob(run, title, lines, seed, storingFrom);
        long end = System.nanoTime();
        return new JobTiming((end - begin) / 1e6, (end - storingFrom.get()) / 1e6);
    }

    /**
     * Imports as a job ({@code Prefer: respond-async}) and polls it every few milliseconds, setting {@code storingFrom}
     * to {@link System#nanoTime()} when it first sees the job storing; returns the document's id when the job is done.
     */
    private long importAsJob(Run run, String title, int lines, long seed, AtomicLong storingFrom) {
        var corpus = SyntheticCorpus.generate(lines, seed);
        var reply = run.client.importDocument(run.project, Map.of("title", title, "sourceText", corpus.source(),
                        "targetText", corpus.target(), "segmentation", "lines"), Map.of("Prefer", "respond-async"),
                Duration.ofMinutes(10), state -> {
                    if (state.get("state").asText().equals("DONE")
                            || state.get("message").asText().startsWith("Storing")) {
                        storingFrom.compareAndSet(0, System.nanoTime());
                    }
                }, 5);
        require(reply, 201, "import " + title + " as a job");
        long id = run.client.json(reply).get("id").asLong();
        run.sentencesPerSide.put(id, (long) lines);
        return id;
    }

    private List<Long> documentsTitled(Run run, String title) {
        var reply = run.client.get("/api/projects/" + run.project + "/documents?limit=1000");
        require(reply, 200, "list the documents");
        var ids = new ArrayList<Long>();
        for (JsonNode document : run.client.json(reply)) {
            if (document.get("title").asText().equals(title)) {
                ids.add(document.get("id").asLong());
            }
        }
        return ids;
    }

    /**
     * Imports {@code lines} synthetic lines per side with {@code segmentation=lines}: a 201, or a job (202) followed
     * until it is done.
     */
    private long importDocument(Run run, String title, int lines, long seed) {
        var corpus = SyntheticCorpus.generate(lines, seed);
        var reply = run.client.importDocument(run.project, Map.of("title", title, "sourceText", corpus.source(),
                "targetText", corpus.target(), "segmentation", "lines"), Duration.ofMinutes(10));
        require(reply, 201, "import " + title);
        long id = run.client.json(reply).get("id").asLong();
        run.sentencesPerSide.put(id, (long) lines);
        return id;
    }

    // ---- kill during exports --------------------------------------------------------------------------------------

    /** Returns {exports killed in flight, complete exports after those restarts}. */
    private int[] exportKills(Run run) throws InterruptedException {
        int killed = 0;
        int complete = 0;
        String path = "/api/projects/" + run.project + "/export?format=tmx&status=all";
        for (int k = 1; k <= settings.exportKills(); k++) {
            var finished = new AtomicBoolean();
            var read = new AtomicInteger();
            Thread reader = new Thread(() -> {
                try (InputStream body = run.client.open(path).body()) {
                    byte[] buffer = new byte[8 * 1024];
                    for (int n; (n = body.read(buffer)) >= 0; ) {
                        read.addAndGet(n);
                        TandemServer.sleep(1);    // a slow reader keeps the export in flight
                    }
                    finished.set(true);
                } catch (IOException | UncheckedIOException e) {
                    // killed in flight
                }
            }, "exporter");
            long begin = System.nanoTime();
            reader.start();
            int killAt = random.nextInt(2 * 1024 * 1024);   // bytes read by then: anywhere in the first part
            while (read.get() < killAt && reader.isAlive()) {
                Thread.sleep(1);
            }
            long delay = (System.nanoTime() - begin) / 1_000_000;
            run.server.kill();
            reader.join(60_000);
            killed += finished.get() ? 0 : 1;
            run.restart();
            int expected = 0;
            var reply = run.client.get("/api/projects/" + run.project + "/documents?limit=1000");
            require(reply, 200, "list the documents");
            for (JsonNode document : run.client.json(reply)) {
                expected += run.read(document.get("id").asLong()).exportableUnits();
            }
            int units = countUnits(run, path);
            complete += units == expected ? 1 : 0;
            System.out.printf(Locale.ROOT, "  export %d: killed after %.1f s (%s, %,d bytes read); after the "
                            + "restart a new export has %,d units of %,d expected: %s%n", k, delay / 1000.0,
                    finished.get() ? "it had already finished" : "in flight", read.get(), units, expected,
                    units == expected ? "complete" : "INCOMPLETE");
        }
        return new int[] {killed, complete};
    }

    /** The {@code <tu>} elements of a TMX export, read to the end and parsed; -1 when it is not well-formed. */
    private static int countUnits(Run run, String path) {
        HttpResponse<InputStream> response = run.client.open(path);
        if (response.statusCode() != 200) {
            return -1;
        }
        try (InputStream body = response.body()) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(body);
            int units = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("tu")) {
                    units++;
                }
            }
            return units;
        } catch (IOException | XMLStreamException e) {
            System.out.println("    the export is not well-formed: " + e.getMessage());
            return -1;
        }
    }

    // ---- output ---------------------------------------------------------------------------------------------------

    private static void printTable(List<Summary> summaries) {
        var rows = new LinkedHashMap<String, java.util.function.Function<Summary, Object>>();
        rows.put("edit rounds (kill -9 during the edits)", Summary::rounds);
        rows.put("edits acknowledged (answered 200)", Summary::acknowledged);
        rows.put("edits found after the restarts", Summary::found);
        rows.put("edits lost", s -> s.acknowledged() - s.found());
        rows.put("versions given out twice", Summary::reused);
        rows.put("effects right / checked", s -> (s.effectsChecked() - s.effectsWrong()) + "/" + s.effectsChecked());
        rows.put("edits in doubt (in flight at a kill, no answer)", Summary::unknownOutcomes);
        rows.put("imports killed in flight", Summary::importsKilled);
        rows.put("  of them while storing the document", Summary::importsKilledStoring);
        rows.put("imports found whole after the restart", Summary::importsStored);
        rows.put("acknowledged imports lost", Summary::importsLost);
        rows.put("half documents", Summary::halfDocuments);
        rows.put("exports killed in flight", Summary::exportsKilled);
        rows.put("complete exports after those restarts", s -> s.exportsComplete() + "/" + s.exportsChecked());
        rows.put("restarts (each opened the database)", Summary::restarts);
        rows.put("time, s", s -> String.format(Locale.ROOT, "%.0f", s.seconds()));
        rows.put("result", s -> s.passed() ? "PASSED" : "FAILED");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-50s", "");
        summaries.forEach(s -> System.out.printf(Locale.ROOT, " %10s", s.database()));
        System.out.println();
        rows.forEach((name, value) -> {
            System.out.printf(Locale.ROOT, "%-50s", name);
            summaries.forEach(s -> System.out.printf(Locale.ROOT, " %10s", value.apply(s)));
            System.out.println();
        });
    }

    private static void require(LoopbackClient.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + reply.status() + ": "
                    + LoopbackClient.abbreviate(reply.body()));
        }
    }
}
