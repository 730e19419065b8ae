// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.api.Requires.On.PROJECT;
import static dev.tandem.model.ProjectRole.EDITOR;

import dev.tandem.security.CurrentUser;
import dev.tandem.service.BatchImports;
import dev.tandem.service.BatchPreview;
import dev.tandem.service.ImportJobView;
import dev.tandem.service.ImportJobs;
import dev.tandem.service.Imports;
import dev.tandem.service.Importer;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.ProjectLanguages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Batch imports: many document pairs in one zip, imported as one job. */
@Path("/api/projects/{id}/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class BatchResource {
    @Inject
    Granted granted;

    @Inject
    BatchImports batches;

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a zip of originals and translations, paired by name or by a manifest, as one job "
            + "(202); with dryRun=true, only show the pairing (200), each pair read and checked, nothing stored")
    @APIResponse(responseCode = "202", description = "Accepted as a job; Location has its address, to poll. The "
            + "job's items list every pair (IMPORTED with documentId, REFUSED with reason, PENDING, CANCELLED) and "
            + "every file that paired with nothing (REFUSED with reason)",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The job's address (/api/jobs/{id}), to poll"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "200", description = "dryRun=true: the pairing; PENDING items would be imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchPreview.class)))
    @APIResponse(responseCode = "400", description = "No file, not a zip, an entry named outside the zip (../, /),"
            + " a malformed manifest, or no pair at all; nothing was stored")
    @APIResponse(responseCode = "403", description = "Viewers cannot import")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "413", description = "The zip unpacks past the limits (a zip bomb) or has too many "
            + "entries; nothing was stored")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different import")
    @Requires(on = PROJECT, role = EDITOR)
    public Response importBatch(@RestPath long id,
                                @Parameter(description = "true: answer with the pairing and store nothing")
                                @RestQuery String dryRun,
                                @Parameter(description = "A key of the client's choosing (e.g. a UUID): the same batch"
                                        + " sent again with it is answered with the first one's job, marked"
                                        + " Idempotent-Replayed: true, and not imported twice; a job that failed or"
                                        + " was cancelled before importing a pair releases it (a retry starts anew)")
                                @RestHeader("Idempotency-Key") String idempotencyKey, BatchUploadForm form) {
        ProjectLanguages project = ProjectLanguages.of(granted.project());
        Importer importer = new Importer(user.username(), user.address());
        var upload = form == null ? new BatchUploadForm().upload() : form.upload();
        if (dryRun(dryRun)) {
            return Response.ok(batches.preview(project, upload, importer)).build();
        }
        Imports.Queued queued = batches.submit(project, upload, importer, null, idempotencyKey);
        long job = queued.jobId();
        Response.ResponseBuilder response = Response.accepted(jobs.find(job)).location(URI.create("/api/jobs/" + job))
                .header("Retry-After", 1);
        return (queued.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
    }

    /** {@code dryRun=1} imported for real, the batch stored twice once imported again: true or false, nothing else. */
    private static boolean dryRun(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException("dryRun", "dryRun takes true (answer with the pairing and store nothing) or"
                + " false, not '" + value + "'.");
    }
}
