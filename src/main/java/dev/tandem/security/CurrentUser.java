// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The account behind the current request; {@code {inject:currentUser}} in templates. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {
    @Inject
    SecurityIdentity identity;

    @Inject
    Instance<HttpServerRequest> request;

    @Inject
    AuditLog audit;

    /**
     * Null when nobody is signed in (only on the pages that allow that: sign-in, errors). A session cookie that no
     * longer opens a session (ended, its password reset, its account removed) counts as nobody: the sign-in page must
     * still be drawn for that browser, and the pages that need an account refuse it as they refuse a missing one.
     */
    public AccountPrincipal principal() {
        try {
            return Identities.principal(identity);
        } catch (AuthenticationFailedException e) {
            return null;
        }
    }

    public boolean isSignedIn() {
        return principal() != null;
    }

    public long id() {
        return required().id();
    }

    public String username() {
        AccountPrincipal principal = principal();
        return principal == null ? "" : principal.username();
    }

    public boolean isAdmin() {
        AccountPrincipal principal = principal();
        return principal != null && principal.admin();
    }

    public String address() {
        if (!request.isResolvable()) {
            return "";
        }
        var remote = request.get().remoteAddress();
        return remote == null ? "" : remote.hostAddress();
    }

    /** Records an event done by this user, in the current transaction. */
    public void audit(String action, String target, String detail) {
        audit.record(username(), address(), action, target, detail);
    }

    private AccountPrincipal required() {
        AccountPrincipal principal = principal();
        if (principal == null) {
            throw new io.quarkus.security.UnauthorizedException("Sign in first.");
        }
        return principal;
    }
}
