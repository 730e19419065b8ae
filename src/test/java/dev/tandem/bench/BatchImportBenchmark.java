// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.api.ImportTexts;
import dev.tandem.testing.BatchZip;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * A batch import of {@code tandem.bench.pairs} (default 50) document pairs through the real REST entry point
 * ({@code POST /api/projects/{id}/batches}) against a Tandem server already running on this machine. Each pair is a
 * generated Chinese original of {@code tandem.bench.sentences} (default 300) sentences and its English translation,
 * {@code ../shared/seed/article-en.txt} followed by generated sentences up to the same count (so each document has
 * real prose and the aligner has 1-0 beads to find). It polls the job every 250 ms, and the server's heap in use
 * ({@code jvm_memory_used_bytes{area="heap"}} of {@code /q/metrics}) with it, and prints the upload's time, the job's
 * wall time, the time per document and the peak heap seen.
 *
 * <pre>./mvnw -q test-compile exec:java@batch-bench [-Dtandem.url=http://127.0.0.1:8080] [-Dtandem.bench.pairs=50]
 *     [-Dtandem.bench.sentences=300] [-Dtandem.bench.seed=../shared/seed/article-en.txt]</pre>
 */
public final class BatchImportBenchmark {
    private BatchImportBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        URI base = LoopbackClient.loopback(System.getProperty("tandem.url", "http://127.0.0.1:8080"));
        int pairs = Integer.getInteger("tandem.bench.pairs", 50);
        int sentences = Integer.getInteger("tandem.bench.sentences", 300);
        String article = Files.readString(Path.of(System.getProperty("tandem.bench.seed",
                "../shared/seed/article-en.txt"))).strip();
        var client = new LoopbackClient(base);

        byte[] zip = zip(pairs, sentences, article);
        long project = client.json(client.post("/api/projects", Map.of("name", "Batch bench " + System.nanoTime(),
                "sourceLanguage", "zh", "targetLanguage", "en"))).get("id").asLong();
        System.out.printf(Locale.ROOT, "%d pairs of %d sentences a side, zip %,d bytes, project %d%n", pairs,
                sentences, zip.length, project);
        long heapBefore = heap(client);
        long started = System.nanoTime();
        LoopbackClient.Reply accepted = client.postFiles("/api/projects/" + project + "/batches",
                Map.of("file", Map.entry("bench.zip", zip)), Duration.ofMinutes(5));
        if (accepted.status() != 202) {
            throw new IllegalStateException("POST batches: " + accepted.status() + " " + accepted.body());
        }
        long job = client.json(accepted).get("id").asLong();
        double uploadSeconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = heapBefore;
        JsonNode state;
        int lastDecile = -1;
        do {
            Thread.sleep(250);
            state = client.json(client.get("/api/jobs/" + job));
            peakHeap = Math.max(peakHeap, heap(client));
            int decile = (int) (state.get("progress").asDouble() * 10);
            if (decile != lastDecile) {
                lastDecile = decile;
                System.out.printf(Locale.ROOT, "  %5.1f s  %3.0f %%  %s%n", (System.nanoTime() - started) / 1e9,
                        state.get("progress").asDouble() * 100, state.get("message").asText());
            }
        } while (!state.get("state").asText().matches("DONE|FAILED|CANCELLED"));
        double seconds = (System.nanoTime() - started) / 1e9;
        long imported = 0;
        for (JsonNode item : state.get("items")) {
            imported += "IMPORTED".equals(item.get("state").asText()) ? 1 : 0;
        }
        System.out.println("job: " + state.get("state").asText() + ", " + state.get("message").asText());
        System.out.printf(Locale.ROOT, "batch import of %d pairs: %d imported, upload and unpack %.2f s, wall %.1f s,"
                        + " %.2f s per document; server heap in use: %d MB before, peak %d MB while it ran"
                        + " (scraped every 250 ms; counts garbage not yet collected)%n", pairs, imported, uploadSeconds,
                seconds, seconds / Math.max(1, imported), heapBefore >> 20, peakHeap >> 20);
    }

    /** Each pair named report-N.zh.txt / report-N.en.txt. */
    private static byte[] zip(int pairs, int sentences, String article) {
        long articleSentences = article.chars().filter(c -> c == '.').count();
        var zip = new BatchZip();
        for (int i = 1; i <= pairs; i++) {
            // a few sentences more or fewer per document, so no two are alike
            int count = sentences + i % 7;
            String english = article + "\n\n" + ImportTexts.english((int) Math.max(1, count - articleSentences));
            zip.text("report-" + i + ".zh.txt", ImportTexts.chinese(count)).text("report-" + i + ".en.txt", english);
        }
        return zip.build();
    }

    private static long heap(LoopbackClient client) {
        return HeapMetrics.heapBytes(client.get("/q/metrics").body());
    }
}
