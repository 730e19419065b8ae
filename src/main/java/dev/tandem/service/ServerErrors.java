// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.MDC;

/**
 * Failures of the server's own (a 500, a background import that broke) are logged once, at ERROR, under a new id
 * that the client is shown too (a problem's {@code instance}, the error page, the job's message), so that what a
 * user reports leads to its log line.
 */
public final class ServerErrors {
    /** The log record's MDC key of the id. */
    public static final String MDC_KEY = "problem";

    private ServerErrors() {
    }

    /**
     * Logs {@code failure} of {@code what} (a request as {@code GET /path}, without its query string; a job) under a
     * new id, and returns the id: {@code urn:uuid:…}.
     */
    public static String log(Throwable failure, String what) {
        return underNewId(instance -> Log.errorf(failure, "Problem %s: %s failed", instance, what));
    }

    /**
     * Logs a request refused for the database's state as one WARN line, without a stack trace (it is no bug), under a
     * new id; returns the id. The line names the SQL state and vendor code; the driver's words only where they are
     * the system's (a refused connection, a full disk): a lock timeout's message quotes the row, user text included.
     */
    public static String logTrouble(DatabaseTrouble trouble, Throwable failure, String what) {
        SQLException sql = null;
        Throwable root = failure;
        for (Throwable t : DatabaseTrouble.chain(failure)) {
            if (sql == null && t instanceof SQLException e) {
                sql = e;
            }
            if (t.getCause() == null && (root.getCause() != null || t instanceof IOException)) {
                root = t; // the deepest cause, an I/O error's words above all
            }
        }
        String codes = sql == null ? "" : " (SQL state " + sql.getSQLState() + ", code " + sql.getErrorCode() + ")";
        String words = trouble == DatabaseTrouble.UNREACHABLE || root instanceof IOException
                ? ": " + String.valueOf(root.getMessage()).strip().lines().findFirst().orElse("") : "";
        String kind = trouble.name().toLowerCase(Locale.ROOT);
        String rootName = root.getClass().getSimpleName();
        return underNewId(instance -> Log.warnf("Problem %s: %s refused, database %s%s: %s%s", instance, what, kind,
                codes, rootName, words));
    }

    /** Writes one log line under a new id, also the record's MDC entry; returns the id. */
    private static String underNewId(Consumer<String> line) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        // also a field of its own in JSON logs (mdc.problem), for a log collector to search by
        MDC.put(MDC_KEY, instance);
        try {
            line.accept(instance);
        } finally {
            MDC.remove(MDC_KEY);
        }
        return instance;
    }
}
