// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.api.Requires.On.PROJECT;
import static dev.tandem.model.ProjectRole.EDITOR;

import dev.tandem.api.BatchUploadForm;
import dev.tandem.api.Granted;
import dev.tandem.api.Requires;
import dev.tandem.model.Project;
import dev.tandem.security.CurrentUser;
import dev.tandem.service.BatchImports;
import dev.tandem.service.BatchPreview;
import dev.tandem.service.Importer;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.PayloadTooLargeException;
import dev.tandem.service.ProjectLanguages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The batch import form of the project page in two steps (a browser without JavaScript gets the pairing on a page
 * of its own, with the form, and chooses the zip again to import it): the zip is sent to show its pairing, then sent again, with the pairing's key, to import it. The browser
 * keeps the chosen file between the two, so the server keeps nothing: the confirmation may reach another instance
 * of a shared database, and a pairing never confirmed leaves nothing behind. The key makes sure that what is
 * imported is the zip whose pairing was shown.
 */
@Path("/projects/{id}/batches")
@Produces(MediaType.TEXT_HTML)
public class BatchPages {
    @Inject
    Granted granted;

    @Inject
    BatchImports batches;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Project project, BatchPreview preview, String error, boolean noScript);

        /** The pairing, or why the zip was refused: swapped into the form's pairing area. */
        static native TemplateInstance show$pairing(Project project, BatchPreview preview, String error,
                                                    boolean noScript);
    }

    /** Shows how the zip's files pair up, each pair read and checked as its import would be; stores nothing. */
    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> preview(@RestPath long id, BatchUploadForm form,
                                                  @RestHeader("HX-Request") String htmx) {
        Project project = granted.project();
        try {
            BatchPreview preview = batches.preview(ProjectLanguages.of(project), form.upload(), importer());
            return answer(project, RestResponse.Status.OK, preview, null, htmx);
        } catch (InvalidInputException | PayloadTooLargeException e) {
            return refused(project, e, htmx);
        }
    }

    /** Imports the zip whose pairing was shown (pairingKey), and sends the browser to the job's page. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> importBatch(@RestPath long id, BatchUploadForm form,
                                                      @RestForm String pairingKey,
                                                      @RestHeader("HX-Request") String htmx) {
        Project project = granted.project();
        try {
            long job = batches.submit(ProjectLanguages.of(project), form.upload(), importer(), pairingKey);
            String location = "/jobs/" + job;
            return "true".equals(htmx) ? RestResponse.ResponseBuilder.<TemplateInstance>ok()
                    .header("HX-Redirect", location).build() : RestResponse.seeOther(URI.create(location));
        } catch (InvalidInputException | PayloadTooLargeException e) {
            return refused(project, e, htmx);
        }
    }

    private Importer importer() {
        return new Importer(user.username(), user.address());
    }

    private RestResponse<TemplateInstance> refused(Project project, RuntimeException e, String htmx) {
        var status = e instanceof PayloadTooLargeException ? RestResponse.Status.fromStatusCode(413)
                : RestResponse.Status.BAD_REQUEST;
        return answer(project, status, null, FormWords.of(e.getMessage()), htmx);
    }

    private static RestResponse<TemplateInstance> answer(Project project, RestResponse.Status status,
                                                         BatchPreview preview, String error, String htmx) {
        if ("true".equals(htmx)) {
            var answer = RestResponse.ResponseBuilder.create(status, Templates.show$pairing(project, preview, error,
                    false));
            return (status == RestResponse.Status.OK ? answer : answer.header(ProjectPages.FORM_REFUSAL, "batch"))
                    .build();
        }
        return RestResponse.status(status, Templates.show(project, preview, error, true));
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }
}
