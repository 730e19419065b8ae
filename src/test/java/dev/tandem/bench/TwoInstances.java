// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two Tandem instances on one throw-away PostgreSQL, as a team runs them behind a load balancer, started at the same
 * moment on the empty database. Checks what must be shared: migrations run once, the first admin is made once and no
 * log line holds a password hash, a browser session and an API token work on either instance and end on both, a
 * password reset, a removed account and a sign-in lock on one count on the other at once, edits made through both at
 * the same time lose nothing, and a project's lexicon learned on one follows an edit made on the other. Prints one
 * line per check and exits 1 if any failed (2 if it cannot run). Run by {@code src/test/scripts/two-instances.sh}
 * (which builds the PostgreSQL server first) and by CI.
 */
public final class TwoInstances {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$");
    private static final Pattern APPLIED = Pattern.compile("Successfully applied (\\d+) migration");
    private static final String USER_PASSWORD = "two instances, one database";

    private final ObjectMapper json = new ObjectMapper();
    private final RawHttp http = new RawHttp();
    private final List<String> failures = new ArrayList<>();
    private final URI a;
    private final URI b;
    private final String admin;
    private final String jdbcUrl;

    private TwoInstances(URI a, URI b, String adminPassword, String jdbcUrl) {
        this.a = a;
        this.b = b;
        this.admin = basic("admin", adminPassword);
        this.jdbcUrl = jdbcUrl;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("tandem.two.jar", "target/quarkus-app-pg/quarkus-run.jar"));
        Path bin = ThrowAwayPostgres.binaries();
        if (!Files.isRegularFile(jar) || bin == null) {
            System.err.println(bin == null ? "No PostgreSQL under /usr/lib/postgresql: apt-get install -y postgresql."
                    : "No " + jar + ": build it with ./mvnw -DskipTests package -Dquarkus.profile=pg "
                    + "-Dquarkus.package.output-directory=quarkus-app-pg (src/test/scripts/two-instances.sh does).");
            System.exit(2);
        }
        Path dir = Path.of("target", "two-instances", LocalDateTime.now().format(STAMP)).toAbsolutePath();
        Files.createDirectories(dir);
        String password = "two-" + Long.toHexString(new SecureRandom().nextLong());
        System.out.printf(Locale.ROOT, "Two instances of %s on one PostgreSQL; logs in %s%n", jar, dir);
        int failed;
        try (var postgres = ThrowAwayPostgres.start(bin)) {
            var environment = new HashMap<>(postgres.environment());
            environment.put("TANDEM_ADMIN_INITIAL_PASSWORD", password);
            Files.createDirectories(dir.resolve("a"));
            Files.createDirectories(dir.resolve("b"));
            try (var serverA = server(jar, dir.resolve("a"), environment);
                 var serverB = server(jar, dir.resolve("b"), environment)) {
                startTogether(serverA, serverB);
                var check = new TwoInstances(serverA.base(), serverB.base(), password, postgres.jdbcUrl());
                check.run(dir.resolve("a/server-1.log"), dir.resolve("b/server-1.log"));
                failed = check.failures.size();
            }
        }
        System.out.println(failed == 0 ? "All checks passed." : failed + " check(s) FAILED.");
        System.exit(failed == 0 ? 0 : 1);
    }

    private static TandemServer server(Path jar, Path dir, Map<String, String> environment) {
        return new TandemServer(jar, dir, environment, List.of("-Xmx512m", "-Dtandem.data-dir=" + dir.resolve("data")));
    }

    /** Both at the same moment on the empty database: both migrate and both find no admin yet. */
    private static void startTogether(TandemServer first, TandemServer second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Duration> one = pool.submit(first::start);
            Future<Duration> two = pool.submit(second::start);
            System.out.printf(Locale.ROOT, "  started together: A ready in %.1f s, B in %.1f s%n",
                    one.get().toMillis() / 1000.0, two.get().toMillis() / 1000.0);
        } finally {
            pool.shutdown();
        }
    }

    private void run(Path logA, Path logB) throws Exception {
        migrationsAndFirstAdmin(logA, logB);
        sessionOnEither();
        tokenOnEither();
        passwordResetAndRemovalOnOther();
        lockOnOther();
        noLostUpdates();
        lexiconFollowsOtherInstance();
        secretsNotLogged(logA, logB);
    }

    // ---- the checks --------------------------------------------------------------------------------------------

    private void migrationsAndFirstAdmin(Path logA, Path logB) throws IOException, SQLException {
        String textA = Files.readString(logA);
        String textB = Files.readString(logB);
        int appliedA = migrationsApplied(textA);
        int appliedB = migrationsApplied(textB);
        int versions;
        int repeated;
        int admins;
        try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             var statement = connection.createStatement()) {
            var rows = statement.executeQuery("select count(distinct version), count(*) - count(distinct version)"
                    + " from flyway_schema_history where success and version is not null");
            rows.next();
            versions = rows.getInt(1);
            repeated = rows.getInt(2);
            var accounts = statement.executeQuery("select count(*) from account where username = 'admin'");
            accounts.next();
            admins = accounts.getInt(1);
        }
        // Flyway takes its lock for each migration, not for the whole run: the two instances may share the
        // versions out between them. What must hold is that each version ran exactly once.
        check(repeated == 0 && versions > 0 && appliedA + appliedB == versions, "migrations", "%d versions applied"
                + " once each under Flyway's lock: %d by A, %d by B", versions, appliedA, appliedB);
        boolean createdA = textA.contains("Created the first admin");
        boolean createdB = textB.contains("Created the first admin");
        String other = textA.contains("Another instance created") || textB.contains("Another instance created")
                ? "the other met the race and used it" : "the other found it made";
        check(admins == 1 && createdA != createdB, "first admin", "made once, by %s; %s", createdA ? "A" : "B", other);
    }

    /** The migrations an instance's log says it applied ("Successfully applied 11 migrations to schema ..."). */
    private static int migrationsApplied(String log) {
        Matcher applied = APPLIED.matcher(log);
        int total = 0;
        while (applied.find()) {
            total += Integer.parseInt(applied.group(1));
        }
        return total;
    }

    private void sessionOnEither() throws IOException {
        String user = newUser("sue", false);
        String cookie = signInForm(a, user, USER_PASSWORD);
        int onB = send(b, "GET", "/api/account", Map.of("Cookie", cookie), null).statusCode();
        send(b, "PUT", "/api/users/" + user + "/password", Map.of("Authorization", admin),
                Map.of("password", USER_PASSWORD + " renewed"));
        int onAAfterReset = send(a, "GET", "/api/account", Map.of("Cookie", cookie), null).statusCode();
        check(onB == 200 && onAAfterReset == 401, "session", "signed in on A, used on B (%d); ended by a password"
                + " reset on B, refused on A (%d)", onB, onAAfterReset);
    }

    private void tokenOnEither() throws IOException {
        var created = send(a, "POST", "/api/tokens", Map.of("Authorization", admin), Map.of("name", "two instances"));
        JsonNode token = json.readTree(created.body());
        String bearer = "Bearer " + token.get("token").asText();
        int onB = send(b, "GET", "/api/account", Map.of("Authorization", bearer), null).statusCode();
        int revoked = send(b, "DELETE", "/api/tokens/" + token.get("id").asLong(), Map.of("Authorization", admin), null)
                .statusCode();
        int onAAfterRevoke = send(a, "GET", "/api/account", Map.of("Authorization", bearer), null).statusCode();
        check(onB == 200 && revoked == 204 && onAAfterRevoke == 401, "API token", "made on A, used on B (%d);"
                + " revoked on B, refused on A (%d)", onB, onAAfterRevoke);
    }

    private void passwordResetAndRemovalOnOther() {
        String user = newUser("ada", true);
        String old = basic(user, USER_PASSWORD);
        int first = send(b, "GET", "/api/users", Map.of("Authorization", old), null).statusCode();
        int remembered = send(b, "GET", "/api/users", Map.of("Authorization", old), null).statusCode();
        send(a, "PUT", "/api/users/" + user + "/password", Map.of("Authorization", admin),
                Map.of("password", USER_PASSWORD + " new"));
        int oldOnB = send(b, "GET", "/api/users", Map.of("Authorization", old), null).statusCode();
        String renewed = basic(user, USER_PASSWORD + " new");
        int newOnB = send(b, "GET", "/api/users", Map.of("Authorization", renewed), null).statusCode();
        send(a, "DELETE", "/api/users/" + user, Map.of("Authorization", admin), null);
        int removedOnB = send(b, "POST", "/api/users", Map.of("Authorization", renewed),
                Map.of("username", "made-by-a-ghost", "password", USER_PASSWORD, "admin", true)).statusCode();
        check(first == 200 && remembered == 200 && oldOnB == 401 && newOnB == 200 && removedOnB == 401,
                "Basic credentials", "an admin's password remembered on B (%d, %d); reset on A: the old one refused"
                        + " on B at once (%d), the new one taken (%d); account removed on A: B refuses it at once"
                        + " (%d), no account made through it", first, remembered, oldOnB, newOnB, removedOnB);
    }

    private void lockOnOther() {
        String user = newUser("lou", false);
        var statuses = new ArrayList<Integer>();
        for (int i = 1; i <= 5; i++) {
            statuses.add(send(a, "GET", "/api/account", Map.of("Authorization", basic(user, "wrong " + i)), null)
                    .statusCode());
        }
        int rightOnB = send(b, "GET", "/api/account", Map.of("Authorization", basic(user, USER_PASSWORD)), null)
                .statusCode();
        int formOnB = signInFormStatus(b, user, USER_PASSWORD);
        check(statuses.stream().allMatch(s -> s == 401) && rightOnB == 401 && formOnB == 429, "sign-in lock",
                "5 wrong passwords on A; on B the right one is refused over Basic (%d) and on the form (%d)",
                rightOnB, formOnB);
    }

    /** Four clients, two per instance, edit target sentences of one document at once, each edit on a version. */
    private void noLostUpdates() throws Exception {
        long project = project("Lost updates");
        var corpus = SyntheticCorpus.generate(60, 11);
        long document = importDocument(project, corpus.source(), corpus.target());
        Map<Integer, Ack> last = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                URI base = client % 2 == 0 ? a : b;
                String name = (client % 2 == 0 ? "A" : "B") + client;
                long seed = client;
                clients.add(pool.submit(() -> {
                    editLoop(base, name, document, new Random(seed), 25, last, conflicts, acknowledged, errors);
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<Integer, String> stored = targetTexts(b, document);
        long lost = last.entrySet().stream().filter(e -> !e.getValue().text().equals(stored.get(e.getKey()))).count();
        check(lost == 0 && errors.get() == 0 && acknowledged.get() == 100, "edits through both",
                "%d acknowledged, %d answered 409 and sent again on the current version, %d errors; lost updates %d"
                        + " (each sentence holds its last acknowledged text, read through B)", acknowledged.get(),
                conflicts.get(), errors.get(), lost);
    }

    private record Ack(long version, String text) {
    }

    private void editLoop(URI base, String name, long document, Random random, int edits, Map<Integer, Ack> last,
                          AtomicInteger conflicts, AtomicInteger acknowledged, AtomicInteger errors) throws IOException {
        for (int edit = 0; edit < edits; edit++) {
            int index = random.nextInt(60);
            String text = "Edited by " + name + " as its edit " + edit + ".";
            long version = json.readTree(send(base, "GET", "/api/documents/" + document,
                    Map.of("Authorization", admin), null).body()).get("version").asLong();
            while (true) {
                var reply = send(base, "POST", "/api/documents/" + document + "/edits", Map.of("Authorization", admin),
                        Map.of("op", "edit-text", "side", "target", "index", index, "text", text,
                                "baseVersion", version));
                if (reply.statusCode() == 200) {
                    long made = json.readTree(reply.body()).get("version").asLong();
                    last.merge(index, new Ack(made, text), (old, now) -> now.version() > old.version() ? now : old);
                    acknowledged.incrementAndGet();
                    break;
                }
                if (reply.statusCode() != 409) {
                    errors.incrementAndGet();
                    System.err.println("  edit answered " + reply.statusCode() + ": " + reply.body());
                    break;
                }
                conflicts.incrementAndGet();
                version = json.readTree(reply.body()).get("currentVersion").asLong();
            }
        }
    }

    /**
     * A project's lexicon, learned from its confirmed pairs, is cached by each instance: an edit to those pairs on
     * A must change what B aligns with, at once. The pairs teach made-up words (nothing else can link them); the
     * aligner's confidences in a short text of those words show the lexicon it used.
     */
    private void lexiconFollowsOtherInstance() throws IOException {
        long project = project("Lexicon freshness");
        String[][] words = {{"zorp", "quib"}, {"blent", "raze"}, {"mave", "tolk"}, {"vint", "sorl"}, {"dap", "kenu"},
                {"grell", "fosh"}, {"nurb", "plim"}, {"wex", "trau"}, {"jolt", "huff"}, {"snek", "brau"}};
        var source = new StringBuilder();
        var target = new StringBuilder();
        for (int line = 0; line < 40; line++) {
            String[] one = words[line % 10];
            String[] two = words[(line * 3 + 1) % 10];
            source.append("The ").append(one[0]).append(" and the ").append(two[0]).append(" stand near wall ")
                    .append(line).append(".\n");
            target.append("Der ").append(one[1]).append(" und der ").append(two[1]).append(" stehen an Mauer ")
                    .append(line).append(".\n");
        }
        long document = importDocument(project, source.toString(), target.toString());
        var ids = new ArrayList<Long>();
        json.readTree(send(a, "GET", "/api/documents/" + document + "/pairs?offset=0&limit=100",
                Map.of("Authorization", admin), null).body()).get("items").forEach(pair -> ids.add(pair.get("id").asLong()));
        long version = edit(a, document, currentVersion(a, document), Map.of("op", "confirm", "pairs", ids));
        Map<String, Object> request = Map.of("project", project,
                "source", List.of("Zorp blent mave.", "Vint dap grell nurb."),
                "target", List.of("Quib.", "Raze tolk.", "Sorl kenu fosh plim."));
        String beforeOnB = confidences(b, request);
        for (int index = 0; index < 20; index++) {
            version = edit(a, document, version, Map.of("op", "edit-text", "side", "target", "index", index,
                    "text", "Ganz andere Wörter " + index + "."));
        }
        String afterOnB = confidences(b, request);
        String afterOnA = confidences(a, request);
        boolean changed = !afterOnB.equals(beforeOnB);
        boolean same = afterOnB.equals(afterOnA);
        check(changed && same, "lexicon freshness", "B aligned with the project's lexicon (%s), A edited 20 of its"
                + " 40 confirmed pairs; B's next alignment %s (%s) and %s A's", beforeOnB,
                changed ? "changed" : "did NOT change", afterOnB, same ? "equals" : "differs from");
    }

    private void secretsNotLogged(Path logA, Path logB) throws IOException {
        String both = Files.readString(logA) + Files.readString(logB);
        check(!BCRYPT.matcher(both).find(), "logs", "no password hash in either instance's log");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private String confidences(URI base, Map<String, Object> request) throws IOException {
        var reply = send(base, "POST", "/api/align", Map.of("Authorization", admin), request);
        var beads = json.readTree(reply.body()).get("beads");
        var out = new StringBuilder();
        beads.forEach(bead -> out.append(out.length() == 0 ? "" : " ").append(bead.get("source"))
                .append(bead.get("target")).append(String.format(Locale.ROOT, " %.6f", bead.get("confidence").asDouble())));
        return out.toString();
    }

    private long currentVersion(URI base, long document) throws IOException {
        return json.readTree(send(base, "GET", "/api/documents/" + document, Map.of("Authorization", admin), null)
                .body()).get("version").asLong();
    }

    private long edit(URI base, long document, long version, Map<String, Object> operation) throws IOException {
        var body = new LinkedHashMap<String, Object>(operation);
        body.put("baseVersion", version);
        var reply = send(base, "POST", "/api/documents/" + document + "/edits", Map.of("Authorization", admin), body);
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("edit " + operation.get("op") + " answered " + reply.statusCode() + ": "
                    + reply.body());
        }
        return json.readTree(reply.body()).get("version").asLong();
    }

    private Map<Integer, String> targetTexts(URI base, long document) throws IOException {
        var texts = new HashMap<Integer, String>();
        json.readTree(send(base, "GET", "/api/documents/" + document + "/pairs?offset=0&limit=500",
                Map.of("Authorization", admin), null).body()).get("items").forEach(pair -> pair.get("target")
                .forEach(sentence -> texts.put(sentence.get("index").asInt(), sentence.get("text").asText())));
        return texts;
    }

    private long project(String name) throws IOException {
        var reply = send(a, "POST", "/api/projects", Map.of("Authorization", admin),
                Map.of("name", name, "sourceLanguage", "en", "targetLanguage", "de"));
        return json.readTree(reply.body()).get("id").asLong();
    }

    private long importDocument(long project, String source, String target) throws IOException {
        var reply = send(a, "POST", "/api/projects/" + project + "/documents", Map.of("Authorization", admin),
                Map.of("title", "Two instances", "sourceText", source, "targetText", target, "segmentation", "lines"));
        if (reply.statusCode() != 201) {
            throw new IllegalStateException("import answered " + reply.statusCode() + ": " + reply.body());
        }
        return json.readTree(reply.body()).get("id").asLong();
    }

    private String newUser(String prefix, boolean isAdmin) {
        String username = prefix + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
        var reply = send(a, "POST", "/api/users", Map.of("Authorization", admin),
                Map.of("username", username, "password", USER_PASSWORD, "admin", isAdmin));
        if (reply.statusCode() != 201) {
            throw new IllegalStateException("creating " + username + " answered " + reply.statusCode());
        }
        return username;
    }

    /** Signs in on the form of {@code base}; returns the session cookie ("tandem_session=…"). */
    private String signInForm(URI base, String user, String password) {
        var reply = postForm(base, user, password);
        if (reply.statusCode() != 303) {
            throw new IllegalStateException("signing in as " + user + " answered " + reply.statusCode());
        }
        return reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("tandem_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private int signInFormStatus(URI base, String user, String password) {
        return postForm(base, user, password).statusCode();
    }

    private HttpResponse<String> postForm(URI base, String user, String password) {
        var form = send(base, "GET", "/login", Map.of(), null);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("the sign-in page has no form token");
        }
        String cookies = String.join("; ", form.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';'))).toList());
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&csrf-token="
                + encode(token.group(1));
        return send(base, "POST", "/login", Map.of("Cookie", cookies,
                "Content-Type", "application/x-www-form-urlencoded"), body);
    }

    private HttpResponse<String> send(URI base, String method, String path, Map<String, String> headers, Object body) {
        return http.send(base, method, path, headers, body);
    }

    private void check(boolean ok, String what, String format, Object... arguments) {
        String line = String.format(Locale.ROOT, "  %s %-18s %s", ok ? "ok  " : "FAIL", what,
                String.format(Locale.ROOT, format, arguments));
        System.out.println(line);
        if (!ok) {
            failures.add(what);
        }
    }

    private static String basic(String user, String password) {
        return RawHttp.basic(user, password);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
