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
    /** Recognisable in logs and secret scanners; the rest is 256 random bits. */
    private static final String PREFIX = "tdm_";

    @Inject
    CurrentUser user;

    public record Created(ApiToken token, String secret) {
    }

    public Created create(String name) {
        return create(name, null);
    }

    /**
     * As {@link #create(String)}, for the form with the one-time key {@code formKey} (null: none). When that form made a
     * token already, that token with a null secret: its secret was shown once and is not kept.
     */
    public Created create(String name, String formKey) {
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
        String secret = PREFIX + Secrets.randomToken();
        var token = new ApiToken();
        token.account = Account.findById(user.id());
        token.name = trimmed;
        token.tokenHash = Secrets.sha256Hex(secret);
        token.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        token.formKey = formKey;
        token.persist();
        user.audit("token-create", "token " + token.id, trimmed);
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
