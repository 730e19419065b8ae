// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.api.AllowedMethods;
import dev.tandem.api.Problem;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An address with nothing behind it, or with a malformed id ({@code /projects/abc}), answers a browser with the HTML
 * error page and a way back; a wrong method at an address that takes others is a 405 ({@link AllowedMethods}). API
 * clients (and every {@code /api} or {@code /q} address) keep their problem document.
 */
public class PageNotFound {

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri, Request request) {
        String path = uri.getPath();
        if (AllowedMethods.refuses(request.getMethod(), path)) {
            return AllowedMethods.refusal(request.getMethod(), path);
        }
        if (!wantsPage(path, headers)) {
            return Problem.response(404, "Not Found", "There is nothing at this address. See /q/swagger-ui for the API.",
                    null);
        }
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.Templates.bare("Not found", "There is no page at " + path
                        + ". The address may be mistyped, or what it showed was deleted."))
                .build();
    }

    /** A browser asking for a page, who gets HTML; the API, /q and other clients get problem documents. */
    static boolean wantsPage(String path, HttpHeaders headers) {
        return !path.startsWith("/api/") && !path.startsWith("/q/") && headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
    }
}
