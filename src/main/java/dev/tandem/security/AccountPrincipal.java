// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import dev.tandem.model.Account;
import dev.tandem.model.ApiToken;

/**
 * The signed-in account as the rest of a request sees it, and how it signed in; {@code readOnly} for a read-only API
 * token, which may read and export but change nothing.
 */
public record AccountPrincipal(long id, String username, boolean admin, Via via, boolean readOnly) {
    /** How a request proved who it is. Requests signed in by cookie need a CSRF token to change anything. */
    public enum Via { SESSION, PASSWORD, TOKEN }

    static AccountPrincipal of(Account account, Via via) {
        return new AccountPrincipal(account.id, account.username, account.admin, via, false);
    }

    static AccountPrincipal of(ApiToken token) {
        Account account = token.account;
        return new AccountPrincipal(account.id, account.username, account.admin, Via.TOKEN, token.readOnly);
    }
}
