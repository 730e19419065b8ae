// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, username-and-password pairs that were just verified. bcrypt is slow on purpose
 * (tens of milliseconds), and HTTP Basic sends the password with every request of a script. Keys are salted
 * hashes, so the memory holds no password; any change to an account forgets everything.
 */
@ApplicationScoped
public class VerifiedPasswords {
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;
    private final String salt = Secrets.randomToken();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Optional<AccountPrincipal> lookup(String username, String password) {
        Entry entry = entries.get(key(username, password));
        if (entry == null || entry.expires.isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(entry.principal);
    }

    void remember(String username, String password, AccountPrincipal principal) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, password), new Entry(principal, Instant.now().plus(TTL)));
    }

    /** Called whenever a password, an account's admin flag, or the set of accounts changes. */
    public void forgetAll() {
        entries.clear();
    }

    private String key(String username, String password) {
        return Secrets.sha256Hex(salt + '\u0000' + username + '\u0000' + password);
    }

    private record Entry(AccountPrincipal principal, Instant expires) {
    }
}
