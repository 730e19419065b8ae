// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.Interactive;
import static dev.tandem.api.Requires.On.DOCUMENT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.service.EditResult;
import dev.tandem.service.EditView;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.ReviewService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** Review operations on a document, its undo/redo and its history. */
@Path("/api/documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
@Interactive
public class EditResource {
    @Inject
    ReviewService review;

    @Inject
    ObjectMapper json;

    /** Body of undo and redo: the version the client saw; required unless If-Match names it. */
    public record VersionRequest(
            @Schema(description = "The document version the undo or redo was decided on; required unless If-Match "
                    + "names it") Long baseVersion) {
    }

    @POST
    @Path("/edits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Carry out one review operation made on baseVersion (or on the version If-Match names)")
    @APIResponse(responseCode = "200", description = "The changed pairs and the new version, whose ETag it carries",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong tag of the new document version"))
    @APIResponse(responseCode = "400", description = "Malformed request: missing or unknown op, side, …")
    @APIResponse(responseCode = "404", description = "No such document")
    @APIResponse(responseCode = "409", description = "The document changed since baseVersion; nothing was changed")
    @APIResponse(responseCode = "412", description = "If-Match names another version; nothing was changed")
    @APIResponse(responseCode = "422", description = "The operation is impossible here (merge the last pair, …)")
    @APIResponse(responseCode = "428", description = "Neither baseVersion nor an ETag in If-Match: nothing was changed")
    @APIResponse(responseCode = "503", description = AdmissionFilter.BUSY,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = AdmissionFilter.RETRY_AFTER))
    @Requires(on = DOCUMENT, role = EDITOR)
    public RestResponse<EditResult> edit(@RestPath long id, @RestHeader("If-Match") String ifMatch,
                                         EditRequest request) {
        if (request == null) {
            throw new InvalidInputException(null, "The body is empty: send {\"op\", \"baseVersion\", …}.");
        }
        return tagged(review.apply(id, request.baseVersion(), request.command(),
                DocumentTags.acceptedVersions(ifMatch, id)));
    }

    @GET
    @Path("/edits")
    @Operation(summary = "The document's history: every operation, undo and redo, oldest first")
    @APIResponse(responseCode = "200", description = "The edits after the version `after`, oldest first")
    @APIResponse(responseCode = "400", description = "after is not a number")
    @APIResponse(responseCode = "503", description = AdmissionFilter.BUSY,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = AdmissionFilter.RETRY_AFTER))
    @Requires(on = DOCUMENT, role = VIEWER)
    public List<EditView> history(@RestPath long id,
                                  @Parameter(description = "A version; default 0", schema = @Schema(type = SchemaType.INTEGER))
                                  @QueryParam("after") String after) {
        try {
            return review.history(id, after == null || after.isBlank() ? 0 : Long.parseLong(after.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("after", "after '" + after + "' is not a version number.");
        }
    }

    @POST
    @Path("/undo")
    @Operation(summary = "Take back the latest edit still in effect")
    @APIResponse(responseCode = "200", description = "What the undo changed and the new version, whose ETag it carries",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong tag of the new document version"))
    @APIResponse(responseCode = "400", description = "The body is neither empty (with If-Match) nor {baseVersion: n}")
    @APIResponse(responseCode = "409", description = "The document changed since baseVersion")
    @APIResponse(responseCode = "412", description = "If-Match names another version; nothing was changed")
    @APIResponse(responseCode = "422", description = "Nothing to undo")
    @APIResponse(responseCode = "428", description = "Neither baseVersion nor an ETag in If-Match: nothing was changed")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionRequest.class)))
    @APIResponse(responseCode = "503", description = AdmissionFilter.BUSY,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = AdmissionFilter.RETRY_AFTER))
    @Requires(on = DOCUMENT, role = EDITOR)
    public RestResponse<EditResult> undo(@RestPath long id, @RestHeader("If-Match") String ifMatch, String body) {
        return tagged(review.undo(id, baseVersion(body), DocumentTags.acceptedVersions(ifMatch, id)));
    }

    @POST
    @Path("/redo")
    @Operation(summary = "Bring back the edit undone most recently")
    @APIResponse(responseCode = "200", description = "What the redo changed and the new version, whose ETag it carries",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong tag of the new document version"))
    @APIResponse(responseCode = "400", description = "The body is neither empty (with If-Match) nor {baseVersion: n}")
    @APIResponse(responseCode = "409", description = "The document changed since baseVersion")
    @APIResponse(responseCode = "412", description = "If-Match names another version; nothing was changed")
    @APIResponse(responseCode = "422", description = "Nothing to redo")
    @APIResponse(responseCode = "428", description = "Neither baseVersion nor an ETag in If-Match: nothing was changed")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionRequest.class)))
    @APIResponse(responseCode = "503", description = AdmissionFilter.BUSY,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = AdmissionFilter.RETRY_AFTER))
    @Requires(on = DOCUMENT, role = EDITOR)
    public RestResponse<EditResult> redo(@RestPath long id, @RestHeader("If-Match") String ifMatch, String body) {
        return tagged(review.redo(id, baseVersion(body), DocumentTags.acceptedVersions(ifMatch, id)));
    }

    private static RestResponse<EditResult> tagged(EditResult result) {
        return DocumentTags.ok(result, result.documentId(), result.version());
    }

    /** Undo and redo take {@code {"baseVersion": n}}, or no body when If-Match names the version. */
    private Long baseVersion(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            VersionRequest request = json.readValue(body, VersionRequest.class);
            return request == null ? null : request.baseVersion();
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("baseVersion", "The body must be {\"baseVersion\": n}, or empty when "
                    + "If-Match names the version.");
        }
    }
}
