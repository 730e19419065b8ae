// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import dev.tandem.config.TandemConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one username (or ten times as many from
 * one address) within the window, further attempts are refused, right password or not, until the lock runs out.
 * Each further failure doubles the lock, up to the window. Kept in memory: a restart forgives, which is fine.
 */
@ApplicationScoped
public class LoginThrottle {
    private static final int ADDRESS_FACTOR = 10;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    private final int maxFailures;
    private final Duration firstLock;
    private final Duration window;

    @Inject
    LoginThrottle(TandemConfig config) {
        maxFailures = config.signIn().maxFailures();
        firstLock = config.signIn().lock();
        window = config.signIn().window();
    }

    /** How long the caller must wait before trying again, if at all. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockEnd(userKey(username), now), lockEnd(addressKey(address), now));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), maxFailures, now);
        record(addressKey(address), maxFailures * ADDRESS_FACTOR, now);
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private void record(String key, int allowed, Instant now) {
        failures.compute(key, (k, old) -> {
            int count = old == null || old.last.plus(window).isBefore(now) ? 1 : old.count + 1;
            Instant lockedUntil = now;
            if (count >= allowed) {
                Duration lock = firstLock.multipliedBy(1L << Math.min(count - allowed, 20));
                lockedUntil = now.plus(lock.compareTo(window) > 0 ? window : lock);
            }
            return new Failures(count, now, lockedUntil);
        });
        if (failures.size() > 100_000) {
            failures.values().removeIf(f -> f.last.plus(window).isBefore(now));
        }
    }

    private Instant lockEnd(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null ? now : f.lockedUntil;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }
}
