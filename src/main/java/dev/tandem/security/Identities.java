// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a request, and reads the account back from it. */
public final class Identities {
    /** Every signed-in account has this role; the default for every endpoint without its own annotation. */
    public static final String USER = "user";
    public static final String ADMIN = "admin";
    private static final String PRINCIPAL = "tandem.principal";

    private Identities() {
    }

    static SecurityIdentity of(AccountPrincipal principal) {
        var builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal.username()))
                .addRole(USER)
                .addAttribute(PRINCIPAL, principal);
        if (principal.admin()) {
            builder.addRole(ADMIN);
        }
        return builder.build();
    }

    public static AccountPrincipal principal(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(PRINCIPAL);
    }
}
