// SPDX-License-Identifier: Apache-2.0
package dev.tandem.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * The one line a start that fails on the database leaves, from real driver failures: PostgreSQL's driver refused at
 * a closed port, H2 asked to open a database under a file. (The packaged server's start with its database down is
 * checked by src/test/scripts/failure-check.sh.)
 */
class StartFailureFilterTest {
    @Test
    void shouldSayThePostgresDatabaseCannotBeReached() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SQLException refused = failure("jdbc:postgresql://127.0.0.1:" + closedPort + "/tandem");
        LogRecord record = startFailure(new RuntimeException("Failed to start quarkus",
                new IllegalStateException("Unable to obtain connection from database", refused)));
        new StartFailureFilter().isLoggable(record);
        assertNull(record.getThrown(), "no stack trace");
        assertTrue(record.getMessage().startsWith("Tandem cannot reach its database at "), record.getMessage());
        assertTrue(record.getMessage().contains("refused"), record.getMessage());
        assertEquals(1, record.getMessage().lines().count());
    }

    @Test
    void shouldSayTheH2FileCannotBeOpened() {
        SQLException unopenable = failure("jdbc:h2:file:/dev/null/data/tandem;TRACE_LEVEL_FILE=0");
        LogRecord record = startFailure(new RuntimeException("Failed to start quarkus", unopenable));
        new StartFailureFilter().isLoggable(record);
        assertNull(record.getThrown());
        assertTrue(record.getMessage().startsWith("Tandem cannot open its database at "), record.getMessage());
        assertTrue(record.getMessage().contains("Check the data directory"), record.getMessage());
    }

    @Test
    void shouldNameTheSettingThatStoppedTheStart() {
        TandemConfig.Requests negative = new TandemConfig.Requests() {
            @Override
            public int concurrent() {
                return -1;
            }

            @Override
            public java.time.Duration maxWait() {
                return java.time.Duration.ofSeconds(20);
            }
        };
        IllegalArgumentException refused = null;
        try {
            negative.turns(2);
        } catch (IllegalArgumentException e) {
            refused = e;
        }
        LogRecord record = startFailure(new RuntimeException("Failed to start quarkus", refused));
        new StartFailureFilter().isLoggable(record);
        assertNull(record.getThrown(), "no stack trace");
        assertTrue(record.getMessage().startsWith("Tandem cannot start: tandem.requests.concurrent is -1"),
                record.getMessage());
        assertEquals(1, record.getMessage().lines().count());
    }

    @Test
    void shouldSayTheDatabaseWasUpgradedByANewerTandem() throws Exception {
        // found by use: an older jar started on upgraded data printed Flyway's stack trace and "run repair"; a newer
        // migration numbered between this version's (as one from a branch) is what Flyway does not ignore
        String url = "jdbc:h2:mem:newer-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        flyway(url, null).migrate();
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                    + " \"success\") VALUES (999, '4.5', 'of a newer version', 'SQL', 'V4_5__of_a_newer_version.sql', 0, 'sa',"
                    + " 1, TRUE)");
        }
        LogRecord record = startFailure(new RuntimeException("Failed to start quarkus", thrownBy(() -> flyway(url, null)
                .validate())));
        new StartFailureFilter().isLoggable(record);
        assertNull(record.getThrown(), "no stack trace");
        assertTrue(record.getMessage().contains("was upgraded by a newer version of Tandem (it has migration 4.5,"),
                record.getMessage());
        assertTrue(record.getMessage().contains("do not run Flyway's repair"), record.getMessage());
        assertEquals(1, record.getMessage().lines().count());
    }

    @Test
    void shouldSayAnUpgradeWasLeftHalfDone() throws Exception {
        // found by use: a start killed while it upgraded left a table of migration 5 but no record of it
        String url = "jdbc:h2:mem:half-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        flyway(url, "4").migrate();
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE dictionary (id BIGINT PRIMARY KEY)");
        }
        LogRecord record = startFailure(new RuntimeException("Failed to start quarkus",
                thrownBy(() -> flyway(url, null).migrate())));
        new StartFailureFilter().isLoggable(record);
        assertNull(record.getThrown(), "no stack trace");
        assertTrue(record.getMessage().startsWith("Tandem cannot start: upgrading its database at "), record.getMessage());
        assertTrue(record.getMessage().contains("failed in V5__dictionaries.sql"), record.getMessage());
        assertTrue(record.getMessage().contains("restore the backup made before it"), record.getMessage());
        assertEquals(1, record.getMessage().lines().count());
    }

    @Test
    void shouldSayAnUpgradeRecordedAsFailedWasLeftHalfDone() throws Exception {
        // found by an operator: a migration recorded as failed (as a database that can roll back no DDL leaves one)
        // brought back Flyway's "remove any half-completed changes then run repair" and a 16-line stack trace
        String url = "jdbc:h2:mem:failed-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        flyway(url, null).migrate();
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '17'");
        }
        LogRecord record = startFailure(new RuntimeException("Failed to start quarkus",
                thrownBy(() -> flyway(url, null).migrate())));
        new StartFailureFilter().isLoggable(record);
        assertNull(record.getThrown(), "no stack trace");
        assertTrue(record.getMessage().startsWith("Tandem cannot start: upgrading its database at "), record.getMessage());
        assertTrue(record.getMessage().contains("failed in migration 17"), record.getMessage());
        assertTrue(record.getMessage().contains("restore the backup made before it"), record.getMessage());
        assertEquals(1, record.getMessage().lines().count());
    }

    private static org.flywaydb.core.Flyway flyway(String url, String target) {
        var configuration = org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static Throwable thrownBy(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void shouldLeaveOtherFailuresAlone() {
        var cause = new IllegalStateException("port 8080 is taken");
        LogRecord record = startFailure(cause);
        new StartFailureFilter().isLoggable(record);
        assertEquals(cause, record.getThrown());
        LogRecord other = new LogRecord(Level.SEVERE, "Something else");
        other.setThrown(new SQLException("not at start", "08001"));
        new StartFailureFilter().isLoggable(other);
        assertEquals("Something else", other.getMessage());
    }

    private static LogRecord startFailure(Throwable thrown) {
        var record = new LogRecord(Level.SEVERE, "Failed to start application");
        record.setThrown(thrown);
        return record;
    }

    private static SQLException failure(String url) {
        try (var ignored = DriverManager.getConnection(url, "tandem", "")) {
            throw new AssertionError("connected to " + url);
        } catch (SQLException e) {
            return e;
        }
    }
}
