// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;

/**
 * A project archive that could not be read within the transaction timeout: nothing was sent. Told apart from other
 * failures so that the client hears what ran out, not only a server error's id.
 */
public class ArchiveTimeoutException extends RuntimeException {
    /** SQL state of a statement cancelled (PostgreSQL's query_canceled, H2's "canceled or the session timed out"). */
    private static final String CANCELLED = "57014";

    ArchiveTimeoutException(long projectId, String what, Duration timeout, Throwable cause) {
        super("The archive of project " + projectId + " was not sent: reading " + what + " took longer than the "
                + timeout.toSeconds() + " s a database transaction may last (quarkus.transaction-manager"
                + ".default-transaction-timeout). Try again when the server is less busy; if it happens again, tell"
                + " the administrator.", cause);
    }

    /**
     * Whether {@code failure} is the transaction reaper's work: a statement it cancelled, or the commit of a
     * read-only transaction it had already rolled back (nothing else rolls one back).
     */
    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.QueryTimeoutException || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof SQLTimeoutException || t instanceof jakarta.transaction.RollbackException
                    || t instanceof SQLException sql && CANCELLED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
