// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.api.Requires.On.PROJECT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.api.Granted;
import dev.tandem.api.Requires;
import dev.tandem.model.Project;
import dev.tandem.model.Ranks;
import dev.tandem.model.SentencePair;
import dev.tandem.service.Interactive;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.ProjectAccess;
import dev.tandem.service.TermService;
import dev.tandem.service.TermView;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The term candidates of a project: listed with their examples, accepted or rejected one row at a time (htmx swaps
 * the row; without script the form posts and the page comes back), filtered by status, and exported.
 */
@Path("/projects/{id}/terms")
@Produces(MediaType.TEXT_HTML)
@Interactive
public class TermPages {
    @Inject
    Granted granted;

    @Inject
    TermService terms;

    @Inject
    ProjectAccess access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance terms(Project project, List<TermView> terms, String status, boolean canEdit,
                                             String error);

        static native TemplateInstance terms$row(Project project, TermView term, boolean canEdit);
    }

    /** The list: open and accepted terms, or those of {@code status} (open, accepted, rejected, all). */
    @GET
    @Requires(on = PROJECT, role = VIEWER)
    public RestResponse<TemplateInstance> terms(@RestPath long id, @QueryParam("status") String status) {
        Project project = granted.project();
        String shown = status == null ? "" : status;
        try {
            return RestResponse.ok(Templates.terms(project, terms.listTerms(id, shown), shown, access.canEdit(project),
                    null));
        } catch (InvalidInputException e) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, Templates.terms(project,
                    terms.listTerms(id, null), "", access.canEdit(project), FormWords.of(e.getMessage())));
        }
    }

    /** Accepts or rejects a term: the row again for htmx, else back to the list. */
    @POST
    @Path("{termId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<Object> decide(@RestPath long id, @RestPath long termId, @RestForm String decision,
                                       @RestHeader("HX-Request") String htmx) {
        TermView term = terms.decide(id, termId, decision);
        if (htmx != null) {
            return RestResponse.ok(Templates.terms$row(granted.project(), term, true));
        }
        return RestResponse.seeOther(URI.create("/projects/" + id + "/terms#term-" + termId));
    }

    /** An example pair, current on its document's review page. */
    @GET
    @Path("pairs/{pairId}")
    @Requires(on = PROJECT, role = VIEWER)
    public RestResponse<Object> pair(@RestPath long id, @RestPath long pairId) {
        SentencePair pair = terms.pairOf(id, pairId);
        long position = Ranks.pairsBelow(pair.document, pair.ord);
        return RestResponse.seeOther(URI.create("/documents/" + pair.document.id + "/positions/" + position));
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }
}
