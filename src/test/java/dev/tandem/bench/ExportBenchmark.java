// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import dev.tandem.testing.BulkDocuments;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Exports a project of a million units through the real HTTP endpoint of a Tandem server that this benchmark starts
 * with a small heap, and prints units, bytes, seconds and the server's peak heap.
 *
 * <p>The project is written straight into a throw-away H2 database with Tandem's own migrations
 * ({@link BulkDocuments}: ten documents of 100,000 pairs by default, the size an import allows), then
 * {@code target/quarkus-app/quarkus-run.jar} is started on it with {@code -Xmx256m} and a GC log. The export is read
 * by an ordinary HTTP client, counting units and bytes as they arrive; the peak heap is the largest heap in use
 * before any collection during the export, as the GC log reports it, and the live heap the largest after one.
 * The database is kept in {@code target/export-bench} and reused by later runs of the same size.
 *
 * <pre>./mvnw -B -DskipTests package && ./mvnw -q test-compile exec:java@export-bench
 *     [-Dtandem.bench.units=1000000] [-Dtandem.bench.documents=10] [-Dtandem.bench.heap=256m]
 *     [-Dtandem.bench.dir=target/export-bench] [-Dtandem.bench.formats=tmx,tsv,xlsx,moses,xliff]</pre>
 */
public final class ExportBenchmark {
    private static final String PASSWORD = "export-bench-password";
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    record Settings(int units, int documents, String heap, Path dir, Path jar, List<String> formats) {
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("tandem.bench.units", 1_000_000),
                    Integer.getInteger("tandem.bench.documents", 10),
                    System.getProperty("tandem.bench.heap", "256m"),
                    Path.of(System.getProperty("tandem.bench.dir", "target/export-bench")).toAbsolutePath(),
                    Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath(),
                    List.of(System.getProperty("tandem.bench.formats", "tmx,tsv").split(",")));
        }
    }

    /** What one export delivered: units counted in the body, bytes, seconds, and whether it ended as a whole file. */
    record Delivery(String format, long units, long bytes, double seconds, boolean whole) {
    }

    /** Heap figures from the GC log, in MB: peak in use before a collection, largest live after one, committed. */
    record Heap(long peakUsed, long maxLive, long committed, int collections) {
    }

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        if (!Files.isRegularFile(settings.jar())) {
            System.err.println("Build the server first: ./mvnw -B -DskipTests package");
            System.exit(2);
        }
        long project = prepare(settings);
        try (Server server = Server.start(settings)) {
            List<Delivery> deliveries = new ArrayList<>();
            for (String format : settings.formats()) {
                int mark = server.gcLogLines();
                Delivery delivery = export(server, project, format);
                deliveries.add(delivery);
                Heap heap = server.heapSince(mark);
                System.out.printf(Locale.ROOT, "%s: %,d units, %,d bytes in %.1f s (%.0f units/s), %s; server heap"
                                + " (-Xmx%s): peak %d MB in use, at most %d MB live after a collection, %d MB committed,"
                                + " %d collections%n",
                        delivery.format(), delivery.units(), delivery.bytes(), delivery.seconds(),
                        delivery.units() / delivery.seconds(), delivery.whole() ? "whole" : "BROKEN OFF",
                        settings.heap(), heap.peakUsed(), heap.maxLive(), heap.committed(), heap.collections());
            }
            // Units are counted in the text formats; the zipped ones (xlsx, moses) are checked whole only.
            boolean ok = deliveries.stream().allMatch(d -> d.whole() && (d.units() < 0 || d.units() == settings.units()));
            if (!ok) {
                System.err.println("An export was not whole or lacked units: see " + settings.dir().resolve("server.log"));
                System.exit(1);
            }
        }
    }

    /** The benchmark project's id, making the database first unless a run of the same size left it. */
    private static long prepare(Settings settings) throws Exception {
        Path marker = settings.dir().resolve("project-" + settings.units() + "-" + settings.documents());
        if (Files.isRegularFile(marker)) {
            System.out.println("Reusing the database in " + settings.dir());
            return Long.parseLong(Files.readString(marker).strip());
        }
        deleteTree(settings.dir());
        Files.createDirectories(settings.dir());
        String url = "jdbc:h2:file:" + settings.dir().resolve("tandem");
        Flyway.configure().dataSource(url, "tandem", "").locations("classpath:db/migration").load().migrate();
        long start = System.nanoTime();
        long project;
        try (Connection connection = DriverManager.getConnection(url, "tandem", "")) {
            project = BulkDocuments.insertProject(connection, "Export benchmark", "de", "en");
            int perDocument = settings.units() / settings.documents();
            for (int i = 0; i < settings.documents(); i++) {
                int pairs = i + 1 < settings.documents() ? perDocument
                        : settings.units() - perDocument * (settings.documents() - 1);
                BulkDocuments.insert(connection, project, "Part " + (i + 1), pairs);
                System.out.printf(Locale.ROOT, "Wrote document %d of %d (%,d pairs)%n", i + 1, settings.documents(), pairs);
            }
        }
        System.out.printf(Locale.ROOT, "Wrote %,d pairs in %d document(s) into %s in %.0f s%n", settings.units(),
                settings.documents(), settings.dir(), (System.nanoTime() - start) / 1e9);
        Files.writeString(marker, Long.toString(project));
        return project;
    }

    private static Delivery export(Server server, long project, String format) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(server.base().resolve("/api/projects/" + project
                        + "/export?format=" + format))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("export answered " + response.statusCode());
        }
        String unitMark = switch (format) {
            case "tmx" -> "<tu ";
            case "xliff" -> "<unit ";
            case "tsv" -> "\n";
            default -> null; // a zip: nothing to count in the deflated bytes
        };
        byte[] marker = (unitMark == null ? "\u0000\u0000\u0000\u0000" : unitMark).getBytes(StandardCharsets.US_ASCII);
        long bytes = 0;
        long units = 0;
        int matched = 0;
        byte[] tail = new byte[0];
        boolean whole = true;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    // Count the marker across buffer boundaries; it does not overlap itself.
                    matched = buffer[i] == marker[matched] ? matched + 1 : buffer[i] == marker[0] ? 1 : 0;
                    if (matched == marker.length) {
                        units++;
                        matched = 0;
                    }
                }
                bytes += n;
                tail = Arrays.copyOfRange(buffer, Math.max(0, n - 16), n);
            }
        } catch (IOException e) {
            whole = false;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (format.equals("tmx")) {
            whole &= new String(tail, StandardCharsets.UTF_8).endsWith("</tmx>\n");
        }
        if (format.equals("xliff")) {
            whole &= new String(tail, StandardCharsets.UTF_8).endsWith("</xliff>\n");
        }
        // the TSV export opens with its Source/Target header line
        long header = format.equals("tsv") && units > 0 ? 1 : 0;
        return new Delivery(format, unitMark == null ? -1 : units - header, bytes, seconds, whole);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The server jar, started on the benchmark database with the benchmark's heap and a GC log. */
    private static final class Server implements AutoCloseable {
        private final Process process;
        private final URI base;
        private final Path gcLog;

        private Server(Process process, URI base, Path gcLog) {
            this.process = process;
            this.base = base;
            this.gcLog = gcLog;
        }

        static Server start(Settings settings) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path gcLog = settings.dir().resolve("gc.log");
            Files.deleteIfExists(gcLog);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var builder = new ProcessBuilder(java, "-Xmx" + settings.heap(), "-Xlog:gc:file=" + gcLog,
                    "-Dtandem.data-dir=" + settings.dir(), "-Dquarkus.http.host=127.0.0.1",
                    "-Dquarkus.http.port=" + port, "-jar", settings.jar().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(settings.dir().resolve("server.log").toFile());
            builder.environment().put("TANDEM_ADMIN_INITIAL_PASSWORD", PASSWORD);
            Server server = new Server(builder.start(), URI.create("http://127.0.0.1:" + port), gcLog);
            server.awaitReady();
            System.out.printf(Locale.ROOT, "Started Tandem (pid %d, -Xmx%s) at %s%n", server.process.pid(),
                    settings.heap(), server.base);
            return server;
        }

        URI base() {
            return base;
        }

        private void awaitReady() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with " + process.exitValue());
                }
                try {
                    var reply = http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (reply.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("the server did not get ready in 3 minutes");
        }

        int gcLogLines() throws IOException {
            return Files.readAllLines(gcLog).size();
        }

        /** Heap figures from the GC log lines after line {@code mark}. */
        Heap heapSince(int mark) throws IOException {
            List<String> lines = Files.readAllLines(gcLog);
            long peak = 0;
            long live = 0;
            long committed = 0;
            int collections = 0;
            for (String line : lines.subList(Math.min(mark, lines.size()), lines.size())) {
                Matcher m = GC_HEAP.matcher(line);
                if (m.find()) {
                    collections++;
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                    live = Math.max(live, Long.parseLong(m.group(2)));
                    committed = Math.max(committed, Long.parseLong(m.group(3)));
                }
            }
            return new Heap(peak, live, committed, collections);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
