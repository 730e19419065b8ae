// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.service.Interactive;
import static dev.tandem.api.Requires.On.DOCUMENT;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.api.Granted;
import dev.tandem.api.Requires;
import dev.tandem.model.Document;
import dev.tandem.model.Project;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.ProjectService;
import dev.tandem.service.ReviewQueue;
import dev.tandem.service.RiskyPairPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Risk first: the unreviewed pairs "confirm confident" leaves to a person, riskiest first (unscored and flagged
 * pairs, then by confidence, with pairs next to trouble raised), each linking to the review page focused on it; and
 * "next risky pair", which walks the same pairs in document order. Viewers may look; nothing here changes a document.
 */
@Path("/documents/{id}")
@Produces(MediaType.TEXT_HTML)
@Interactive
public class QueuePages {
    static final int PAGE_SIZE = 100;

    @Inject
    Granted granted;

    @Inject
    ProjectService projects;

    @Inject
    ReviewQueue queue;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Project project, Document document, RiskyPairPage queue, Paging paging,
                                             String notice, Long from);
    }

    /** Numbers as the counter shows them: 1,600. */
    @TemplateExtension
    static class Numbers {
        private Numbers() {
        }

        static String grouped(long number) {
            return String.format(Locale.ENGLISH, "%,d", number);
        }
    }

    /**
     * The queue, {@value #PAGE_SIZE} pairs a page ({@code ?page=}, from 1); {@code from}, the pair the review page was
     * at, is where its "Back to the review" goes.
     */
    @GET
    @Path("queue")
    @Requires(on = DOCUMENT, role = VIEWER)
    public TemplateInstance queue(@RestPath long id, @QueryParam("page") String pageParam,
                                  @QueryParam("from") String from) {
        PageNumber number = PageNumber.read(pageParam);
        int page = number.value();
        Document document = granted.document();
        Project project = projects.getProject(document.project.id);
        // One reading gives the list and the counts; a page past the end (the queue shrank) shows the last one.
        Paging wanted = Paging.of(page, Integer.MAX_VALUE, PAGE_SIZE, Filters.NONE);
        RiskyPairPage pairs = queue.listRiskyPairs(id, wanted.offset(), PAGE_SIZE);
        Paging paging = Paging.of(page, pairs.total(), PAGE_SIZE, Filters.NONE);
        if (paging.offset() != wanted.offset()) {
            pairs = queue.listRiskyPairs(id, paging.offset(), PAGE_SIZE);
        }
        return Templates.queue(project, document, pairs, paging, number.notice(), DocumentPages.longValueOrNull(from));
    }

    /**
     * To the review page focused on the next queued pair after position {@code after} (0-based) in document order,
     * wrapping round to the start; to the queue page, which says that none is left, when there is none.
     */
    @GET
    @Path("next-risky")
    @Requires(on = DOCUMENT, role = VIEWER)
    public RestResponse<Object> nextRisky(@RestPath long id, @QueryParam("after") String afterParam) {
        int after = AddressNumber.position(afterParam); // one edited out of shape: from the start
        return RestResponse.seeOther(URI.create(queue.findNextRisky(id, after)
                .map(position -> "/documents/" + id + "/positions/" + position)
                .orElse("/documents/" + id + "/queue")));
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }
}
