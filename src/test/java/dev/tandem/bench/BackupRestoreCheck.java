// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backup and restore as the README tells an admin to do them, on the embedded H2 and on PostgreSQL: a running
 * Tandem gets a project (members, a dictionary, a document with confirmed, rejected, edited, merged and undone pairs),
 * an extra account and an API token; everything is read through the API; the backup is taken while it runs (H2:
 * {@code GET /api/admin/backup}; PostgreSQL: {@code pg_dump -Fc}); everything is deleted through the API; Tandem is
 * stopped, the backup restored (H2: unzipped into the data directory; PostgreSQL: {@code pg_restore --clean}) and
 * Tandem started again. Everything read before must read the same, the token must work and the account sign in.
 * Prints a line per database; exits 1 if one differs, 2 if it cannot run. Run by
 * {@code src/test/scripts/backup-restore.sh} and by CI.
 */
public final class BackupRestoreCheck {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String USER_PASSWORD = "backed up and restored";

    private final RawHttp http = new RawHttp();
    private final TandemServer server;
    private final String admin;
    private final List<String> trail = new ArrayList<>();

    private BackupRestoreCheck(TandemServer server, String adminPassword) {
        this.server = server;
        this.admin = RawHttp.basic("admin", adminPassword);
    }

    public static void main(String[] args) throws Exception {
        var servers = PackagedServers.require("backup", "src/test/scripts/backup-restore.sh");
        Path dir = Path.of("target", "backup-restore", LocalDateTime.now().format(STAMP)).toAbsolutePath();
        boolean ok = runH2(servers.h2Jar(), dir.resolve("h2"))
                & runPostgres(servers.pgJar(), servers.postgresBinaries(), dir.resolve("pg"));
        System.out.println(ok ? "Backup and restore: everything came back, on H2 and on PostgreSQL."
                : "Backup and restore FAILED.");
        System.exit(ok ? 0 : 1);
    }

    private static boolean runH2(Path jar, Path dir) throws Exception {
        Files.createDirectories(dir);
        String password = password();
        Path data = dir.resolve("data");
        try (var server = new TandemServer(jar, dir, Map.of("TANDEM_ADMIN_INITIAL_PASSWORD", password),
                List.of("-Xmx512m", "-Dtandem.data-dir=" + data))) {
            server.start();
            var check = new BackupRestoreCheck(server, password);
            Fixture fixture = check.populate();
            String before = check.snapshot();
            long start = System.nanoTime();
            byte[] backup = check.http.download(server.base(), "/api/admin/backup", Map.of("Authorization", check.admin));
            double seconds = (System.nanoTime() - start) / 1e9;
            Path file = dir.resolve("tandem-backup.zip");
            Files.write(file, backup);
            check.deleteEverything(fixture);
            server.close();
            // The README's restore: with Tandem stopped, unzip the backup into the data directory.
            unzip(file, data);
            server.start();
            return check.verify("H2", before, fixture, String.format(Locale.ROOT,
                    "GET /api/admin/backup: %d KB in %.2f s while running", backup.length / 1024, seconds));
        }
    }

    private static boolean runPostgres(Path jar, Path bin, Path dir) throws Exception {
        Files.createDirectories(dir);
        String password = password();
        try (var postgres = ThrowAwayPostgres.start(bin)) {
            var environment = new HashMap<>(postgres.environment());
            environment.put("TANDEM_ADMIN_INITIAL_PASSWORD", password);
            try (var server = new TandemServer(jar, dir, environment, List.of("-Xmx512m",
                    "-Dtandem.data-dir=" + dir.resolve("data")))) {
                server.start();
                var check = new BackupRestoreCheck(server, password);
                var refused = check.http.send(server.base(), "GET", "/api/admin/backup",
                        Map.of("Authorization", check.admin), null);
                boolean pointsToPgDump = refused.statusCode() == 409 && refused.body().contains("pg_dump")
                        && refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                Fixture fixture = check.populate();
                String before = check.snapshot();
                long start = System.nanoTime();
                Path dump = postgres.dump();
                double seconds = (System.nanoTime() - start) / 1e9;
                check.deleteEverything(fixture);
                server.close();
                postgres.restore(dump);
                server.start();
                return check.verify("PostgreSQL", before, fixture, String.format(Locale.ROOT,
                        "pg_dump -Fc: %d KB in %.2f s while running; GET /api/admin/backup answered %d%s",
                        Files.size(dump) / 1024, seconds, refused.statusCode(),
                        pointsToPgDump ? " problem+json naming pg_dump" : " (NOT the expected 409 naming pg_dump)"))
                        && pointsToPgDump;
            }
        }
    }

    /** What the check made, to delete it and to try it after the restore. */
    private record Fixture(long project, long document, String user, long tokenId, String token) {
    }

    private Fixture populate() {
        URI base = server.base();
        Map<String, String> auth = Map.of("Authorization", admin);
        String user = "restored-" + Long.toHexString(System.nanoTime() & 0xffffff);
        http.json(http.send(base, "POST", "/api/users", auth, Map.of("username", user, "password", USER_PASSWORD,
                "admin", false)), 201, "create an account");
        JsonNode token = http.json(http.send(base, "POST", "/api/tokens", auth, Map.of("name", "backup check")), 201,
                "create a token");
        long project = http.json(http.send(base, "POST", "/api/projects", auth, Map.of("name", "Backed up",
                "sourceLanguage", "en", "targetLanguage", "de")), 201, "create a project").get("id").asLong();
        http.send(base, "PUT", "/api/projects/" + project + "/members/" + user, auth, Map.of("role", "viewer"));
        uploadDictionary(base, project);
        var corpus = SyntheticCorpus.generate(30, 5);
        long document = http.json(http.send(base, "POST", "/api/projects/" + project + "/documents", auth,
                Map.of("title", "Backed-up document", "sourceText", corpus.source(), "targetText", corpus.target(),
                        "segmentation", "lines")), 201, "import a document").get("id").asLong();
        JsonNode pairs = http.json(http.send(base, "GET", "/api/documents/" + document + "/pairs?offset=0&limit=100",
                auth, null), 200, "read the pairs").get("items");
        long version = edit(document, -1, Map.of("op", "confirm", "pairs",
                List.of(pairs.get(0).get("id").asLong(), pairs.get(1).get("id").asLong(), pairs.get(2).get("id").asLong())));
        version = edit(document, version, Map.of("op", "reject", "pair", pairs.get(5).get("id").asLong()));
        version = edit(document, version, Map.of("op", "edit-text", "side", "target", "index", 7,
                "text", "Ein von Hand verbesserter Satz."));
        version = edit(document, version, Map.of("op", "merge-pairs", "pair", pairs.get(10).get("id").asLong()));
        version = edit(document, version, Map.of("op", "confirm", "pair", pairs.get(20).get("id").asLong()));
        http.json(http.send(base, "POST", "/api/documents/" + document + "/undo", auth,
                Map.of("baseVersion", version)), 200, "undo");
        return new Fixture(project, document, user, token.get("id").asLong(), token.get("token").asText());
    }

    private void uploadDictionary(URI base, long project) {
        String boundary = "tandem-backup-check";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"words.tsv\"\r\n"
                + "Content-Type: text/tab-separated-values\r\n\r\nhouse\tHaus\nriver\tFluss\nbridge\tBrücke\n\r\n--"
                + boundary + "--\r\n";
        http.json(http.send(base, "POST", "/api/projects/" + project + "/dictionaries",
                Map.of("Authorization", admin, "Content-Type", "multipart/form-data; boundary=" + boundary), body),
                201, "upload a dictionary");
    }

    private long edit(long document, long version, Map<String, Object> operation) {
        long base = version >= 0 ? version : http.json(http.send(server.base(), "GET", "/api/documents/" + document,
                Map.of("Authorization", admin), null), 200, "read the document").get("version").asLong();
        var body = new LinkedHashMap<String, Object>(operation);
        body.put("baseVersion", base);
        return http.json(http.send(server.base(), "POST", "/api/documents/" + document + "/edits",
                Map.of("Authorization", admin), body), 200, "edit " + operation.get("op")).get("version").asLong();
    }

    /**
     * Everything an admin can read through the API, as one text: accounts, projects with their members,
     * dictionaries and documents, each document's summary, pairs and history, and the admin's tokens (without the
     * time each was last used, which reading them changes).
     */
    private String snapshot() {
        var out = new StringBuilder();
        out.append(get("/api/users")).append('\n');
        for (JsonNode project : http.json(get("/api/projects"))) {
            long id = project.get("id").asLong();
            for (String part : List.of("", "/members", "/dictionaries", "/documents")) {
                out.append(get("/api/projects/" + id + part)).append('\n');
            }
            for (JsonNode document : http.json(get("/api/projects/" + id + "/documents"))) {
                long doc = document.get("id").asLong();
                out.append(get("/api/documents/" + doc)).append('\n');
                out.append(get("/api/documents/" + doc + "/pairs?offset=0&limit=1000")).append('\n');
                out.append(get("/api/documents/" + doc + "/edits")).append('\n');
            }
        }
        for (JsonNode token : http.json(get("/api/tokens"))) {
            ((ObjectNode) token).remove("lastUsedAt");
            out.append(token).append('\n');
        }
        return out.toString();
    }

    private String get(String path) {
        var response = http.send(server.base(), "GET", path, Map.of("Authorization", admin), null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private void deleteEverything(Fixture fixture) {
        URI base = server.base();
        Map<String, String> auth = Map.of("Authorization", admin);
        // the project holds reviewed pairs: its delete names it as last seen (If-Match), as a careful client's would
        String seen = http.send(base, "GET", "/api/projects/" + fixture.project(), auth, null).headers()
                .firstValue("ETag").orElseThrow(() -> new IllegalStateException("GET /api/projects/{id} gave no ETag"));
        int project = http.send(base, "DELETE", "/api/projects/" + fixture.project(),
                Map.of("Authorization", admin, "If-Match", seen), null).statusCode();
        int account = http.send(base, "DELETE", "/api/users/" + fixture.user(), auth, null).statusCode();
        int token = http.send(base, "DELETE", "/api/tokens/" + fixture.tokenId(), auth, null).statusCode();
        int projects = http.json(get("/api/projects")).size();
        if (project != 204 || account != 204 || token != 204 || projects != 0) {
            throw new IllegalStateException("Deleting everything answered " + project + ", " + account + ", " + token
                    + "; projects left: " + projects);
        }
        trail.add("deleted the project, its document, the account and the token");
    }

    private boolean verify(String database, String before, Fixture fixture, String how) {
        String after = snapshot();
        int token = http.send(server.base(), "GET", "/api/account", Map.of("Authorization", "Bearer " + fixture.token()),
                null).statusCode();
        int account = http.send(server.base(), "GET", "/api/account",
                Map.of("Authorization", RawHttp.basic(fixture.user(), USER_PASSWORD)), null).statusCode();
        int pairs = http.json(get("/api/documents/" + fixture.document() + "/pairs?offset=0&limit=1")).get("total").asInt();
        int edits = http.json(get("/api/documents/" + fixture.document() + "/edits")).size();
        boolean ok = after.equals(before) && token == 200 && account == 200;
        System.out.printf(Locale.ROOT, "  %s %-10s %s; %s; restored with Tandem stopped: %s (%d characters of API"
                        + " answers compared: accounts, project, members, dictionary, document, %d pairs, %d edits,"
                        + " token); the token works (%d), the account signs in (%d)%n", ok ? "ok  " : "FAIL", database,
                how, String.join("; ", trail), after.equals(before) ? "everything reads the same" : "DIFFERENT",
                before.length(), pairs, edits, token, account);
        if (!after.equals(before)) {
            int from = 0;
            while (from < Math.min(before.length(), after.length()) && before.charAt(from) == after.charAt(from)) {
                from++;
            }
            int start = Math.max(0, from - 200);
            // from a little before the first difference, where it shows
            System.out.printf("    first difference at character %d%n    before: …%s%n    after:  …%s%n", from,
                    LoopbackClient.abbreviate(before.substring(start)), LoopbackClient.abbreviate(after.substring(start)));
        }
        return ok;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); var entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("A backup entry outside the data directory: " + entry.getName());
                }
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String password() {
        return "backup-" + Long.toHexString(new SecureRandom().nextLong());
    }
}
