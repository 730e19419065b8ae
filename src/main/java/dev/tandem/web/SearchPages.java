// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.api.NoProjectRole;
import dev.tandem.model.Project;
import dev.tandem.review.ReviewStatus;
import dev.tandem.service.Concordance;
import dev.tandem.service.ConcordanceHit;
import dev.tandem.service.ConcordancePage;
import dev.tandem.service.ConcordanceRequest;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.ProjectService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The concordance page: a search box and filters over the pairs of every project the user may see, a page of
 * results with the matches marked, each linking to its pair on the review page.
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {
    static final int PAGE_SIZE = 20;

    @Inject
    Concordance concordance;

    @Inject
    ProjectService projects;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Form form, List<Project> projects, ConcordancePage results,
                                              List<Result> items, boolean hasNext, String error,
                                              String notice);
    }

    /** What the user asked for, as typed, to fill the form again and make the page links. */
    public record Form(String q, String project, String document, String side, String status, String language,
                       int page) {
        /** This search's link to another page of results. */
        public String link(int target) {
            return link(target, document);
        }

        /** This search over every document (of the project chosen, if one is). */
        public String allDocuments() {
            return link(1, null);
        }

        private String link(int target, String inDocument) {
            var params = new LinkedHashMap<String, String>();
            params.put("q", q);
            params.put("project", project);
            params.put("document", inDocument);
            params.put("side", side);
            params.put("status", status);
            params.put("language", language);
            params.put("page", Integer.toString(target));
            var query = new StringBuilder();
            for (Map.Entry<String, String> param : params.entrySet()) {
                if (param.getValue() != null && !param.getValue().isBlank()) {
                    query.append(query.isEmpty() ? "?" : "&").append(param.getKey()).append('=')
                            .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
                }
            }
            return "/search" + query;
        }

        public boolean isProject(long id) {
            return Long.toString(id).equals(project == null ? null : project.strip());
        }

        public boolean isSide(String value) {
            return value.equalsIgnoreCase(side == null ? "" : side.strip());
        }

        public boolean isStatus(String value) {
            return value.equalsIgnoreCase(status == null ? "" : status.strip());
        }
    }

    /** A result as the page shows it: the pair, its two texts cut at the matches, and its review-page link. */
    public record Result(ConcordanceHit hit, MarkedText source, MarkedText target, String projectName) {
        public String link() {
            return "/documents/" + hit.documentId() + "?focus=" + hit.pairId() + "#pair-" + hit.pairId();
        }

        /** As the review page says it: an aligner's pair not yet reviewed is "unreviewed", not "auto". */
        public String status() {
            return hit.status() == ReviewStatus.AUTO ? "unreviewed" : hit.status().name().toLowerCase(Locale.ROOT);
        }
    }

    @GET
    @NoProjectRole("searches only the projects the user may see; a project or document named is checked as a viewer")
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("project") String project,
                                   @QueryParam("document") String document, @QueryParam("side") String side,
                                   @QueryParam("status") String status, @QueryParam("language") String language,
                                   @QueryParam("page") String page) {
        int number = pageNumber(page);
        String pageNotice = PageNumber.read(page).notice();
        var form = new Form(q, project, document, side, status, language, number);
        List<Project> visible = projects.listProjects();
        if (q == null || q.isBlank()) {
            return Templates.search(form, visible, null, List.of(), false, null, null);
        }
        try {
            ConcordancePage results = search(form);
            String pastTheEnd = null;
            if (results.items().isEmpty() && results.total() > 0) {
                // A page past the end (an old link, a typed number) shows the last page, saying so, as the review
                // pages do: the results are what was wanted, and "441–440 shown" helps nobody.
                int last = (int) ((results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
                pastTheEnd = "There is no page " + number + ": the " + results.total() + " matching pairs fill "
                        + last + (last == 1 ? " page" : " pages") + ". This is the last.";
                form = new Form(q, project, document, side, status, language, last);
                results = search(form);
            }
            Map<Long, String> names = new LinkedHashMap<>();
            visible.forEach(p -> names.put(p.id, p.name));
            List<Result> items = results.items().stream().map(hit -> new Result(hit,
                    MarkedText.of(hit.source(), hit.highlights().source()),
                    MarkedText.of(hit.target(), hit.highlights().target()),
                    names.getOrDefault(hit.projectId(), ""))).toList();
            boolean hasNext = results.offset() + items.size() < results.total()
                    && (long) form.page() * PAGE_SIZE < ConcordanceRequest.MAX_DEPTH;
            return Templates.search(form, visible, results, items, hasNext, null,
                    pastTheEnd != null ? pastTheEnd : pageNotice.isEmpty() ? null : pageNotice);
        } catch (InvalidInputException e) {
            return Templates.search(form, visible, null, List.of(), false, inFormWords(e), null);
        }
    }

    private ConcordancePage search(Form form) {
        return concordance.search(ConcordanceRequest.of(form.q(), form.side(), form.project(), form.document(),
                form.status(), form.language(), Long.toString((long) (form.page() - 1) * PAGE_SIZE),
                Integer.toString(PAGE_SIZE)));
    }

    /**
     * A refusal in the form's words: the concordance API names its query parameters ("q has 501 characters"), which
     * this form labels otherwise. Only a leading name is replaced, since "language" or "status" also occur as words.
     */
    static String inFormWords(InvalidInputException e) {
        String field = e.field();
        String label = field == null ? null : FORM_LABELS.get(field);
        String message = e.getMessage();
        return label != null && message.startsWith(field + " ") ? label + message.substring(field.length()) : message;
    }

    private static final Map<String, String> FORM_LABELS = Map.of(
            "q", "The search box",
            "side", "The side",
            "status", "The status",
            "language", "The language",
            "project", "The project",
            "document", "The document");

    /** The page asked for, from 1; anything else is the first. */
    private static int pageNumber(String page) {
        try {
            int number = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.max(1, Math.min(number, ConcordanceRequest.MAX_DEPTH / PAGE_SIZE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
