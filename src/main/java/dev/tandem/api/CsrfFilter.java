// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.security.AccountAuthenticationMechanism;
import dev.tandem.security.CsrfToken;
import dev.tandem.security.Paths;
import dev.tandem.security.Secrets;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses a state-changing request that a browser sends with its session cookie but without the session's CSRF
 * token (header {@code X-CSRF-Token}, set on every htmx request, or form field {@code csrf-token}). Requests that
 * prove who they are with an Authorization header are not at risk: another site cannot make a browser add one.
 */
public class CsrfFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    @WithFormRead
    public Response check(HttpServerRequest request, ResteasyReactiveContainerRequestContext context) {
        if (SAFE.contains(request.method().name())) {
            return null;
        }
        Cookie cookie = request.getCookie(AccountAuthenticationMechanism.COOKIE);
        String path = request.path();
        if (cookie == null || path.equals("/login")) {
            return null;
        }
        if (Paths.takesAuthorizationHeader(path) && request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        String sent = request.getHeader(CsrfToken.HEADER);
        if (sent == null && formField(context) instanceof String field) {
            sent = field;
        }
        if (Secrets.sameSecret(CsrfToken.of(cookie.getValue()), sent)) {
            return null;
        }
        String detail = "This form is out of date or was sent from another site (its CSRF token is missing or wrong):"
                + " reload the page and try again.";
        if (Paths.isApi(path)) {
            return Problem.response(403, "Forbidden", detail, CsrfToken.FIELD);
        }
        return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(detail).build();
    }

    /** The token field of a url-encoded or multipart form, read before the endpoint by {@link WithFormRead}. */
    private static Object formField(ResteasyReactiveContainerRequestContext context) {
        return context.getServerRequestContext() instanceof ResteasyReactiveRequestContext server
                ? server.getFormParameter(CsrfToken.FIELD, true, false) : null;
    }
}
