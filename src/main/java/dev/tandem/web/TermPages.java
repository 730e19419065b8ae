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
import dev.tandem.service.Page;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** Terms on one page. */
    static final int PAGE_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance terms(Project project, TermService.TermList list, Pager pager, int percentFound,
                                             String status, String query, boolean canEdit, String error);

        static native TemplateInstance terms$row(Project project, TermView term, boolean canEdit);
    }

    /** Which terms of how many a page shows, and the addresses of the pages before and after it (null: none). */
    public record Pager(long first, long last, long total, String previous, String next) {
        static Pager of(long projectId, Page<TermView> page, String status, String query) {
            String base = "/projects/" + projectId + "/terms?" + (status.isEmpty() ? "" : "status=" + encode(status)
                    + "&") + (query.isEmpty() ? "" : "q=" + encode(query) + "&") + "offset=";
            long shown = page.items().size();
            return new Pager(shown == 0 ? 0 : page.offset() + 1, page.offset() + shown, page.total(),
                    page.offset() > 0 ? base + Math.max(0, Math.min(page.offset() - page.limit(),
                            (page.total() - 1) / page.limit() * page.limit())) : null,
                    page.offset() + shown < page.total() ? base + (page.offset() + page.limit()) : null);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /**
     * The list: open and accepted terms, or those of {@code status} (open, accepted, rejected, all), holding {@code q},
     * {@value #PAGE_SIZE} from {@code offset}. While the candidates are being found the page says how far it got and
     * comes back every second.
     */
    @GET
    @Requires(on = PROJECT, role = VIEWER)
    public RestResponse<TemplateInstance> terms(@RestPath long id, @QueryParam("status") String status,
                                                @QueryParam("q") String query, @QueryParam("offset") String offset) {
        Project project = granted.project();
        String shown = status == null ? "" : status;
        String sought = query == null ? "" : query.strip();
        try {
            return RestResponse.ok(page(project, shown, sought, Math.max(0, whole(offset)), null));
        } catch (InvalidInputException e) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, page(project, "", "", 0,
                    FormWords.of(e.getMessage())));
        }
    }

    private TemplateInstance page(Project project, String status, String query, int offset, String error) {
        var list = terms.listTermsIfFound(project.id, status, query, offset, PAGE_SIZE);
        return Templates.terms(project, list.orElse(null), list.map(found -> Pager.of(project.id, found.page(), status,
                        query)).orElse(null), (int) Math.floor(100 * terms.progress(project.id)), status, query,
                access.canEdit(project), error);
    }

    /** The offset asked for; one that is no number shows the first page (a page link, not an API call). */
    private static int whole(String offset) {
        try {
            return offset == null || offset.isBlank() ? 0 : Integer.parseInt(offset.strip());
        } catch (NumberFormatException e) {
            return 0;
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
