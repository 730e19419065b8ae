// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Account;
import dev.tandem.model.ApiToken;
import dev.tandem.model.Membership;
import dev.tandem.model.WebSession;
import dev.tandem.security.CurrentUser;
import dev.tandem.security.PasswordCheck;
import dev.tandem.security.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Creating, listing and removing accounts, and changing passwords. */
@ApplicationScoped
@Transactional
public class AccountService {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Inject
    CurrentUser user;

    @Inject
    SignIn signIn;

    public Account create(String username, String password, boolean admin) {
        requireAdmin("create accounts");
        Account account = createUnchecked(username, password, admin);
        user.audit("user-create", "account " + account.username, admin ? "admin" : "user");
        return account;
    }

    /** Without the admin check: for the first admin at start-up. */
    Account createUnchecked(String username, String password, boolean admin) {
        String name = normalizeUsername(username);
        if (Account.findByUsername(name).isPresent()) {
            throw new InvalidInputException("username", "There is already an account named \"" + name
                    + "\": choose another name.");
        }
        return insert(name, password, admin);
    }

    /** The account's row, without asking first whether the name is taken: the unique name decides. */
    Account insert(String username, String password, boolean admin) {
        var account = new Account();
        account.username = normalizeUsername(username);
        account.passwordHash = PasswordRules.hash("password", password, account.username);
        account.admin = admin;
        account.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        account.persist();
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> list() {
        requireAdmin("list accounts");
        return Account.listByName();
    }

    /** One account (admins only); usernames are stored in lower case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Account find(String username) {
        requireAdmin("read accounts");
        return Account.findByUsername(username.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> NotFoundException.named("account", username));
    }

    /** Removes an account with its memberships, tokens and sessions; its edits keep the name. */
    public void delete(String username) {
        requireAdmin("remove accounts");
        Account account = Account.findByUsername(username)
                .orElseThrow(() -> NotFoundException.named("account", username));
        if (account.id.equals(user.id())) {
            throw new InvalidInputException("username", "You cannot remove your own account: ask another admin.");
        }
        Membership.delete("account.id", account.id);
        ApiToken.delete("account.id", account.id);
        WebSession.delete("account.id", account.id);
        account.delete();
        user.audit("user-delete", "account " + username, "");
    }

    /**
     * Makes an account an admin or an ordinary user. The last admin stays one, so that someone can always manage
     * accounts.
     */
    public Account setAdmin(String username, boolean admin) {
        requireAdmin("change who is an admin");
        Account account = Account.findByUsername(username)
                .orElseThrow(() -> NotFoundException.named("account", username));
        if (account.admin == admin) {
            return account;
        }
        if (!admin && Account.count("admin", true) <= 1) {
            throw new InvalidInputException("admin", account.username + " is the only admin: make someone else an"
                    + " admin first.");
        }
        account.admin = admin;
        user.audit(admin ? "admin-grant" : "admin-revoke", "account " + account.username, "");
        return account;
    }

    /**
     * Changes one's own password; other browser sessions of the account end and its API tokens are revoked: a new
     * password is often meant to shut someone out, and a token made with the old one would let them stay.
     */
    public void changeOwnPassword(String currentPassword, String newPassword, String currentSessionId) {
        Account account = Account.findById(user.id());
        // checked as a sign-in is, throttled and audited: a stolen session or token must not be a way to guess the
        // password at full speed, and then change it (found by use: eight wrong guesses, then the right one, unseen)
        PasswordCheck check = signIn.checkCurrentPassword(account.username, currentPassword, user.address());
        if (check instanceof PasswordCheck.Throttled throttled) {
            throw new TooManyAttemptsException("currentPassword", throttled.retryAfter());
        }
        if (!(check instanceof PasswordCheck.Accepted)) {
            throw new InvalidInputException("currentPassword", "The current password is wrong.");
        }
        account.passwordHash = PasswordRules.hash("newPassword", newPassword, account.username);
        WebSession.delete("account.id = ?1 and id <> ?2", account.id, currentSessionId == null ? "" : currentSessionId);
        long tokens = ApiToken.delete("account.id", account.id);
        user.audit("password-change", "account " + account.username, "other sessions ended, " + tokens
                + " token(s) revoked");
    }

    /** An admin sets someone's password (they forgot theirs, or it leaked); their sessions end, their tokens too. */
    public void resetPassword(String username, String newPassword) {
        requireAdmin("set other people's passwords");
        Account account = Account.findByUsername(username)
                .orElseThrow(() -> NotFoundException.named("account", username));
        account.passwordHash = PasswordRules.hash("password", newPassword, account.username);
        WebSession.delete("account.id", account.id);
        long tokens = ApiToken.delete("account.id", account.id);
        user.audit("password-reset", "account " + username, tokens + " token(s) revoked");
    }

    static String normalizeUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("username", "username must be 2 to 64 characters: lowercase letters,"
                    + " digits, dot, dash or underscore, starting with a letter or digit.");
        }
        return name;
    }

    private void requireAdmin(String what) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only admins may " + what + ".");
        }
    }
}
