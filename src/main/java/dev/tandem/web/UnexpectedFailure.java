// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.api.Problem;
import dev.tandem.service.DatabaseTrouble;
import dev.tandem.service.Meters;
import dev.tandem.service.RequestAdmission;
import dev.tandem.service.ServerBusyException;
import dev.tandem.service.ServerErrors;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A failure no other mapper expects (a bug, the database gone): a 500 whose id is in the answer and in the one
 * error line logged for it ({@link ServerErrors}), a problem document for the API and a bare error page for a
 * browser. Every failure of a known kind has a mapper of its own, which wins, being more specific. The database's
 * state ({@link DatabaseTrouble}: unreachable, busy, full) is no server error: 503 with {@code Retry-After}, logged
 * as one warning line with the same kind of id.
 */
public class UnexpectedFailure {
    @Inject
    Meters meters;

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, Request request, UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath();
        String what = request.getMethod() + " " + path;
        Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(failure);
        if (trouble.isPresent()) {
            return unavailable(trouble.get(), ServerErrors.logTrouble(trouble.get(), failure, what), path, headers);
        }
        Optional<String> unreadable = UnreadableBody.of(failure);
        if (unreadable.isPresent()) {
            Log.infof("%s refused: unreadable form body (%s)", what, failure.getMessage());
            if (!PageNotFound.wantsPage(path, headers)) {
                return Problem.response(Response.Status.BAD_REQUEST, unreadable.get(), null);
            }
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(ErrorPages.Templates.bare("The form could not be read", unreadable.get())).build();
        }
        String instance = ServerErrors.log(failure, what);
        String detail = "Something went wrong on the server. Try again; if it fails again, report the problem "
                + instance + ".";
        if (!PageNotFound.wantsPage(path, headers)) {
            return Problem.serverError(500, "Internal Server Error", detail, instance);
        }
        return Response.serverError().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.Templates.bare("Server error", detail)).build();
    }

    /** A request that found no turn to work in ({@link RequestAdmission}): 503, nothing logged, a meter counts it. */
    @ServerExceptionMapper
    public Response busy(ServerBusyException busy, UriInfo uri, HttpHeaders headers) {
        meters.refusedBusy();
        return unavailable(busy.getMessage(), busy.retryAfterSeconds(), null, uri.getPath(), headers);
    }

    private static Response unavailable(DatabaseTrouble trouble, String instance, String path, HttpHeaders headers) {
        return unavailable(trouble.message(), trouble.retryAfter().toSeconds(), instance, path, headers);
    }

    private static Response unavailable(String message, long retryAfterSeconds, String instance, String path,
                                        HttpHeaders headers) {
        String retryAfter = String.valueOf(retryAfterSeconds);
        if (!PageNotFound.wantsPage(path, headers)) {
            return Response.fromResponse(Problem.serverError(503, "Service Unavailable", message, instance))
                    .header(HttpHeaders.RETRY_AFTER, retryAfter).build();
        }
        return Response.status(503).header(HttpHeaders.RETRY_AFTER, retryAfter)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.Templates.bare("Try again shortly", message)).build();
    }
}
