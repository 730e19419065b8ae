// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import dev.tandem.config.TandemConfig;
import dev.tandem.model.Account;
import dev.tandem.model.ApiToken;
import dev.tandem.model.WebSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Checks passwords, API tokens and session cookies against the database; starts and ends browser sessions. */
@ApplicationScoped
@Transactional
public class SignIn {
    /** Writes to last-used and last-seen times are skipped when the stored one is this fresh. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedPasswords verified;

    @Inject
    AuditLog audit;

    @Inject
    TandemConfig config;

    /**
     * Checks a password against the account's stored hash, read afresh: a password changed, an admin flag taken
     * away or an account removed on another instance counts at once. A password that matched that very hash from the
     * same address a few minutes ago ({@link VerifiedPasswords}) is taken without hashing it again and without asking
     * the throttle: it is no guess, and a script that signed in keeps working while someone elsewhere guesses at its
     * account. Everything else is refused while the name or address is locked.
     */
    public PasswordCheck checkPassword(String username, String password, String address) {
        return checkPassword(username, password, address, true);
    }

    /**
     * As {@link #checkPassword}, for an account's current password before it is changed: while the account is locked
     * it is refused even if it was right a moment ago, since during a lock that shortcut would tell a guesser at once
     * which of their guesses is the password, and the change would then lock its owner out.
     */
    public PasswordCheck checkCurrentPassword(String username, String password, String address) {
        return checkPassword(username, password, address, false);
    }

    private PasswordCheck checkPassword(String username, String password, String address, boolean remembered) {
        Optional<Account> account = username == null ? Optional.empty() : Account.findByUsername(username);
        String storedHash = account.map(a -> a.passwordHash).orElse(null);
        if (remembered && storedHash != null && verified.remembers(password, storedHash, address)) {
            return accepted(account.get());
        }
        LoginThrottle.State throttled = throttle.state(username, address);
        if (throttled.lockedFor().isPresent()) {
            audit.recordAlone(safe(username), address, "sign-in-throttled", "account " + safe(username),
                    "refused without checking: too many recent failures");
            return new PasswordCheck.Throttled(throttled.lockedFor().get());
        }
        if (Passwords.matches(password, storedHash)) {
            verified.remember(password, storedHash, address);
            if (throttled.userFailures()) {
                throttle.succeeded(username);
            }
            return accepted(account.get());
        }
        throttle.failed(username, address);
        audit.recordAlone(safe(username), address, "sign-in-failed", "account " + safe(username),
                account.isPresent() ? "wrong password" : "no such account");
        return new PasswordCheck.Refused();
    }

    private static PasswordCheck accepted(Account account) {
        return new PasswordCheck.Accepted(AccountPrincipal.of(account, AccountPrincipal.Via.PASSWORD));
    }

    public Optional<AccountPrincipal> byToken(String token) {
        OffsetDateTime now = now();
        return ApiToken.findByHash(Secrets.sha256Hex(token)).filter(found -> !found.expiredAt(now)).map(found -> {
            if (found.lastUsedAt == null || found.lastUsedAt.plus(TOUCH_INTERVAL).isBefore(now)) {
                found.lastUsedAt = now;
            }
            return AccountPrincipal.of(found);
        });
    }

    public Optional<AccountPrincipal> bySession(String cookieValue) {
        WebSession session = WebSession.findById(sessionId(cookieValue));
        if (session == null) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        TandemConfig.Session limits = config.session();
        if (session.lastSeenAt.plus(limits.idleTimeout()).isBefore(now) || session.createdAt.plus(limits.maxAge()).isBefore(now)) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH_INTERVAL).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return Optional.of(AccountPrincipal.of(session.account, AccountPrincipal.Via.SESSION));
    }

    /** A new session for a checked account; returns the cookie value, which is stored only as a hash. */
    public String startSession(AccountPrincipal principal, String address) {
        // sessions nobody presents again would stay for ever: sweep the expired ones whenever someone signs in
        OffsetDateTime now = now();
        WebSession.delete("lastSeenAt < ?1 or createdAt < ?2", now.minus(config.session().idleTimeout()),
                now.minus(config.session().maxAge()));
        String cookieValue = Secrets.randomToken();
        var session = new WebSession();
        session.id = sessionId(cookieValue);
        session.account = Account.findById(principal.id());
        session.createdAt = now();
        session.lastSeenAt = session.createdAt;
        session.persist();
        audit.record(principal.username(), address, "sign-in", "account " + principal.username(), "browser session");
        return cookieValue;
    }

    public void endSession(String cookieValue, String username, String address) {
        WebSession.deleteById(sessionId(cookieValue));
        audit.record(username, address, "sign-out", "account " + username, "");
    }

    /** The stored id of the session behind a cookie: its hash, so the database alone lets nobody in. */
    public static String sessionId(String cookieValue) {
        return Secrets.sha256Hex(cookieValue);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String safe(String username) {
        return username == null ? "" : username;
    }
}
