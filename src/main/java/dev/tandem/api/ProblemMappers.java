// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tandem.service.EditConflictException;
import dev.tandem.service.ImpossibleEditException;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.PayloadTooLargeException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps failures to {@code application/problem+json}, one handler per exception type. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response impossibleEdit(ImpossibleEditException e) {
        return Problem.response(422, "Unprocessable Content", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response conflict(EditConflictException e) {
        return Response.status(Response.Status.CONFLICT)
                .type(Problem.MEDIA_TYPE)
                .entity(new ConflictProblem("about:blank", "Conflict", 409, e.getMessage(), e.currentVersion(), e.since()))
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST,
                "The request body is not valid JSON for this call: " + e.getOriginalMessage(), null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        String detail = switch (original.getStatus()) {
            case 404 -> "There is nothing at this address. See /q/swagger-ui for the API.";
            case 405 -> "This address does not take this HTTP method. See /q/swagger-ui for the API.";
            case 406 -> "This address cannot answer in the media type the request accepts.";
            case 415 -> "This call does not take this Content-Type: send application/json or multipart/form-data.";
            default -> e.getMessage();
        };
        return Problem.response(original.getStatus(), original.getStatusInfo().getReasonPhrase(), detail, null);
    }
}
