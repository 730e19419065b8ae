// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.api.Requires.On.DOCUMENT;
import static dev.tandem.model.ProjectRole.EDITOR;

import dev.tandem.security.CurrentUser;
import dev.tandem.service.DocumentService;
import dev.tandem.service.DocumentSummary;
import dev.tandem.service.ImportJobView;
import dev.tandem.service.ImportJobs;
import dev.tandem.service.Importer;
import dev.tandem.service.Imports;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.VersionImports;
import dev.tandem.service.VersionUpload;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Further translations of a document's original ("versions"): each is aligned to the original's sentences and
 * reviewed as a document of its own; {@code GET /api/documents/{id}} lists them and {@code export?languages=all}
 * writes them all as one multilingual TMX.
 */
@Path("/api/documents/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class VersionResource {
    @Inject
    CurrentUser user;

    @Inject
    VersionImports versions;

    @Inject
    Imports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    DocumentService documents;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add another translation of the document's original, pasted: aligned to the original's"
            + " sentences and stored as a document of its own (a version); large ones run as a job (202)")
    @APIResponse(responseCode = "201", description = "Added; Location has the new version's address",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/documents/{id}, the new version"), content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentSummary.class)))
    @APIResponse(responseCode = "202", description = "Accepted as a job; Location has its address, to poll",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The job's address (/api/jobs/{id}), to poll"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "No or a malformed targetLanguage, the original's own language,"
            + " an empty text, a text clearly not in targetLanguage (languageCheck=off imports it), or a document that"
            + " is itself a version (add versions to its original)")
    @APIResponse(responseCode = "404", description = "No such document")
    @APIResponse(responseCode = "413", description = "A text over the size limit")
    @APIResponse(responseCode = "422", description = "The original's sentences changed while the version was aligned")
    @Requires(on = DOCUMENT, role = EDITOR)
    public Response addJson(@RestPath long id, @RestHeader("Prefer") String prefer,
                            @Parameter(description = "Any unique string: the same request sent again returns the"
                                    + " first result") @RestHeader("Idempotency-Key") String idempotencyKey,
                            VersionRequest request) {
        if (request == null) {
            throw new InvalidInputException(null, "The body is empty: send {\"targetLanguage\", \"targetText\"}.");
        }
        return add(id, new VersionUpload(request.targetLanguage(), null, request.targetText(), null, request.title(),
                request.segmentation(), request.languageCheck()), prefer, idempotencyKey);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add another translation of the document's original from an uploaded file (text, HTML,"
            + " DOCX, ODT, EPUB, PDF) or pasted text; as the JSON form otherwise")
    @APIResponse(responseCode = "201", description = "Added; Location has the new version's address",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/documents/{id}, the new version"), content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentSummary.class)))
    @APIResponse(responseCode = "202", description = "Accepted as a job; Location has its address, to poll",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The job's address (/api/jobs/{id}), to poll"))
    @APIResponse(responseCode = "400", description = "As for JSON, or undecodable bytes (the message names the offset)")
    @APIResponse(responseCode = "413", description = "A file over the size limit")
    @Requires(on = DOCUMENT, role = EDITOR)
    public Response addMultipart(@RestPath long id, @RestHeader("Prefer") String prefer,
                                 @RestHeader("Idempotency-Key") String idempotencyKey, VersionUploadForm form) {
        if (form == null) {
            throw new InvalidInputException(null, "The form is empty: send targetLanguage and a target file.");
        }
        return add(id, form.upload(), prefer, idempotencyKey);
    }

    private Response add(long id, VersionUpload upload, String prefer, String idempotencyKey) {
        String key = Imports.checkKey(idempotencyKey);
        var work = versions.work(id, upload, new Importer(user.username(), user.address()), key);
        return ImportAnswers.of(imports.submit(work, ImportAnswers.respondAsync(prefer)), prefer, jobs, documents);
    }
}
