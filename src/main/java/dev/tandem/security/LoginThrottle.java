// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import dev.tandem.config.TandemConfig;
import dev.tandem.model.SignInFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one username (or ten times as many from
 * one address) within the window, further attempts are refused, right password or not, until the lock runs out.
 * Each further failure doubles the lock, up to the window. The counts live in the database, so a lock made on one
 * instance holds on every other behind the same load balancer.
 */
@ApplicationScoped
public class LoginThrottle {
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    private static final int ADDRESS_FACTOR = 10;

    private final int maxFailures;
    private final Duration firstLock;
    private final Duration window;

    @Inject
    LoginThrottle(TandemConfig config) {
        maxFailures = config.signIn().maxFailures();
        firstLock = config.signIn().lock();
        window = config.signIn().window();
    }

    /** The throttle's state for one attempt, read in the caller's transaction (one statement). */
    public State state(String username, String address) {
        OffsetDateTime now = now();
        String user = userKey(username);
        OffsetDateTime until = now;
        boolean userFailures = false;
        for (SignInFailure row : SignInFailure.byKeys(List.of(user, addressKey(address)))) {
            userFailures |= row.key.equals(user);
            until = row.lockedUntil.isAfter(until) ? row.lockedUntil : until;
        }
        return new State(until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty(),
                userFailures);
    }

    /**
     * @param lockedFor    how long the caller must wait before trying again, if at all
     * @param userFailures whether the username has failures on record, for {@link #succeeded} to forget
     */
    public record State(Optional<Duration> lockedFor, boolean userFailures) {
    }

    /** Counts a wrong password, in transactions of its own: the count stays whatever becomes of the caller's. */
    public void failed(String username, String address) {
        OffsetDateTime now = now();
        count(userKey(username), maxFailures, now);
        count(addressKey(address), maxFailures * ADDRESS_FACTOR, now);
        try {
            QuarkusTransaction.requiringNew().run(() -> SignInFailure.sweep(now.minus(window), now));
        } catch (RuntimeException e) {
            // Two instances sweeping at once may block each other; the rows go at the next failure.
            LOG.debugf("Old sign-in failures not swept this time (%s)", e.getClass().getSimpleName());
        }
    }

    /** Forgets the username's failures (not the address's). Part of the caller's transaction. */
    public void succeeded(String username) {
        SignInFailure.deleteById(userKey(username));
    }

    private void count(String key, int allowed, OffsetDateTime now) {
        try {
            QuarkusTransaction.requiringNew().run(() -> countLocked(key, allowed, now));
        } catch (RuntimeException e) {
            // The first failure for a key counted on two instances at once: the second insert breaks the key.
            // The row is there now, so counting again locks and updates it.
            QuarkusTransaction.requiringNew().run(() -> countLocked(key, allowed, now));
        }
    }

    private void countLocked(String key, int allowed, OffsetDateTime now) {
        SignInFailure row = SignInFailure.findForUpdate(key).orElse(null);
        boolean fresh = row == null;
        if (fresh) {
            row = new SignInFailure();
            row.key = key;
        }
        row.failures = fresh || row.lastAt.plus(window).isBefore(now) ? 1 : row.failures + 1;
        row.lastAt = now;
        row.lockedUntil = now;
        if (row.failures >= allowed) {
            Duration lock = firstLock.multipliedBy(1L << Math.min(row.failures - allowed, 20));
            row.lockedUntil = now.plus(lock.compareTo(window) > 0 ? window : lock);
        }
        if (fresh) {
            row.persist();
            SignInFailure.flush();
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String userKey(String username) {
        return Secrets.sha256Hex("user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return Secrets.sha256Hex("address:" + address);
    }
}
