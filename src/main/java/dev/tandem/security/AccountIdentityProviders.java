// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The three ways to prove who one is, each checked by {@link SignIn} on a worker thread (it reads the database). */
final class AccountIdentityProviders {
    private AccountIdentityProviders() {
    }

    static Uni<SecurityIdentity> identity(AuthenticationRequestContext context,
            java.util.function.Supplier<Optional<AccountPrincipal>> check, String failure) {
        return context.runBlocking(() -> check.get().map(Identities::of)
                .orElseThrow(() -> new AuthenticationFailedException(failure)));
    }

    /** HTTP Basic on the API. A throttled attempt fails like a wrong password, without checking it. */
    @ApplicationScoped
    static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        @Inject
        SignIn signIn;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String username = request.getUsername();
            String password = new String(request.getPassword().getPassword());
            String address = request.getAttribute(AccountAuthenticationMechanism.ADDRESS);
            return identity(context, () -> {
                if (signIn.checkPassword(username, password, address) instanceof PasswordCheck.Accepted ok) {
                    return Optional.of(ok.principal());
                }
                return Optional.empty();
            }, "Wrong username or password, or too many failed attempts: wait a minute and try again.");
        }
    }

    @ApplicationScoped
    static class Token implements IdentityProvider<TokenAuthenticationRequest> {
        @Inject
        SignIn signIn;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String token = request.getToken().getToken();
            return identity(context, () -> signIn.byToken(token),
                    "The API token is unknown, has expired or was revoked: create a new one at /account.");
        }
    }

    @ApplicationScoped
    static class Session implements IdentityProvider<SessionAuthenticationRequest> {
        @Inject
        SignIn signIn;

        @Override
        public Class<SessionAuthenticationRequest> getRequestType() {
            return SessionAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String cookie = request.cookieValue();
            return identity(context, () -> signIn.bySession(cookie),
                    "Your session has ended: sign in again.");
        }
    }
}
