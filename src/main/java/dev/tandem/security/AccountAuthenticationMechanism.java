// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The one way into Tandem. On the API (and /q): {@code Authorization: Bearer <token>} or HTTP Basic, else the
 * browser's session cookie (so the pages can link to exports). On the pages: the session cookie only, so a
 * browser that cached Basic credentials cannot be used for a cross-site request.
 */
@ApplicationScoped
public class AccountAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String COOKIE = "tandem_session";
    static final String ADDRESS = "tandem.address";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization != null && Paths.takesAuthorizationHeader(context.normalizedPath())) {
            AuthenticationRequest request = fromAuthorization(authorization);
            if (request == null) {
                return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException(
                        "The Authorization header is neither Basic nor Bearer."));
            }
            request.setAttribute(ADDRESS, address(context));
            return identities.authenticate(request);
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie != null && !cookie.getValue().isEmpty()) {
            return identities.authenticate(new SessionAuthenticationRequest(cookie.getValue()));
        }
        return Uni.createFrom().optional(java.util.Optional.empty());
    }

    private static AuthenticationRequest fromAuthorization(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer") && !value.isEmpty()) {
            return new TokenAuthenticationRequest(new TokenCredential(value, "bearer"));
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                    new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
        }
        return null;
    }

    /** API clients get 401 with the schemes they may use; pages send people to the sign-in form. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (Paths.takesAuthorizationHeader(context.normalizedPath())) {
            return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE,
                    Paths.challenge(context.request().getHeader(HttpHeaderNames.ACCEPT))));
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaderNames.LOCATION,
                Paths.signIn(context.request().uri())));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenAuthenticationRequest.class,
                SessionAuthenticationRequest.class);
    }

    static String address(RoutingContext context) {
        var remote = context.request().remoteAddress();
        return remote == null ? "" : remote.hostAddress();
    }
}
