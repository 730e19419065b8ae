// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.security.Paths;
import dev.tandem.service.AccessDeniedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Not signed in: 401 problem on the API, the sign-in page for people. Not allowed: 403. */
public class SecurityMappers {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath();
        if (Paths.isApi(path)) {
            String detail = e instanceof AuthenticationFailedException && e.getMessage() != null ? e.getMessage()
                    : "Sign in first: send HTTP Basic credentials or \"Authorization: Bearer <token>\""
                    + " (create tokens at /account or with POST /api/tokens).";
            return Response.fromResponse(Problem.response(401, "Unauthorized", detail, null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, Paths.challenge(headers.getHeaderString(HttpHeaders.ACCEPT)))
                    .build();
        }
        String next = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        if (headers.getHeaderString("HX-Request") != null) {
            // An htmx call (the session ended while the page was open): the whole page goes to the sign-in form,
            // which brings the user back to that page (htmx names it), not to the fragment asked for.
            String page = pageOf(headers.getHeaderString("HX-Current-URL"));
            return Response.status(401).header("HX-Redirect", page == null ? "/login" : Paths.signIn(page)).build();
        }
        return Response.seeOther(URI.create(Paths.signIn(next))).build();
    }

    /** The path and query of the page htmx says it is on; null if it names none (the sign-in form checks it too). */
    private static String pageOf(String currentUrl) {
        try {
            URI page = currentUrl == null ? null : new URI(currentUrl);
            if (page == null || page.getRawPath() == null || !page.getRawPath().startsWith("/")) {
                return null;
            }
            return page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    @ServerExceptionMapper({ForbiddenException.class, AccessDeniedException.class})
    public Response forbidden(RuntimeException e, UriInfo uri) {
        String detail = e instanceof AccessDeniedException ? e.getMessage()
                : "Only admins may do this: ask an admin.";
        if (Paths.isApi(uri.getPath())) {
            return Problem.response(403, "Forbidden", detail, null);
        }
        return Response.status(403).type("text/plain;charset=UTF-8").entity(detail).build();
    }
}
