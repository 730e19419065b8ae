// SPDX-License-Identifier: Apache-2.0
package dev.tandem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production H2 database, opened with the JDBC URL of application.properties, keeps every commit that returned
 * when its process is killed with SIGKILL: a child JVM commits rows one by one and prints each after its commit
 * returned; it is killed right after a print, and every printed row must be in the database afterwards. (H2's
 * default write delay leaves commits to a background writer for up to 500 ms and loses them.) The whole server is
 * killed the same way by {@code src/test/scripts/crash-check.sh}.
 */
class H2DurabilityTest {
    private static final int KILLS = 3;

    @Test
    void shouldKeepEveryCommitThatReturnedWhenKilledWithSigkill() throws Exception {
        Path dir = Files.createTempDirectory("tandem-durability-");
        try {
            String url = productionUrl(dir);
            for (int kill = 1; kill <= KILLS; kill++) {
                long acknowledged = commitUntilKilled(url, 200L * kill);
                long[] rows = rows(url);
                assertTrue(rows[1] >= acknowledged, "kill " + kill + ": row " + acknowledged + " was committed "
                        + "before the kill, the database ends at row " + rows[1]
                        + (rows[1] < 0 ? " (it lost even the table)" : ""));
                assertEquals(rows[1], rows[0], "no gaps: every committed row is there");
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** The number of rows and the last row id in the database at {@code url}; -1, -1 when it has no table. */
    private static long[] rows(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "tandem", "");
             Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables "
                     + "where table_name = 'COMMITS'")) {
            tables.next();
            if (tables.getLong(1) == 0) {
                return new long[] {-1, -1};
            }
            try (ResultSet rows = statement.executeQuery("select count(*), coalesce(max(id), 0) from commits")) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }

    /** Runs {@link #main} in a child JVM until it reports row {@code rows} or a later one, then kills it; returns it. */
    private static long commitUntilKilled(String url, long rows) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                H2DurabilityTest.class.getName(), url).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long acknowledged = 0;
        try (var output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; acknowledged < rows && (line = output.readLine()) != null; ) {
                acknowledged = Long.parseLong(line.strip());
            }
            child.destroyForcibly();    // SIGKILL: no shutdown hook, no close of the database
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        // at least: the last child went on committing while it was being killed, so this one may start past rows
        // (found under load in CI: 583 for 400)
        assertTrue(acknowledged >= rows, "the child committed row " + rows + " before it was killed: " + acknowledged);
        return acknowledged;
    }

    /** quarkus.datasource.jdbc.url of the production configuration, with the data folder {@code dir}. */
    private static String productionUrl(Path dir) throws IOException {
        var properties = new Properties();
        try (InputStream in = H2DurabilityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("quarkus.datasource.jdbc.url");
        assertTrue(url.startsWith("jdbc:h2:file:${tandem.data-dir}/"), url);
        // other placeholders carry their defaults (${name:default})
        return url.replace("${tandem.data-dir}", dir.toString()).replaceAll("\\$\\{[^}:]+:([^}]*)}", "$1");
    }

    /** The child: commits one row per transaction and prints its id once the commit has returned; never stops. */
    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0], "tandem", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists commits (id bigint primary key, payload varchar(200))");
            connection.setAutoCommit(false);
            long next;
            try (ResultSet last = statement.executeQuery("select coalesce(max(id), 0) from commits")) {
                last.next();
                next = last.getLong(1) + 1;
            }
            System.out.println(next - 1);
            for (long id = next; ; id++) {
                statement.executeUpdate("insert into commits values (" + id + ", 'committed before the kill')");
                connection.commit();
                System.out.println(id);
                System.out.flush();
            }
        }
    }
}
