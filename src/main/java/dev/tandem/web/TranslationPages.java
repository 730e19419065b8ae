// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.api.Requires.On.DOCUMENT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.api.Granted;
import dev.tandem.api.Requires;
import dev.tandem.api.VersionUploadForm;
import dev.tandem.model.Document;
import dev.tandem.model.Project;
import dev.tandem.security.CurrentUser;
import dev.tandem.service.IdempotencyKeyException;
import dev.tandem.service.ImpossibleEditException;
import dev.tandem.service.Importer;
import dev.tandem.service.Imports;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.Interactive;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.PayloadTooLargeException;
import dev.tandem.service.ProjectAccess;
import dev.tandem.service.TranslationGrid;
import dev.tandem.service.TranslationGrids;
import dev.tandem.service.VersionImports;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An original beside all its translations, a column per language, with the form that adds another translation.
 * Each cell links to its pair on that translation's review page, where it is corrected.
 */
@Path("/documents/{id}/translations")
@Produces(MediaType.TEXT_HTML)
@Interactive
public class TranslationPages {
    static final int ROWS_PER_PAGE = 100;

    @Inject
    Granted granted;

    @Inject
    ProjectAccess access;

    @Inject
    CurrentUser user;

    @Inject
    TranslationGrids grids;

    @Inject
    VersionImports versions;

    @Inject
    Imports imports;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance grid(Project project, TranslationGrid grid, List<TranslationGrid.Row> rows,
                                            Paging paging, boolean canEdit, String notice, String message,
                                            VersionUploadForm form);
    }

    @GET
    @Requires(on = DOCUMENT, role = VIEWER)
    public TemplateInstance show(@RestPath long id, @QueryParam("page") String pageParam) {
        PageNumber page = PageNumber.read(pageParam);
        return page(granted.document(), page.value(), page.notice(), "", new VersionUploadForm());
    }

    /** Adds a translation from the form; a refusal shows the grid again with the reason, the typed fields kept. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Requires(on = DOCUMENT, role = EDITOR)
    public RestResponse<TemplateInstance> add(@RestPath long id, VersionUploadForm form) {
        Document document = granted.document();
        try {
            Imports.Outcome outcome = imports.submit(versions.work(id, form.upload(),
                    new Importer(user.username(), user.address()), null), false);
            String location = outcome instanceof Imports.Queued queued ? "/jobs/" + queued.jobId()
                    : "/documents/" + id + "/translations";
            return RestResponse.seeOther(URI.create(location));
        } catch (InvalidInputException | PayloadTooLargeException | IdempotencyKeyException
                 | ImpossibleEditException e) {
            int status = e instanceof PayloadTooLargeException ? 413 : e instanceof ImpossibleEditException ? 422 : 400;
            // by number: RestResponse.Status has no 422, and fromStatusCode(422) is null
            return RestResponse.ResponseBuilder.<TemplateInstance>create(status)
                    .entity(page(document, 1, "", FormWords.of(e.getMessage()), form)).build();
        }
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }

    private TemplateInstance page(Document document, int page, String notice, String message, VersionUploadForm form) {
        TranslationGrid grid = grids.of(document.id);
        Paging paging = Paging.of(page, grid.rows().size(), ROWS_PER_PAGE, Filters.NONE);
        List<TranslationGrid.Row> rows = grid.rows().subList(paging.offset(),
                Math.min(grid.rows().size(), paging.offset() + ROWS_PER_PAGE));
        return Templates.grid(document.project, grid, rows, paging, access.canEdit(document.project), notice, message,
                form);
    }
}
