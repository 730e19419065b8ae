// SPDX-License-Identifier: Apache-2.0
package dev.tandem.config;

import io.quarkus.logging.LoggingFilter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Turns Quarkus's "Failed to start application" record, when the database or a {@code tandem.*} setting is the
 * cause, into one line that says what is wrong and what to do, without the stack traces (some 50 lines, Flyway's
 * banner among them). Quarkus still exits with status 1. Other records pass unchanged.
 */
@LoggingFilter(name = "start-failure")
public final class StartFailureFilter implements Filter {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    /** Flyway's words for a database with a migration this build does not have, and for a migration that failed. */
    private static final Pattern NEWER_MIGRATION = Pattern.compile("applied migration not resolved locally: ([\\w.]+?)\\.?(\\s|$)");
    private static final Pattern FAILED_MIGRATION = Pattern.compile("(?:Failed to execute script|Migration) (\\S+\\.sql)"
            + "|Detected failed migration to version (\\S+?)\\.?\\s");
    /** H2's error code for a database file another process holds ("Database may be already in use"). */
    private static final int H2_IN_USE = 90020;
    private static final Pattern MIGRATION_CAUSE = Pattern.compile("(?m)^Message\\s*:\\s*(.+?)(?:; SQL statement:)?$");

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        Throwable thrown = record.getThrown();
        if (thrown == null || message == null || !message.startsWith("Failed to start application")) {
            return true;
        }
        String line = settingProblem(thrown);
        if (line == null) {
            line = migrationProblem(thrown);
        }
        if (line == null) {
            line = databaseProblem(thrown);
        }
        if (line != null) {
            record.setMessage(line);
            record.setParameters(null);
            record.setThrown(null);
        }
        return true;
    }

    /**
     * The one line for a start refused because of a {@code tandem.*} setting (an {@link IllegalArgumentException}
     * whose message names it), or null.
     */
    static String settingProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null
                    && t.getMessage().startsWith("tandem.")) {
                return "Tandem cannot start: " + firstLine(t.getMessage()) + " Tandem stops.";
            }
        }
        return null;
    }

    /**
     * The one line for a start refused by the database's migrations (Flyway's messages), or null: a database written
     * by a newer Tandem (started again after a downgrade: Flyway's advice to "run repair" would leave the newer
     * tables behind), or a migration that failed, as one an earlier start was killed in leaves it.
     */
    static String migrationProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            Matcher newer = NEWER_MIGRATION.matcher(message);
            if (newer.find()) {
                return "Tandem cannot start: its database at " + url() + " was upgraded by a newer version of Tandem"
                        + " (it has migration " + newer.group(1) + ", which this version does not know). Start the newer"
                        + " version again, or restore a backup made with this one (README, Upgrading); do not run"
                        + " Flyway's repair. Tandem stops.";
            }
            Matcher failed = FAILED_MIGRATION.matcher(message);
            if (failed.find()) {
                Matcher cause = MIGRATION_CAUSE.matcher(message);
                String where = failed.group(1) != null ? failed.group(1) : "migration " + failed.group(2);
                return "Tandem cannot start: upgrading its database at " + url() + " failed in " + where
                        + (cause.find() ? " (" + cause.group(1).strip() + ")" : "") + ". If an earlier start was"
                        + " stopped while it upgraded the database, the upgrade is half done: restore the backup made"
                        + " before it and start again (README, Upgrading). Tandem stops.";
            }
        }
        return null;
    }

    private static String url() {
        return PASSWORD.matcher(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("(not set)")).replaceAll("$1***");
    }

    /** The one line for a start that failed on the database, or null when the database is not the cause. */
    static String databaseProblem(Throwable failure) {
        SQLException sql = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (sql == null && t instanceof SQLException e) {
                sql = e;
            }
            root = t;
        }
        boolean unreachable = root instanceof ConnectException || root instanceof UnknownHostException
                || sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
        if (sql == null && !unreachable) {
            return null;
        }
        String url = url();
        String cause = firstLine(sql != null ? sql.getMessage() : root.getMessage());
        String builtFor = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class)
                .orElse("h2");
        if (url.startsWith("jdbc:postgresql:") && !builtFor.startsWith("postgres")) {
            // found by an operator: the H2 package given a PostgreSQL URL was told to check its data directory
            return "Tandem cannot use the database at " + url + ": this package was built for " + builtFor + " (the"
                    + " default), and the database kind is fixed when it is built. Build it for PostgreSQL with"
                    + " ./mvnw package -Dquarkus.profile=pg (README, Running with PostgreSQL); Tandem stops.";
        }
        if (sql != null && sql.getErrorCode() == H2_IN_USE) {
            // H2's own advice, "use the server mode", is no mode of Tandem's
            return "Tandem cannot open its database at " + url + ": the database file is in use by another program: a"
                    + " Tandem already running on it, or a tool holding it open. Stop that one first (one Tandem per"
                    + " data directory; several instances share a PostgreSQL database: README, Running with PostgreSQL),"
                    + " or give this one a data directory of its own (tandem.data-dir); Tandem stops.";
        }
        return unreachable
                ? "Tandem cannot reach its database at " + url + ": " + cause + " Start the database, or point"
                        + " quarkus.datasource.jdbc.url (QUARKUS_DATASOURCE_JDBC_URL) at it; Tandem stops."
                : "Tandem cannot open its database at " + url + ": " + cause + " Check the data directory (writable,"
                        + " not full) or the database's account and permissions; Tandem stops.";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line : line + ".";
    }
}
