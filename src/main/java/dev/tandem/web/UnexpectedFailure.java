// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.api.Problem;
import dev.tandem.service.ServerErrors;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A failure no other mapper expects (a bug, the database gone): a 500 whose id is in the answer and in the one
 * error line logged for it ({@link ServerErrors}), a problem document for the API and a bare error page for a
 * browser. Every failure of a known kind has a mapper of its own, which wins, being more specific.
 */
public class UnexpectedFailure {

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, Request request, UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath();
        String instance = ServerErrors.log(failure, request.getMethod() + " " + path);
        String detail = "Something went wrong on the server. Try again; if it fails again, report the problem "
                + instance + ".";
        if (!PageNotFound.wantsPage(path, headers)) {
            return Problem.serverError(500, "Internal Server Error", detail, instance);
        }
        return Response.serverError().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.Templates.bare("Server error", detail)).build();
    }
}
