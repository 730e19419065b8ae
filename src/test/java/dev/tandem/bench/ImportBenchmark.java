// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A very large import through REST while another client reads, against a Tandem server already running on this
 * machine: a document of 100,000 source sentences (mac/dev from {@code ../shared/eval} repeated, or synthetic text
 * when that is absent) is sent with {@code Prefer: respond-async}; the job is polled and its progress printed,
 * while a second client reads pages of another document's pairs ({@code GET /api/documents/{id}/pairs}) back to
 * back. It prints the import's time per phase and the reader's latencies (count, median, p95, max) per phase.
 *
 * <pre>./mvnw -q test-compile exec:java@import-bench [-Dtandem.url=http://127.0.0.1:8080]
 *     [-Dtandem.bench.sentences=100000] [-Dtandem.bench.target-sentences=n] [-Dtandem.bench.eval=../shared/eval/data]</pre>
 * The translation has as many sentences as the repeated corpus gives for the source's (about 133,000 for 100,000
 * of mac/dev) unless {@code target-sentences} cuts or extends it.
 */
public final class ImportBenchmark {
    private static final double TARGET_P95_MS = 200;
    private static final int READER_PAIRS = 2000;

    private final LoopbackClient importer;
    private final LoopbackClient reader;
    private final int sentences;
    private final Path eval;

    private ImportBenchmark(URI base, int sentences, Path eval) {
        this.importer = new LoopbackClient(base);
        this.reader = new LoopbackClient(base);
        this.sentences = sentences;
        this.eval = eval;
    }

    public static void main(String[] args) throws Exception {
        URI base;
        try {
            base = LoopbackClient.loopback(System.getProperty("tandem.url", "http://127.0.0.1:8080"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ImportBenchmark bench;
        try {
            bench = new ImportBenchmark(base, Integer.getInteger("tandem.bench.sentences", 100_000),
                    Path.of(System.getProperty("tandem.bench.eval", "../shared/eval/data")));
        } catch (RuntimeException e) {
            System.err.println("Tandem is not reachable at " + base + " (" + e.getMessage() + "). Start it first "
                    + "(see the README's benchmark section), then run the benchmark again.");
            System.exit(1);
            return;
        }
        bench.run();
    }

    private void run() throws IOException, InterruptedException {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        String origin = corpus(source, target);
        var reply = importer.post("/api/projects", Map.of("name", "Import benchmark " + System.currentTimeMillis(),
                "sourceLanguage", "zh", "targetLanguage", "en"));
        long project = importer.json(reply).get("id").asLong();
        var small = importer.importDocument(project, Map.of("title", "Read meanwhile",
                "sourceText", String.join("\n", repeated(source, READER_PAIRS)),
                "targetText", String.join("\n", repeated(target, READER_PAIRS)), "segmentation", "lines"),
                Duration.ofMinutes(5));
        long readDocument = importer.json(small).get("id").asLong();
        long readPairs = importer.json(small).get("pairs").asLong();

        List<String> sourceDoc = repeated(source, sentences);
        int targetSentences = Integer.getInteger("tandem.bench.target-sentences",
                (int) Math.round((double) sentences * target.size() / source.size()));
        List<String> targetDoc = repeated(target, targetSentences);
        String sourceText = String.join("\n", sourceDoc);
        String targetText = String.join("\n", targetDoc);
        System.out.printf(Locale.ROOT, "Import benchmark against %s: %s, %,d × %,d sentences (%,d + %,d characters),"
                        + " one reader of a %,d-pair document%n", importer.base(), origin, sourceDoc.size(),
                targetDoc.size(), sourceText.length(), targetText.length(), readPairs);

        var phase = new AtomicReference<>("before");
        var reading = new AtomicBoolean(true);
        var latencies = new java.util.LinkedHashMap<String, Latencies>();
        Thread readerThread = new Thread(() -> read(readDocument, readPairs, phase, reading, latencies));
        readerThread.start();
        Thread.sleep(2000);

        long start = System.nanoTime();
        phase.set("upload");
        var accepted = importer.postWithHeaders("/api/projects/" + project + "/documents",
                Map.of("title", "Import benchmark", "sourceText", sourceText, "targetText", targetText,
                        "segmentation", "lines"), Map.of("Prefer", "respond-async"), Duration.ofMinutes(5));
        if (accepted.status() != 202) {
            reading.set(false);
            System.err.println("Expected 202, got " + accepted.status() + ": " + LoopbackClient.abbreviate(accepted.body()));
            System.exit(1);
        }
        double uploaded = (System.nanoTime() - start) / 1e9;
        String job = "/api/jobs/" + importer.json(accepted).get("id").asLong();
        System.out.printf(Locale.ROOT, "%7.1f s  202 Accepted, %s%n", uploaded, job);
        double lastPrinted = -1;
        double lastPrintedAt = 0;
        double storingFrom = Double.NaN;
        JsonNode state;
        while (true) {
            state = importer.json(importer.get(job));
            double progress = state.get("progress").asDouble();
            double seconds = (System.nanoTime() - start) / 1e9;
            String name = state.get("state").asText();
            phase.set(name.equals("RUNNING") ? (state.get("message").asText().startsWith("Storing") ? "storing"
                    : "aligning") : name.toLowerCase(Locale.ROOT));
            if (phase.get().equals("storing") && Double.isNaN(storingFrom)) {
                storingFrom = seconds;
            }
            // every 5 %, and any movement after 10 s: a slow stretch shows whether the bar still moves
            if (progress - lastPrinted >= 0.05 || progress > lastPrinted && seconds - lastPrintedAt >= 10
                    || !name.equals("RUNNING") && !name.equals("QUEUED")) {
                System.out.printf(Locale.ROOT, "%7.1f s  %-9s %6.2f %%  %s%n", seconds, name, progress * 100,
                        state.get("message").asText());
                lastPrinted = progress;
                lastPrintedAt = seconds;
            }
            if (!name.equals("RUNNING") && !name.equals("QUEUED")) {
                break;
            }
            Thread.sleep(250);
        }
        double total = (System.nanoTime() - start) / 1e9;
        phase.set("after");
        Thread.sleep(2000);
        reading.set(false);
        readerThread.join();

        if (state.get("state").asText().equals("DONE")) {
            JsonNode document = importer.json(importer.get("/api/documents/" + state.get("documentIds").get(0).asLong()));
            System.out.printf(Locale.ROOT, "Imported %,d × %,d sentences as %,d pairs in %.1f s (upload %.1f s, "
                            + "segment and align %.1f s, store %.1f s)%n",
                    document.get("sourceSentences").asLong(), document.get("targetSentences").asLong(),
                    document.get("pairs").asLong(), total, uploaded,
                    (Double.isNaN(storingFrom) ? total : storingFrom) - uploaded,
                    Double.isNaN(storingFrom) ? 0 : total - storingFrom);
        } else {
            System.out.println("The import ended " + state.get("state").asText() + ": " + state.get("message").asText());
        }
        System.out.println("Reader: GET /api/documents/" + readDocument + "/pairs?limit=100 at random offsets, "
                + "back to back, per phase of the import (ms, round trip on loopback):");
        System.out.printf(Locale.ROOT, "%-18s %s%n", "phase", Latencies.header());
        Latencies during = new Latencies();
        latencies.forEach((name, timings) -> {
            System.out.printf(Locale.ROOT, "%-18s %s%n", name, timings.columns());
            if (!name.equals("before") && !name.equals("after")) {
                during.addAll(timings);
            }
        });
        System.out.printf(Locale.ROOT, "%-18s %s%n", "during the import", during.columns());
        System.out.printf(Locale.ROOT, "Target: reader p95 under %.0f ms during the import: %s%n", TARGET_P95_MS,
                during.count() > 0 && during.p95() < TARGET_P95_MS ? "met" : "NOT met");
    }

    private void read(long document, long pairs, AtomicReference<String> phase, AtomicBoolean reading,
                      java.util.Map<String, Latencies> latencies) {
        var random = new Random(7);
        while (reading.get()) {
            long offset = random.nextInt((int) Math.max(1, pairs - 100));
            var reply = reader.get("/api/documents/" + document + "/pairs?limit=100&offset=" + offset);
            if (reply.status() != 200) {
                System.err.println("Reader got " + reply.status() + ": " + LoopbackClient.abbreviate(reply.body()));
            }
            String name = phase.get();
            synchronized (latencies) {
                latencies.computeIfAbsent(name, key -> new Latencies()).add(reply.millis());
            }
        }
    }

    /** mac/dev's Chinese and English sentences in document order, or synthetic lines when it is absent. */
    private String corpus(List<String> source, List<String> target) throws IOException {
        Path dir = eval.resolve("mac/dev");
        if (Files.isDirectory(dir.resolve("zh")) && Files.isDirectory(dir.resolve("en"))) {
            try (Stream<Path> files = Files.list(dir.resolve("zh"))) {
                for (Path file : files.sorted().toList()) {
                    source.addAll(nonBlank(file));
                    target.addAll(nonBlank(dir.resolve("en").resolve(file.getFileName())));
                }
            }
            return "mac/dev repeated";
        }
        var synthetic = SyntheticCorpus.generate(10_000, 20_000L);
        source.addAll(synthetic.source().lines().toList());
        target.addAll(synthetic.target().lines().toList());
        return "synthetic text (" + dir + " is absent)";
    }

    private static List<String> nonBlank(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    }

    private static List<String> repeated(List<String> sentences, int count) {
        List<String> result = new ArrayList<>(count);
        while (result.size() < count) {
            result.addAll(sentences.subList(0, Math.min(sentences.size(), count - result.size())));
        }
        return result;
    }
}
