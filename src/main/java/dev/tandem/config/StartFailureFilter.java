// SPDX-License-Identifier: Apache-2.0
package dev.tandem.config;

import io.quarkus.logging.LoggingFilter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
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

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        Throwable thrown = record.getThrown();
        if (thrown == null || message == null || !message.startsWith("Failed to start application")) {
            return true;
        }
        String line = settingProblem(thrown);
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
        String url = PASSWORD.matcher(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("(not set)")).replaceAll("$1***");
        String cause = firstLine(sql != null ? sql.getMessage() : root.getMessage());
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
