// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load a team's server holds, measured on packaged servers it starts itself (127.0.0.1 only): reviewers who
 * read a page of their document (the review page, HTML, or a page of pairs over the API) and confirm or reject a pair
 * on it, one after the other without pause, for a fixed time, after the same load for a warm-up that is not counted
 * but printed (the JIT compiles the server's hot paths then: two minutes before a server's first phase, since under
 * this load its one C2 compiler thread shares the two cores with some 25 runnable threads and had about a hundred
 * methods queued for a minute and more; 20 s before the next phases on the same server). Phases: {@code own}
 * (N clients, each on a document of its own of 1,600 pairs), {@code shared} (10 clients on one such document; 409s
 * are retried and counted), {@code large} (20 clients on two documents of 110,000 pairs) and {@code size} (one client
 * alone on a 1,600-pair document, then on a 110,000-pair one: what size costs without queueing). Setups: {@code h2}
 * (one instance) and {@code pg2} (two instances on one PostgreSQL, clients alternating between them). Prints, per
 * phase, throughput, p50/p95/p99 of each kind of request, errors, and the servers' peak heap and RSS.
 *
 * <p>{@code src/test/scripts/load-bench.sh} builds the servers and runs it; settings:
 * {@code -Dtandem.load.setups=h2,pg2}, {@code .phases=own,shared,size,large}, {@code .clients=50},
 * {@code .seconds=60}, {@code .warmup=120} (before a server's first phase), {@code .rewarm=20} (before the next
 * ones), {@code .pg2-turns=2} (each PostgreSQL instance's {@code tandem.requests.concurrent}), {@code .pairs=1600},
 * {@code .large-pairs=110000}, {@code .metrics=true} (after each phase, the named series of each server's last
 * {@code /q/metrics} scrape during it).
 */
public final class LoadBenchmark {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final int clients = Integer.getInteger("tandem.load.clients", 50);
    private final int seconds = Integer.getInteger("tandem.load.seconds", 60);
    private final int warmup = Integer.getInteger("tandem.load.warmup", 120);
    private final int rewarm = Integer.getInteger("tandem.load.rewarm", 20);
    private final int pg2Turns = Integer.getInteger("tandem.load.pg2-turns", 2);
    private final int pairs = Integer.getInteger("tandem.load.pairs", 1600);
    private final int largePairs = Integer.getInteger("tandem.load.large-pairs", 110_000);
    /** Whether the servers of the setup being run have had their first, longer warm-up. */
    private boolean warmed;
    private final List<String> phases =
            List.of(System.getProperty("tandem.load.phases", "own,shared,size,large").split(","));
    /** Extra options for the servers' JVMs, e.g. {@code -XX:StartFlightRecording=…} to profile them. */
    private final List<String> serverOptions = System.getProperty("tandem.load.server-options", "").isBlank()
            ? List.of() : List.of(System.getProperty("tandem.load.server-options").trim().split("\\s+"));

    public static void main(String[] args) throws Exception {
        List<String> setups = List.of(System.getProperty("tandem.load.setups", "h2,pg2").split(","));
        Path dir = Path.of("target", "load-bench", LocalDateTime.now().format(STAMP)).toAbsolutePath();
        var bench = new LoadBenchmark();
        for (String setup : setups) {
            Files.createDirectories(dir.resolve(setup));
            switch (setup) {
                case "h2" -> bench.h2(Path.of(System.getProperty("tandem.load.h2-jar",
                        "target/quarkus-app/quarkus-run.jar")).toAbsolutePath(), dir.resolve(setup));
                case "pg2" -> bench.pg2(Path.of(System.getProperty("tandem.load.pg-jar",
                        "target/quarkus-app-pg/quarkus-run.jar")).toAbsolutePath(), dir.resolve(setup));
                default -> throw new IllegalArgumentException("setup " + setup + ": h2 or pg2");
            }
        }
        System.exit(0);
    }

    private void h2(Path jar, Path dir) throws Exception {
        String password = password();
        try (var server = new TandemServer(jar, dir, Map.of("TANDEM_ADMIN_INITIAL_PASSWORD", password),
                options("-Xmx2g", "-Dtandem.data-dir=" + dir.resolve("data")))) {
            server.start();
            run("H2, one instance", List.of(server), password);
        }
    }

    private void pg2(Path jar, Path dir) throws Exception {
        String password = password();
        try (var postgres = ThrowAwayPostgres.start(ThrowAwayPostgres.binaries())) {
            var environment = new HashMap<>(postgres.environment());
            environment.put("TANDEM_ADMIN_INITIAL_PASSWORD", password);
            Files.createDirectories(dir.resolve("a"));
            Files.createDirectories(dir.resolve("b"));
            // Two instances and PostgreSQL share this machine's cores, and each would take four turns per core
            // for itself: each gets its share instead, as an operator would set it (README, "Load").
            String turns = "-Dtandem.requests.concurrent=" + pg2Turns;
            try (var a = new TandemServer(jar, dir.resolve("a"), environment, options("-Xmx2g", turns,
                    "-Dtandem.data-dir=" + dir.resolve("a/data")));
                 var b = new TandemServer(jar, dir.resolve("b"), environment, options("-Xmx2g", turns,
                         "-Dtandem.data-dir=" + dir.resolve("b/data")))) {
                a.start();
                b.start();
                run("PostgreSQL, two instances, " + pg2Turns + " turns each", List.of(a, b), password);
            }
        }
    }

    private void run(String setup, List<TandemServer> servers, String password) throws Exception {
        var admin = new LoopbackClient(servers.get(0).base(), "admin", password);
        long project = admin.json(admin.post("/api/projects", Map.of("name", "Load", "sourceLanguage", "en",
                "targetLanguage", "de"))).get("id").asLong();
        System.out.printf(Locale.ROOT, "%n== %s: %d s per phase, %s%n", setup, seconds, phases);
        System.out.printf(Locale.ROOT, "%-34s %8s %-22s %6s %8s %8s %8s %7s %7s %9s %9s%n", "phase", "req/s", "request",
                "n", "p50 ms", "p95 ms", "p99 ms", "errors", "409s", "heap MB", "RSS MB");
        warmed = false;
        List<Long> own = phases.contains("own") || phases.contains("size")
                ? importDocuments(admin, project, phases.contains("own") ? clients : 1, pairs, "own") : List.of();
        if (phases.contains("own")) {
            phase(clients + " clients, own 1.6k-pair documents", servers, password, own);
        }
        if (phases.contains("shared")) {
            List<Long> shared = importDocuments(admin, project, 1, pairs, "shared");
            phase("10 clients, one shared document", servers, password,
                    java.util.Collections.nCopies(10, shared.get(0)));
        }
        List<Long> large = phases.contains("large") || phases.contains("size")
                ? importDocuments(admin, project, 2, largePairs, "large") : List.of();
        if (phases.contains("size")) {
            // one reviewer alone: what the size of the document costs a page and an edit, without queueing
            phase("1 client, a 1.6k-pair document", servers, password, List.of(own.get(0)));
            phase("1 client, a 110k-pair document", servers, password, List.of(large.get(1)));
        }
        if (phases.contains("large")) {
            var documents = new ArrayList<Long>();
            for (int i = 0; i < 20; i++) {
                documents.add(large.get(i % 2));
            }
            phase("20 clients, two 110k-pair documents", servers, password, documents);
        }
    }

    private List<Long> importDocuments(LoopbackClient admin, long project, int count, int lines, String name) {
        long start = System.nanoTime();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            var corpus = SyntheticCorpus.generate(lines, 1000L * lines + i);
            var reply = admin.importDocument(project, Map.of("title", name + " " + i, "sourceText", corpus.source(),
                    "targetText", corpus.target(), "segmentation", "lines"), Duration.ofMinutes(15));
            if (reply.status() != 201) {
                throw new IllegalStateException("import answered " + reply.status() + ": "
                        + LoopbackClient.abbreviate(reply.body()));
            }
            ids.add(admin.json(reply).get("id").asLong());
        }
        System.out.printf(Locale.ROOT, "  (imported %d document(s) of %,d pairs in %.0f s)%n", count, lines,
                (System.nanoTime() - start) / 1e9);
        return ids;
    }

    /** One client per entry of {@code documents} (the document it works on), for {@link #seconds}. */
    private void phase(String name, List<TandemServer> servers, String password, List<Long> documents)
            throws Exception {
        var page = new Latencies();
        var api = new Latencies();
        var edit = new Latencies();
        var errors = new AtomicInteger();
        var conflicts = new AtomicInteger();
        var requests = new AtomicLong();
        var sampler = new ResourceSampler(servers);
        coldPages(servers.get(0), password, documents);
        int warming = warmed ? rewarm : warmup;
        warmed = true;
        if (warming > 0) {
            // the same load, not counted: a server measured right after it started would be measured compiling itself
            var warmPage = new Latencies();
            var warmEdit = new Latencies();
            var warmRequests = new AtomicLong();
            double took = drive(servers, password, documents, warming, warmPage, new Latencies(), warmEdit,
                    new AtomicInteger(), new AtomicInteger(), warmRequests);
            System.out.printf(Locale.ROOT, "  (warm-up, %d s, not counted: %.1f req/s, review page p95 %.0f ms, "
                    + "edit p95 %.0f ms)%n", warming, warmRequests.get() / took, warmPage.p95(), warmEdit.p95());
        }
        sampler.start();
        double elapsed = drive(servers, password, documents, seconds, page, api, edit, errors, conflicts, requests);
        sampler.stop();
        String head = String.format(Locale.ROOT, "%-34s %8.1f", name, requests.get() / elapsed);
        String blank = String.format(Locale.ROOT, "%-34s %8s", "", "");
        System.out.println(row(head, "review page (HTML)", page, errors.get(), conflicts.get(), sampler));
        System.out.println(row(blank, "pairs page (API)", api, -1, -1, null));
        System.out.println(row(blank, "edit (confirm/reject)", edit, -1, -1, null));
        if (Boolean.getBoolean("tandem.load.metrics")) {
            sampler.printMetrics();
        }
    }

    /** Runs one client per entry of {@code documents} for {@code duration} seconds; answers the seconds it took. */
    private double drive(List<TandemServer> servers, String password, List<Long> documents, int duration,
                                Latencies page, Latencies api, Latencies edit, AtomicInteger errors,
                                AtomicInteger conflicts, AtomicLong requests) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(duration).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(documents.size());
        long begin = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < documents.size(); c++) {
                var client = new LoopbackClient(servers.get(c % servers.size()).base(), "admin", password);
                long document = documents.get(c);
                var random = new Random(c);
                running.add(pool.submit(() -> {
                    review(client, document, random, deadline, page, api, edit, errors, conflicts, requests);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    /**
     * The first review page of each document, before the phase (not in its figures): what a reviewer opening a
     * document nobody has read since the server started waits for, printed when it is over 100 ms.
     */
    private static void coldPages(TandemServer server, String password, List<Long> documents) {
        var client = new LoopbackClient(server.base(), "admin", password);
        for (long document : new java.util.LinkedHashSet<>(documents)) {
            var reply = client.get("/documents/" + document + "?page=1");
            if (!reply.ok() || reply.millis() > 100) {
                System.out.printf(Locale.ROOT, "  (document %d, first review page since start: %d, %.0f ms)%n",
                        document, reply.status(), reply.millis());
            }
        }
    }

    private static String row(String head, String kind, Latencies latencies, int errors, int conflicts,
                              ResourceSampler sampler) {
        return String.format(Locale.ROOT, "%s %-22s %6d %8.0f %8.0f %8.0f %7s %7s %9s %9s", head, kind,
                latencies.count(), latencies.median(), latencies.p95(), latencies.percentile(99),
                errors < 0 ? "" : errors, conflicts < 0 ? "" : conflicts, sampler == null ? "" : sampler.heap(),
                sampler == null ? "" : sampler.rss());
    }

    /** A reviewer without pause: a page, then a confirm or reject of a pair on it, with retries on 409. */
    private void review(LoopbackClient client, long document, Random random, long deadline, Latencies page,
                        Latencies api, Latencies edit, AtomicInteger errors, AtomicInteger conflicts,
                        AtomicLong requests) {
        JsonNode summary = client.json(client.get("/api/documents/" + document));
        long total = summary.get("pairs").asLong();
        long version = summary.get("version").asLong();
        for (int step = 0; System.nanoTime() < deadline; step++) {
            long offset = (long) (random.nextDouble() * Math.max(1, total - 50));
            if (step % 2 == 0) {
                var reply = client.get("/documents/" + document + "?page=" + (offset / 50 + 1));
                requests.incrementAndGet();
                count(reply, page, errors);
            }
            var reply = client.get("/api/documents/" + document + "/pairs?offset=" + offset + "&limit=50");
            requests.incrementAndGet();
            if (!count(reply, api, errors)) {
                continue;
            }
            JsonNode items = client.json(reply).get("items");
            if (items.isEmpty()) {
                continue;
            }
            JsonNode chosen = items.get(random.nextInt(items.size()));
            long pair = chosen.get("id").asLong();
            // as a reviewer would: confirm what is not confirmed yet, else change one's mind
            String op = "CONFIRMED".equals(chosen.get("status").asText()) ? "reject" : "confirm";
            for (int attempt = 0; attempt < 20 && System.nanoTime() < deadline; attempt++) {
                var made = client.post("/api/documents/" + document + "/edits", Map.of("op", op, "pair", pair,
                        "baseVersion", version));
                requests.incrementAndGet();
                if (made.status() == 409) {
                    conflicts.incrementAndGet();
                    version = client.json(made).get("currentVersion").asLong();
                    continue;
                }
                if (made.status() == 422) {
                    // on a shared document another reviewer got there first (already confirmed): not an error
                    break;
                }
                if (count(made, edit, errors)) {
                    version = client.json(made).get("version").asLong();
                }
                break;
            }
        }
    }

    private static boolean count(LoopbackClient.Reply reply, Latencies latencies, AtomicInteger errors) {
        if (reply.ok()) {
            latencies.add(reply.millis());
            return true;
        }
        if (errors.incrementAndGet() <= 5) {
            System.err.println("  answered " + reply.status() + ": " + LoopbackClient.abbreviate(reply.body()));
        }
        return false;
    }

    /**
     * The series printed after each phase: request counts, review, import and alignment meters, jobs, requests
     * waiting for their turn, the pool.
     */
    private static final java.util.regex.Pattern NAMED_METRICS = java.util.regex.Pattern.compile(
            "http_server_requests_seconds_count\\{[^}]*uri=\"/api/documents/\\{id\\}/(edits|pairs)\"|"
                    + "tandem_review_operations_total|tandem_import_duration_seconds_(count|sum)|"
                    + "tandem_alignment_duration_seconds_(count|sum)|tandem_import_jobs_|tandem_requests_|"
                    + "agroal_(active|available|awaiting|max_used)_count");

    /** The servers' peak RSS (from /proc) and heap in use (from /q/metrics), sampled every second. */
    private static final class ResourceSampler {
        private final List<TandemServer> servers;
        private final AtomicLong rss = new AtomicLong();
        private final AtomicLong heap = new AtomicLong(-1);
        private final Map<java.net.URI, String> lastScrape = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean running;
        private Thread thread;

        ResourceSampler(List<TandemServer> servers) {
            this.servers = servers;
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                var http = new RawHttp();
                while (running) {
                    for (TandemServer server : servers) {
                        rss.accumulateAndGet(rssBytes(server.pid()), Math::max);
                        try {
                            String metrics = http.send(server.base(), "GET", "/q/metrics", Map.of(), null).body();
                            heap.accumulateAndGet(HeapMetrics.heapBytes(metrics), Math::max);
                            lastScrape.put(server.base(), metrics);
                        } catch (RuntimeException e) {
                            // no metrics endpoint: heap stays unknown
                        }
                    }
                    TandemServer.sleep(1000);
                }
            }, "load-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        /** The named metrics of each server's last scrape during the phase. */
        void printMetrics() {
            for (TandemServer server : servers) {
                String metrics = lastScrape.get(server.base());
                if (metrics == null) {
                    System.out.println("  /q/metrics of " + server.base() + ": not scraped");
                    continue;
                }
                var shown = new ArrayList<String>();
                for (String line : metrics.split("\n")) {
                    if (NAMED_METRICS.matcher(line).lookingAt()) {
                        shown.add(line);
                    }
                }
                System.out.println("  /q/metrics of " + server.base() + " during the phase (" + shown.size()
                        + " of its series):");
                shown.forEach(line -> System.out.println("    " + line));
            }
        }

        String rss() {
            return rss.get() == 0 ? "?" : String.valueOf(rss.get() >> 20);
        }

        String heap() {
            return heap.get() < 0 ? "?" : String.valueOf(heap.get() >> 20);
        }

        private static long rssBytes(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // exited
            }
            return 0;
        }
    }

    private List<String> options(String... options) {
        var all = new ArrayList<>(List.of(options));
        all.addAll(serverOptions);
        return all;
    }

    private static String password() {
        return "load-" + Long.toHexString(new SecureRandom().nextLong());
    }
}
