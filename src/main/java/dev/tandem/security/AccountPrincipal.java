// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import dev.tandem.model.Account;

/** The signed-in account as the rest of a request sees it, and how it signed in. */
public record AccountPrincipal(long id, String username, boolean admin, Via via) {
    /** How a request proved who it is. Requests signed in by cookie need a CSRF token to change anything. */
    public enum Via { SESSION, PASSWORD, TOKEN }

    static AccountPrincipal of(Account account, Via via) {
        return new AccountPrincipal(account.id, account.username, account.admin, via);
    }
}
