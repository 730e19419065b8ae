// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a password matched an account's stored hash when sent from an address. bcrypt is
 * slow on purpose (tens of milliseconds), and HTTP Basic sends the password with every request of a script. The
 * address is part of what is remembered: while a guesser has the account locked, a script that signed in keeps
 * working from its own address, but the guesser's right guess from another address is refused like the wrong ones
 * (remembered for any address, it went through the lock, and told the guesser at once that it was the password). The stored hash is part of
 * what is remembered and is read from the database on every request, so a password changed or an account removed
 * on any instance ends the remembered sign-in everywhere at once. Keys are salted hashes: the memory holds no
 * password.
 */
@ApplicationScoped
public class VerifiedPasswords {
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;
    private final String salt = Secrets.randomToken();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    /** Whether {@code password} was found to match {@code storedHash}, sent from {@code address}, in the last few minutes. */
    boolean remembers(String password, String storedHash, String address) {
        Instant expires = expiries.get(key(password, storedHash, address));
        return expires != null && expires.isAfter(Instant.now());
    }

    void remember(String password, String storedHash, String address) {
        if (expiries.size() >= MAX_ENTRIES) {
            expiries.clear();
        }
        expiries.put(key(password, storedHash, address), Instant.now().plus(TTL));
    }

    private String key(String password, String storedHash, String address) {
        return Secrets.sha256Hex(salt + '\u0000' + storedHash + '\u0000' + address + '\u0000' + password);
    }
}
