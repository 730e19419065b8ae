// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Account;
import dev.tandem.model.ApiToken;
import dev.tandem.security.AccountPrincipal;
import dev.tandem.security.CurrentUser;
import dev.tandem.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Personal API tokens: each user creates, lists and revokes their own; admins list and revoke anyone's. A token is
 * created only by a request that proved who it is with the password (Basic, or a signed-in browser session), never
 * by a token: a leaked token cannot make others that outlive its revocation.
 */
@ApplicationScoped
@Transactional
public class TokenService {
    static final int MAX_NAME_LENGTH = 100;
    /** The longest lifetime a token may be given, in days (ten years): a longer one is a typing error. */
    static final int MAX_DAYS = 3650;
    /** Recognisable in logs and secret scanners; the rest is 256 random bits. */
    private static final String PREFIX = "tdm_";

    @Inject
    CurrentUser user;

    public record Created(ApiToken token, String secret) {
    }

    /** What a new token may do and for how long: {@code expiresInDays} null for a token that works until revoked. */
    public record Grant(boolean readOnly, Integer expiresInDays) {
        public static final Grant FULL = new Grant(false, null);
    }

    public Created create(String name, Grant grant) {
        return create(name, grant, null);
    }

    /**
     * As {@link #create(String, Grant)}, for the form with the one-time key {@code formKey} (null: none). When that form
     * made a token already, that token with a null secret: its secret was shown once and is not kept.
     */
    public Created create(String name, Grant grant, String formKey) {
        if (formKey != null) {
            var earlier = ApiToken.findByFormKey(user.id(), formKey);
            if (earlier.isPresent()) {
                return new Created(earlier.get(), null);
            }
        }
        AccountPrincipal principal = user.principal();
        if (principal != null && principal.via() == AccountPrincipal.Via.TOKEN) {
            throw new AccessDeniedException("An API token cannot create tokens: create one with your password (HTTP"
                    + " Basic) or on the account page, /account.");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "name is missing: say what the token is for, e.g. \"CI export\".");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        OneLineText.check("name", trimmed);
        Integer days = grant.expiresInDays();
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new InvalidInputException("expiresInDays", "expiresInDays must be between 1 and " + MAX_DAYS
                    + " (or left out for a token that works until it is revoked); it was " + days + ".");
        }
        String secret = PREFIX + Secrets.randomToken();
        var token = new ApiToken();
        token.account = Account.findById(user.id());
        token.name = trimmed;
        token.tokenHash = Secrets.sha256Hex(secret);
        token.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        token.readOnly = grant.readOnly();
        token.expiresAt = days == null ? null : token.createdAt.plusDays(days);
        token.formKey = formKey;
        token.persist();
        user.audit("token-create", "token " + token.id, trimmed + (token.readOnly ? " (read only)" : "")
                + (token.expiresAt == null ? "" : " expires " + token.expiresAt.toLocalDate()));
        return new Created(token, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> listOwn() {
        return ApiToken.listForAccount(user.id());
    }

    /** One of the caller's own tokens; 404 for anyone else's, as for none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApiToken findOwn(long id) {
        ApiToken token = ApiToken.findById(id);
        if (token == null || !token.account.id.equals(user.id())) {
            throw new NotFoundException("token", id);
        }
        return token;
    }

    public void revoke(long id) {
        ApiToken token = findOwn(id);
        token.delete();
        user.audit("token-revoke", "token " + id, token.name);
    }

    /** Someone's tokens (admins only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> listFor(String username) {
        return ApiToken.listForAccount(account(username, "list other people's tokens").id);
    }

    /** Revokes one of someone's tokens (admins only): a token lost or leaked, its owner away. */
    public void revokeFor(String username, long id) {
        Account account = account(username, "revoke other people's tokens");
        ApiToken token = ApiToken.findById(id);
        if (token == null || !token.account.id.equals(account.id)) {
            throw new NotFoundException("token of " + account.username, id);
        }
        token.delete();
        user.audit("token-revoke", "token " + id, token.name + " (of " + account.username + ")");
    }

    private Account account(String username, String what) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only admins may " + what + ".");
        }
        return Account.findByUsername(username).orElseThrow(() -> NotFoundException.named("account", username));
    }
}
