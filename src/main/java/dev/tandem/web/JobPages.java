// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.api.Requires.On.JOB;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.api.Granted;
import dev.tandem.api.Requires;
import dev.tandem.model.ImportJob;
import dev.tandem.model.Project;
import dev.tandem.security.CurrentUser;
import dev.tandem.service.ImportJobView;
import dev.tandem.service.ImportJobs;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.ProjectAccess;
import dev.tandem.service.ProjectService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Duration;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The page of an import running in the background: a progress bar that refreshes itself each second (a meta
 * refresh: it works without script), a cancel button, and, once done, the way to the document.
 */
@Path("/jobs/{id}")
@Produces(MediaType.TEXT_HTML)
public class JobPages {
    @Inject
    ProjectAccess access;

    @Inject
    Granted granted;

    @Inject
    ProjectService projects;

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ImportJobView job, Project project, boolean canEdit);
    }

    /** The progress page; a job that is done sends the reader on to its document. */
    @GET
    @Requires(on = JOB, role = VIEWER)
    public RestResponse<TemplateInstance> show(@RestPath long id) {
        ImportJob row = granted.job();
        ImportJobView job = jobs.find(id);
        if (job.state() == ImportJob.State.DONE && !job.batch() && job.documentIds().size() == 1) {
            return RestResponse.seeOther(URI.create("/documents/" + job.documentIds().get(0) + "?uploaded=1"));
        }
        Project project = projects.getProject(row.projectId);
        return RestResponse.ok(Templates.show(job, project, access.canEdit(project)));
    }

    @POST
    @Path("cancel")
    @Requires(on = JOB, role = EDITOR)
    public RestResponse<Object> cancel(@RestPath long id) {
        jobs.cancel(id, user.username(), Duration.ofSeconds(3));
        return RestResponse.seeOther(URI.create("/jobs/" + id));
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }
}
