// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Account;
import dev.tandem.model.ApiToken;
import dev.tandem.security.CurrentUser;
import dev.tandem.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Personal API tokens: each user creates, lists and revokes their own. */
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

    public void revoke(long id) {
        ApiToken token = ApiToken.findById(id);
        if (token == null || !token.account.id.equals(user.id())) {
            throw new NotFoundException("token", id);
        }
        token.delete();
        user.audit("token-revoke", "token " + id, token.name);
    }
}
