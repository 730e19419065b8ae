// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.api.Requires.On.JOB;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.security.CurrentUser;
import dev.tandem.service.ImportJobView;
import dev.tandem.service.ImportJobs;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** Imports running in the background: their state and progress, and cancelling them. */
@Path("/api/jobs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class JobResource {
    /** How long a cancel waits for the job to stop before answering with the state it has by then. */
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(3);

    @Inject
    CurrentUser user;

    @Inject
    ImportJobs jobs;

    @GET
    @Operation(summary = "An import job: QUEUED, RUNNING (with progress 0..1), DONE (with documentIds), FAILED (with "
            + "the reason in message) or CANCELLED")
    @APIResponse(responseCode = "200", description = "The job; poll it about once a second while it runs")
    @APIResponse(responseCode = "404", description = "No such job (or not in a project of yours)")
    @Requires(on = JOB, role = VIEWER)
    public RestResponse<ImportJobView> get(@RestPath long id) {
        ImportJobView job = jobs.find(id);
        return job.state().isFinal() ? RestResponse.ok(job)
                : RestResponse.ResponseBuilder.ok(job).header("Retry-After", 1).build();
    }

    @DELETE
    @Operation(summary = "Cancel an import job: a queued one at once, a running one before it stores anything")
    @APIResponse(responseCode = "200", description = "The job after the cancel: CANCELLED, or DONE/FAILED when it "
            + "ended first (then nothing was cancelled), or still RUNNING if it has not stopped within 3 s")
    @APIResponse(responseCode = "404", description = "No such job (or not in a project of yours)")
    @Requires(on = JOB, role = EDITOR)
    public ImportJobView cancel(@RestPath long id) {
        return jobs.cancel(id, user.username(), CANCEL_WAIT);
    }
}
