// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.model.Document;
import dev.tandem.model.PairStatus;
import dev.tandem.model.Project;
import dev.tandem.service.DocumentService;
import dev.tandem.service.DocumentSummary;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.PairPage;
import dev.tandem.service.ProjectService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A document's pairs side by side, a page at a time. The review workbench builds on this page. */
@Path("/documents/{id}")
@Produces(MediaType.TEXT_HTML)
public class DocumentPages {
    static final int PAGE_SIZE = 100;

    @Inject
    DocumentService documents;

    @Inject
    ProjectService projects;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Project project, DocumentSummary document, PairPage pairs,
                                            String status, Paging paging);
    }

    /** Where the current page sits, for the previous/next links. */
    public record Paging(int page, int pages, String status) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    @GET
    public TemplateInstance show(@RestPath long id, @QueryParam("page") @DefaultValue("1") int page,
                                 @QueryParam("status") @DefaultValue("") String status) {
        Document document = documents.getDocument(id);
        Project project = projects.getProject(document.project.id);
        PairStatus filter = parseStatus(status);
        long total = documents.listPairs(id, filter, 0, 1).total();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        PairPage pairs = documents.listPairs(id, filter, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        String statusValue = filter == null ? "" : filter.name();
        return Templates.show(project, documents.summarize(id), pairs, statusValue,
                new Paging(current, pages, statusValue));
    }

    /** An unknown filter value shows everything rather than an error: it is a link a user may have edited. */
    private static PairStatus parseStatus(String status) {
        try {
            return status.isBlank() ? null : PairStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }
}
