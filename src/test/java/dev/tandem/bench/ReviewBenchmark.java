// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Review actions on a 20,000-pair document, against a Tandem server already running on this machine: page loads
 * and review operations, sequentially and under 20 concurrent clients, with count, median, p95 and max in ms.
 * Every figure is the client-observed round trip over loopback (or the server's own time where it sends
 * {@code Server-Timing}). The run is bounded in requests and time, and stops by itself.
 *
 * <pre>./mvnw -q test-compile exec:java@review-bench [-Dtandem.url=http://127.0.0.1:8080]
 *     [-Dtandem.bench.pairs=20000] [-Dtandem.bench.rounds=40] [-Dtandem.bench.clients=20]
 *     [-Dtandem.bench.requests=50] [-Dtandem.bench.copy-pairs=1000] [-Dtandem.bench.phase-seconds=90]</pre>
 */
public final class ReviewBenchmark {
    private static final double TARGET_P95_MS = 100;
    private static final int WARM_UP_REQUESTS = 50;
    private static final int MAX_ATTEMPTS = 200;
    private static final long SEED = 20_000L;

    /** What to run; all from system properties, with the acceptance criterion's sizes as defaults. */
    record Settings(URI base, int pairs, int rounds, int clients, int requestsPerClient, int copyPairs,
                    Duration phaseCap) {
        static Settings fromSystemProperties() {
            return new Settings(LoopbackClient.loopback(System.getProperty("tandem.url", "http://127.0.0.1:8080")),
                    Integer.getInteger("tandem.bench.pairs", 20_000),
                    Integer.getInteger("tandem.bench.rounds", 40),
                    Integer.getInteger("tandem.bench.clients", 20),
                    Integer.getInteger("tandem.bench.requests", 50),
                    Integer.getInteger("tandem.bench.copy-pairs", 1_000),
                    Duration.ofSeconds(Integer.getInteger("tandem.bench.phase-seconds", 90)));
        }
    }

    /** One line of the final table. */
    record Row(String name, Timings timings, String note) {
    }

    private final Settings settings;
    private final LoopbackClient client;
    private final List<Row> rows = new ArrayList<>();

    private ReviewBenchmark(Settings settings) {
        this.settings = settings;
        this.client = new LoopbackClient(settings.base());
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.fromSystemProperties();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        var bench = new ReviewBenchmark(settings);
        if (!bench.reachable()) {
            System.err.println("Tandem is not reachable at " + settings.base() + ". Start it first, e.g.\n"
                    + "  ./mvnw -B -DskipTests package && java -Dtandem.data-dir=/tmp/tandem-bench "
                    + "-jar target/quarkus-app/quarkus-run.jar\n"
                    + "then run the benchmark again (-Dtandem.url=http://127.0.0.1:PORT for another port).");
            System.exit(1);
            return;
        }
        bench.run();
    }

    private boolean reachable() {
        try {
            return client.get("/api/projects").ok();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Tandem review benchmark against %s (%d pairs, %d clients)%n",
                settings.base(), settings.pairs(), settings.clients());
        long project = createProject();
        Session main = importDocument(project, "Review benchmark", settings.pairs());

        warmUp(main);
        sequentialPageLoads(main);
        sequentialOperations(main);
        concurrentPageLoads(main);
        concurrentOperations("same document", main.document, null);
        if (settings.copyPairs() > 0) {
            List<Long> copies = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < settings.clients(); i++) {
                copies.add(importQuietly(project, "Copy " + (i + 1), settings.copyPairs()));
            }
            System.out.printf(Locale.ROOT, "Imported %d copies of %d pairs in %.1f s%n", copies.size(),
                    settings.copyPairs(), (System.nanoTime() - start) / 1e9);
            concurrentOperations("own " + settings.copyPairs() + "-pair copy each", -1, copies);
        }
        printTable();
    }

    // ---- setup ----------------------------------------------------------------------------------------------

    private long createProject() {
        var reply = client.post("/api/projects", Map.of("name", "Review benchmark " + System.currentTimeMillis(),
                "sourceLanguage", "en", "targetLanguage", "de"));
        require(reply, 201, "create project");
        return client.json(reply).get("id").asLong();
    }

    private Session importDocument(long project, String title, int lines) {
        var corpus = SyntheticCorpus.generate(lines, SEED);
        var reply = client.importDocument(project,
                Map.of("title", title, "sourceText", corpus.source(), "targetText", corpus.target(),
                        "segmentation", "lines"), Duration.ofMinutes(10));
        if (reply.status() == 500) {
            System.err.printf(Locale.ROOT, "The import of %d lines failed after %.0f s: see the server's log.%n",
                    lines, reply.millis() / 1000);
        }
        require(reply, 201, "import document");
        JsonNode summary = client.json(reply);
        System.out.printf(Locale.ROOT, "Imported %d + %d lines (%,d + %,d chars) in %.1f s: %d pairs, version %d%n",
                summary.get("sourceSentences").asLong(), summary.get("targetSentences").asLong(),
                corpus.source().length(), corpus.target().length(), reply.millis() / 1000,
                summary.get("pairs").asLong(), summary.get("version").asLong());
        var session = new Session(client, summary.get("id").asLong(), new Random(SEED));
        session.total = summary.get("pairs").asInt();
        session.version = summary.get("version").asLong();
        return session;
    }

    private long importQuietly(long project, String title, int lines) {
        var corpus = SyntheticCorpus.generate(lines, SEED + lines);
        var reply = client.importDocument(project,
                Map.of("title", title, "sourceText", corpus.source(), "targetText", corpus.target(),
                        "segmentation", "lines"), Duration.ofMinutes(5));
        require(reply, 201, "import copy");
        return client.json(reply).get("id").asLong();
    }

    // ---- phases ---------------------------------------------------------------------------------------------

    private void warmUp(Session session) {
        int requests = 0;
        var ignored = new LinkedHashMap<String, Timings>();
        while (requests < WARM_UP_REQUESTS) {
            requests += pageLoad(session, new Timings(), new Timings());
            requests += operationRound(session, ignored, new LinkedHashMap<>());
        }
        System.out.printf(Locale.ROOT, "Warmed up with %d requests%n", requests);
    }

    private void sequentialPageLoads(Session session) {
        var html = new Timings();
        var api = new Timings();
        var focused = new Timings();
        var scrolled = new Timings();
        var queue = new Timings();
        for (int i = 0; i < 2 * settings.rounds() + 20; i++) {
            pageLoad(session, html, api);
            int position = session.random.nextInt(session.total);
            var more = session.client.get("/documents/" + session.document + "/rows?after=" + position);
            require(more, 200, "rows loaded on scrolling");
            scrolled.add(more);
            var pair = session.client.get("/api/documents/" + session.document + "/pairs?offset=" + position + "&limit=1");
            require(pair, 200, "one pair");
            long id = session.client.json(pair).get("items").get(0).get("id").asLong();
            var page = session.client.get("/documents/" + session.document + "?focus=" + id);
            require(page, 200, "HTML page around a pair");
            focused.add(page);
            var risky = session.client.get("/documents/" + session.document + "/queue?page=" + (1 + session.random.nextInt(10)));
            require(risky, 200, "risk queue page");
            queue.add(risky);
        }
        rows.add(new Row("1 client  page  GET /documents/{id}?page=N (HTML, 50 pairs)", html, ""));
        rows.add(new Row("1 client  page  GET /documents/{id}?focus=ID (HTML, a link to a pair)", focused, ""));
        rows.add(new Row("1 client  rows  GET /documents/{id}/rows?after=N (50 more on scrolling)", scrolled, ""));
        rows.add(new Row("1 client  page  GET /documents/{id}/queue?page=N (risk queue, 100 pairs)", queue, ""));
        rows.add(new Row("1 client  page  GET /api/documents/{id}/pairs?limit=100", api, ""));
    }

    /** One HTML page and one JSON page, each at a random place in the document; returns the request count. */
    private static int pageLoad(Session session, Timings html, Timings api) {
        int pages = (session.total + 49) / 50;
        var page = session.client.get("/documents/" + session.document + "?page=" + (1 + session.random.nextInt(pages)));
        require(page, 200, "HTML page");
        html.add(page);
        var pairs = session.client.get("/api/documents/" + session.document + "/pairs?offset="
                + session.random.nextInt(Math.max(1, session.total - 100)) + "&limit=100");
        require(pairs, 200, "pairs page");
        api.add(pairs);
        return 2;
    }

    private void sequentialOperations(Session session) {
        var byOp = new LinkedHashMap<String, Timings>();
        var byQuarter = new TreeMap<String, Timings>();
        long start = System.nanoTime();
        int requests = 0;
        for (int round = 0; round < settings.rounds(); round++) {
            requests += operationRound(session, byOp, byQuarter);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var all = new Timings();
        byOp.values().forEach(all::addAll);
        rows.add(new Row("1 client  op    all operations", all,
                String.format(Locale.ROOT, "%d requests in %.1f s", requests, seconds)));
        byOp.forEach((op, timings) -> rows.add(new Row("1 client  op    " + op, timings, "")));
        byQuarter.forEach((name, timings) -> rows.add(new Row("1 client  op    " + name, timings, "")));
    }

    /**
     * The realistic mix once, each operation at its own random position: confirm, reject, merge-pairs + undo,
     * split-sentence + undo, shift up + undo, edit-text. Returns the request count (edits and undos only).
     */
    private static int operationRound(Session s, Map<String, Timings> byOp, Map<String, Timings> byQuarter) {
        int requests = 0;
        JsonNode pair = s.pairWhere(p -> !"CONFIRMED".equals(p.get("status").asText()));
        requests += s.timed("confirm", pair, s.edit(body("confirm").with("pairs", List.of(pair.get("id").asLong()))),
                byOp, byQuarter);
        pair = s.pairWhere(p -> !"REJECTED".equals(p.get("status").asText()));
        requests += s.timed("reject", pair, s.edit(body("reject").with("pair", pair.get("id").asLong())), byOp,
                byQuarter);

        pair = s.pairWhere(p -> true);
        requests += s.timed("merge-pairs", pair, s.edit(body("merge-pairs").with("pair", pair.get("id").asLong())),
                byOp, byQuarter);
        requests += s.timed("undo (of merge-pairs)", pair, s.undo(), byOp, byQuarter);

        pair = s.pairWhere(p -> p.get("source").size() > 0 && p.get("source").get(0).get("text").asText().contains(" "));
        JsonNode sentence = pair.get("source").get(0);
        String text = sentence.get("text").asText();
        int cut = text.indexOf(' ', text.length() / 2) > 0 ? text.indexOf(' ', text.length() / 2) : text.indexOf(' ');
        requests += s.timed("split-sentence", pair, s.edit(body("split-sentence").with("side", "source")
                .with("index", sentence.get("index").asInt()).with("offset", cut)), byOp, byQuarter);
        requests += s.timed("undo (of split-sentence)", pair, s.undo(), byOp, byQuarter);

        pair = s.pairWhere(p -> p.get("position").asInt() > 0 && p.get("target").size() > 0
                && p.get("source").size() + p.get("target").size() > 1);
        requests += s.timed("shift up", pair, s.edit(body("shift").with("pair", pair.get("id").asLong())
                .with("side", "target").with("direction", "up")), byOp, byQuarter);
        requests += s.timed("undo (of shift up)", pair, s.undo(), byOp, byQuarter);

        pair = s.pairWhere(p -> p.get("target").size() > 0);
        JsonNode target = pair.get("target").get(0);
        requests += s.timed("edit-text", pair, s.edit(body("edit-text").with("side", "target")
                .with("index", target.get("index").asInt())
                .with("text", target.get("text").asText().replace(" (geprüft)", "") + " (geprüft)")), byOp, byQuarter);
        return requests;
    }

    private void concurrentPageLoads(Session main) throws Exception {
        var html = new Timings();
        var api = new Timings();
        long deadline = System.nanoTime() + settings.phaseCap().toNanos();
        double seconds = inParallel(settings.clients(), index -> {
            var session = new Session(client, main.document, new Random(SEED + index));
            session.total = main.total;
            for (int i = 0; i < settings.requestsPerClient() / 2 && System.nanoTime() < deadline; i++) {
                pageLoad(session, html, api);
            }
        });
        String note = String.format(Locale.ROOT, "%.0f req/s", (html.roundTrip.count() + api.roundTrip.count()) / seconds);
        rows.add(new Row(settings.clients() + " clients page  GET /documents/{id}?page=N (HTML)", html, note));
        rows.add(new Row(settings.clients() + " clients page  GET /api/documents/{id}/pairs?limit=100", api, ""));
    }

    /**
     * Each client: read the document version, read a pair at a random place, post an operation made on that version;
     * on 409 re-read the version and post again. Mix: confirm, reject, edit-text, merge-pairs followed by split-pair
     * of the merged pair (so the document keeps its shape). On the shared document when {@code copies} is null, else
     * client {@code i} works on {@code copies.get(i)}.
     */
    private void concurrentOperations(String label, long shared, List<Long> copies) throws Exception {
        var success = new Timings();
        var conflicted = new Timings();
        var endToEnd = new Latencies();
        var conflicts = new AtomicInteger();
        var refused = new AtomicInteger();
        var errors = new AtomicInteger();
        var gaveUp = new AtomicInteger();
        int size = copies == null ? settings.pairs() : settings.copyPairs();
        long deadline = System.nanoTime() + settings.phaseCap().toNanos();
        double seconds = inParallel(settings.clients(), index -> {
            long document = copies == null ? shared : copies.get(index);
            var s = new Session(client, document, new Random(SEED * 31 + index));
            s.total = size;
            var outcome = new Outcome(success, conflicted, endToEnd, conflicts, refused, errors, gaveUp, deadline);
            for (int i = 0; i < settings.requestsPerClient() && System.nanoTime() < deadline; i++) {
                concurrentOperation(s, (i + index) % 4, outcome);
            }
        });
        int done = success.roundTrip.count();
        String prefix = settings.clients() + " clients op    ";
        rows.add(new Row(prefix + "successful POST, " + label, success, String.format(Locale.ROOT,
                "%.1f ops/s, %d×409, %d×422, %d errors, %d gave up", done / seconds, conflicts.get(), refused.get(),
                errors.get(), gaveUp.get())));
        rows.add(new Row(prefix + "409 answers, " + label, conflicted, ""));
        var whole = new Timings();
        endToEnd.snapshot().forEach(ms -> whole.roundTrip.add(ms));
        rows.add(new Row(prefix + "read+post incl. 409 retries, " + label, whole, ""));
    }

    /** Shared counters of one concurrent phase. */
    private record Outcome(Timings success, Timings conflicted, Latencies endToEnd, AtomicInteger conflicts,
                           AtomicInteger refused, AtomicInteger errors, AtomicInteger gaveUp, long deadline) {
    }

    private static void concurrentOperation(Session s, int kind, Outcome outcome) {
        long start = System.nanoTime();
        s.readVersion();
        JsonNode pair = s.pairWhere(p -> true);
        long id = pair.get("id").asLong();
        JsonNode done = switch (kind) {
            case 0 -> retrying(s, body(!"CONFIRMED".equals(pair.get("status").asText()) ? "confirm" : "reject")
                    .with("pair", id), outcome);
            case 1 -> retrying(s, body(!"REJECTED".equals(pair.get("status").asText()) ? "reject" : "confirm")
                    .with("pair", id), outcome);
            case 2 -> pair.get("target").size() == 0 ? null : retrying(s, body("edit-text").with("side", "target")
                    .with("index", pair.get("target").get(0).get("index").asInt())
                    .with("text", pair.get("target").get(0).get("text").asText().replace(" (geprüft)", "")
                            + " (geprüft)"), outcome);
            default -> {
                JsonNode merged = retrying(s, body("merge-pairs").with("pair", id), outcome);
                if (merged == null) {
                    yield null;
                }
                JsonNode whole = merged.get("pairs").get(0);
                int sources = Math.min(pair.get("source").size(), whole.get("source").size());
                int targets = Math.min(pair.get("target").size(), whole.get("target").size());
                yield retrying(s, body("split-pair").with("pair", whole.get("id").asLong())
                        .with("sourceCount", sources).with("targetCount", targets), outcome);
            }
        };
        if (done != null) {
            outcome.endToEnd().add((System.nanoTime() - start) / 1e6);
        }
    }

    /** Posts {@code request} with the session's version until it is not a 409; returns the result or null. */
    private static JsonNode retrying(Session s, Body request, Outcome outcome) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS && System.nanoTime() < outcome.deadline(); attempt++) {
            var reply = s.edit(request);
            if (reply.ok()) {
                outcome.success().add(reply);
                return s.client.json(reply);
            }
            if (reply.status() == 409) {
                outcome.conflicts().incrementAndGet();
                outcome.conflicted().add(reply);
                s.readVersion();
                continue;
            }
            if (reply.status() == 422) {
                outcome.refused().incrementAndGet();
            } else {
                outcome.errors().incrementAndGet();
                System.err.println("Unexpected " + reply.status() + " for " + request.values() + ": "
                        + LoopbackClient.abbreviate(reply.body()));
            }
            return null;
        }
        outcome.gaveUp().incrementAndGet();
        return null;
    }

    @FunctionalInterface
    private interface ClientLoop {
        void run(int index) throws Exception;
    }

    /** Runs {@code clients} loops on their own threads, waits for all, and returns the wall time in seconds. */
    private double inParallel(int clients, ClientLoop loop) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < clients; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    loop.run(index);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get(settings.phaseCap().toSeconds() + 120, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    System.err.println("A client stopped early: " + e.getCause());
                }
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                System.err.println("Some client threads did not stop within 30 s.");
            }
        }
    }

    // ---- output ---------------------------------------------------------------------------------------------

    private void printTable() {
        int width = rows.stream().mapToInt(r -> r.name().length()).max().orElse(20);
        String format = "%-" + width + "s %s  %s%n";
        System.out.println();
        System.out.printf(Locale.ROOT, "Latency in ms: client-observed round trips over loopback to %s "
                + "(the server's own time, from its Server-Timing header, in the notes)%n", settings.base());
        System.out.printf(Locale.ROOT, format, "what", Latencies.header(), "notes");
        for (Row row : rows) {
            String note = row.note();
            if (row.timings().server.count() > 0) {
                note = (note + "  " + row.timings().serverColumn()).strip();
            }
            System.out.printf(Locale.ROOT, format, row.name(), row.timings().roundTrip.columns(), note);
        }
        Row all = rows.stream().filter(r -> r.name().endsWith("all operations")).findFirst().orElseThrow();
        double p95 = all.timings().roundTrip.p95();
        System.out.printf(Locale.ROOT, "%nTarget: one operation p95 < %.0f ms (1 client) — measured %.1f ms: %s%n",
                TARGET_P95_MS, p95, p95 < TARGET_P95_MS ? "MET" : "NOT MET");
    }

    // ---- one client's view of one document ----------------------------------------------------------------

    /** An edit request body; {@code baseVersion} is added when it is sent. */
    record Body(Map<String, Object> values) {
        Body with(String key, Object value) {
            var copy = new LinkedHashMap<>(values);
            copy.put(key, value);
            return new Body(copy);
        }
    }

    private static Body body(String op) {
        return new Body(Map.of("op", op));
    }

    /** A client's position in one document: its id, the version it last saw, its random choices. */
    private static final class Session {
        final LoopbackClient client;
        final long document;
        final Random random;
        long version;
        int total;

        Session(LoopbackClient client, long document, Random random) {
            this.client = client;
            this.document = document;
            this.random = random;
        }

        void readVersion() {
            var reply = client.get("/api/documents/" + document);
            require(reply, 200, "document");
            JsonNode summary = client.json(reply);
            version = summary.get("version").asLong();
            total = summary.get("pairs").asInt();
        }

        /** A pair at a random position (not the last) that satisfies {@code test}, read fresh. */
        JsonNode pairWhere(java.util.function.Predicate<JsonNode> test) {
            JsonNode found = null;
            for (int attempt = 0; attempt < 20; attempt++) {
                int position = random.nextInt(Math.max(1, total - 2));
                var reply = client.get("/api/documents/" + document + "/pairs?offset=" + position + "&limit=1");
                require(reply, 200, "pair");
                JsonNode page = client.json(reply);
                total = page.get("total").asInt();
                found = page.get("items").get(0);
                if (test.test(found)) {
                    return found;
                }
            }
            return found;
        }

        LoopbackClient.Reply edit(Body body) {
            return track(client.post("/api/documents/" + document + "/edits",
                    body.with("baseVersion", version).values()));
        }

        LoopbackClient.Reply undo() {
            return track(client.post("/api/documents/" + document + "/undo", Map.of("baseVersion", version)));
        }

        private LoopbackClient.Reply track(LoopbackClient.Reply reply) {
            if (reply.ok()) {
                version = client.json(reply).get("version").asLong();
            }
            return reply;
        }

        /** Records a sequential operation by type and by where in the document it was; fails on any refusal. */
        int timed(String op, JsonNode pair, LoopbackClient.Reply reply, Map<String, Timings> byOp,
                  Map<String, Timings> byQuarter) {
            require(reply, 200, op);
            byOp.computeIfAbsent(op, k -> new Timings()).add(reply);
            int position = pair.get("position").asInt();
            int quarter = Math.min(3, position * 4 / Math.max(1, total));
            String where = quarter == 0 ? "first quarter" : quarter == 3 ? "last quarter" : null;
            if (where != null) {
                String kind = op.startsWith("confirm") || op.startsWith("reject") || op.startsWith("edit-text")
                        || op.contains("shift") ? "in place (confirm, reject, shift, edit-text, undo shift)"
                        : "row-moving (merge, split, their undos)";
                byQuarter.computeIfAbsent(kind + ", " + where, k -> new Timings()).add(reply);
            }
            return 1;
        }
    }

    private static void require(LoopbackClient.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + reply.status() + ": "
                    + LoopbackClient.abbreviate(reply.body()));
        }
    }
}
