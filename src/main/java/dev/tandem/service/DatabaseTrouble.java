// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Failures that are the database's state, not a fault of the request or of Tandem: it cannot be reached, it is busy
 * with a conflicting write, or it cannot store. Each is answered 503 with {@code Retry-After} and words a user can act
 * on, not as a server error; readiness reports the unreachable database too. Told apart by the SQL states and vendor
 * codes of PostgreSQL and H2 anywhere in the cause chain, so that Hibernate's and the pool's wrappers do not matter.
 */
public enum DatabaseTrouble {
    /** Connection refused or broken, the pool unable to get one. */
    UNREACHABLE(Duration.ofSeconds(5), "The database is not answering at the moment; nothing was changed. Try again"
            + " in a few seconds; if it lasts, tell the administrator."),
    /** A lock wait that ran out, a deadlock, a serialization failure: another write held what this one needed. */
    BUSY(Duration.ofSeconds(1), "The document is busy with another change at the moment; nothing was changed. Try"
            + " again in a second."),
    /** The disk is full or read-only, or the embedded database closed itself after a failed write. */
    STORAGE(Duration.ofSeconds(60), "The server cannot write its data: its disk is full or read-only; nothing was"
            + " changed. Tell the administrator (the data directory needs space, or the database a restart).");

    /** H2's codes: lock timeout, deadlock; read-only, I/O errors, closed after a failure. */
    private static final Set<Integer> H2_BUSY = Set.of(50200, 40001);
    private static final Set<Integer> H2_STORAGE = Set.of(90097, 90028, 90031, 90098, 90121);

    private final Duration retryAfter;
    private final String message;

    DatabaseTrouble(Duration retryAfter, String message) {
        this.retryAfter = retryAfter;
        this.message = message;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public String message() {
        return message;
    }

    /** What kind of database trouble {@code failure} is, if it is one. */
    public static Optional<DatabaseTrouble> of(Throwable failure) {
        for (Throwable t : chain(failure)) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            // a data directory made read-only for Tandem's user says so by an AccessDeniedException naming the file
            if (text.contains("no space left on device") || text.contains("read-only file system")
                    || t instanceof AccessDeniedException) {
                return Optional.of(STORAGE);
            }
            if (t instanceof SQLException sql) {
                Optional<DatabaseTrouble> kind = of(sql.getSQLState(), sql.getErrorCode(), text);
                if (kind.isPresent()) {
                    return kind;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code failure}, its causes, and the exceptions suppressed along the way with their causes, depth first. A commit
     * that failed carries the database's exception only as a suppressed one of the transaction manager's
     * {@code RollbackException} (found by an operator: an import job stored on a full disk said "QuarkusTransactionException").
     */
    static List<Throwable> chain(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (failure != null) {
            next.push(failure);
        }
        while (!next.isEmpty() && found.size() < 64) {
            Throwable t = next.pop();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            Throwable[] suppressed = t.getSuppressed();
            for (int k = suppressed.length - 1; k >= 0; k--) {
                next.push(suppressed[k]);
            }
            if (t.getCause() != null) {
                next.push(t.getCause()); // the cause first, then what was suppressed
            }
        }
        return found;
    }

    private static Optional<DatabaseTrouble> of(String state, int code, String text) {
        String s = state == null ? "" : state;
        if (s.startsWith("08") || text.contains("acquisition timeout")) {
            return Optional.of(UNREACHABLE);
        }
        if (s.equals("40001") || s.equals("40P01") || s.equals("55P03") || H2_BUSY.contains(code)) {
            return Optional.of(BUSY);
        }
        if (s.startsWith("53") || s.equals("25006") || H2_STORAGE.contains(code)) {
            return Optional.of(STORAGE);
        }
        return Optional.empty();
    }
}
