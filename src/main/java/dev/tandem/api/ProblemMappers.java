// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.tandem.service.ArchiveTimeoutException;
import dev.tandem.service.DuplicateDictionaryException;
import dev.tandem.service.EditConflictException;
import dev.tandem.service.IdempotencyKeyException;
import dev.tandem.service.ImpossibleEditException;
import dev.tandem.service.ExportConflictException;
import dev.tandem.service.ExportFailedException;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.BackupUnavailableException;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.PayloadTooLargeException;
import dev.tandem.service.PreconditionFailedException;
import dev.tandem.service.PreconditionRequiredException;
import dev.tandem.service.ProjectChangedException;
import dev.tandem.service.TooManyAttemptsException;
import dev.tandem.service.ServerErrors;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps failures to {@code application/problem+json}, one handler per exception type. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response duplicateDictionary(DuplicateDictionaryException e) {
        return Problem.response(Response.Status.CONFLICT, e.getMessage(), e.field());
    }

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
    public Response preconditionFailed(PreconditionFailedException e) {
        String etag = DocumentTags.of(e.documentId(), e.currentVersion()).toString();
        return Response.status(Response.Status.PRECONDITION_FAILED)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.ETAG, etag)
                .entity(new PreconditionProblem("about:blank", "Precondition Failed", 412, e.getMessage(),
                        e.currentVersion(), etag))
                .build();
    }

    @ServerExceptionMapper
    public Response tooManyAttempts(TooManyAttemptsException e) {
        return Response.fromResponse(Problem.response(429, "Too Many Requests", e.getMessage(), e.field()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response projectChanged(ProjectChangedException e) {
        if (e.required()) {
            return Problem.response(428, "Precondition Required", e.getMessage(), "If-Match");
        }
        return Response.status(Response.Status.PRECONDITION_FAILED).header(HttpHeaders.ETAG,
                ProjectTags.of(e.projectId(), e.stamp()).toString()).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Precondition Failed", 412, e.getMessage(), "If-Match", null)).build();
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e) {
        return Problem.response(428, "Precondition Required", e.getMessage(), "baseVersion");
    }

    @ServerExceptionMapper
    public Response idempotencyKey(IdempotencyKeyException e) {
        return Problem.response(e.status(), e.status() == 409 ? "Conflict" : "Unprocessable Content", e.getMessage(),
                "Idempotency-Key");
    }

    @ServerExceptionMapper
    public Response backupUnavailable(BackupUnavailableException e) {
        return Problem.response(Response.Status.CONFLICT, e.getMessage(), null);
    }

    /** A project archive met an edit; TMX exports meet it once streaming, as {@link ExportFailedException}. */
    @ServerExceptionMapper
    public Response exportConflict(ExportConflictException e) {
        return Problem.response(Response.Status.CONFLICT, e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), null);
    }

    /** Reached only when the export failed before its first bytes; afterwards the connection is broken off. */
    @ServerExceptionMapper
    public Response exportFailed(ExportFailedException e, Request request, UriInfo uri) {
        if (e.getCause() instanceof ExportConflictException conflict) {
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, conflict.getMessage(), null);
        }
        String instance = ServerErrors.log(e, request.getMethod() + " " + uri.getPath());
        return Problem.serverError(500, "Internal Server Error", "The export failed: its pairs could not be read. Try"
                + " again; the server log says why under " + instance + ".", instance);
    }

    /** An archive whose reading ran out of time, before its first byte: what ran out, and the log line's id. */
    @ServerExceptionMapper
    public Response archiveTimeout(ArchiveTimeoutException e, Request request, UriInfo uri) {
        String instance = ServerErrors.log(e, request.getMethod() + " " + uri.getPath());
        return Response.fromResponse(Problem.serverError(503, "Service Unavailable", e.getMessage() + " The server"
                + " log has the details under " + instance + ".", instance)).header(HttpHeaders.RETRY_AFTER, 60).build();
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), null);
    }

    /** Valid JSON of the wrong shape: a string where a number belongs, an array for the body, … */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        if (e instanceof InvalidTypeIdException typeId && typeId.getBaseType() != null
                && typeId.getBaseType().hasRawClass(EditRequest.class)) {
            return invalidInput(EditRequest.unknownOp(typeId));
        }
        String field = fieldPath(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.response(Response.Status.BAD_REQUEST, "The request body has no field " + field
                    + " in this call" + (unknown.getKnownPropertyIds() == null ? "" : "; its fields are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")))
                    + ". Check the spelling: a field the server does not know is refused rather than left unread.", field);
        }
        String detail = field == null
                ? "The request body has the wrong JSON type: send a JSON object."
                : field + " has the wrong JSON type" + (e.getTargetType() == null ? ""
                : ": expected " + jsonType(e.getTargetType())) + ".";
        return Problem.response(Response.Status.BAD_REQUEST, detail, field);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST,
                "The request body is not valid JSON for this call: " + e.getOriginalMessage(), null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, Request request, UriInfo uri, HttpHeaders headers) {
        // Quarkus REST wraps body parse errors in a bare 400; say what was wrong with the body instead.
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedJson(mismatch);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        Response original = e.getResponse();
        if (original.getStatus() == 405) {
            return AllowedMethods.refusal(request.getMethod(), uri.getPath());
        }
        String detail = switch (original.getStatus()) {
            case 400 -> "The request is malformed: " + e.getMessage();
            case 404 -> "There is nothing at this address. See /q/swagger-ui for the API.";
            case 406 -> "This address cannot answer in the media type the request accepts.";
            case 415 -> unsupportedType(request.getMethod(), uri.getPath(), headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
            default -> e.getMessage();
        };
        return Problem.response(original.getStatus(), original.getStatusInfo().getReasonPhrase(), detail, null);
    }

    /** What a 415 says: the media types this call takes, as its resource method declares them. */
    private static String unsupportedType(String method, String path, String sent) {
        List<String> taken = AllowedMethods.consumes(method, path).stream()
                .filter(type -> !type.equals(MediaType.WILDCARD)).toList();
        String given = sent == null || sent.isBlank() ? "a body without a Content-Type" : sent;
        return "This call does not take " + given + ": " + (taken.isEmpty()
                ? "see /q/swagger-ui for what it takes."
                : "send " + String.join(" or ", taken) + ".");
    }

    /** {@code pairs[2]}, {@code source}; null for the body itself. */
    private static String fieldPath(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return null;
        }
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String jsonType(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
