// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.service.Interactive;
import static dev.tandem.api.Requires.On.DOCUMENT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.api.EditRequest;
import dev.tandem.api.Granted;
import dev.tandem.api.Requires;
import dev.tandem.model.Document;
import dev.tandem.model.Project;
import dev.tandem.model.ProjectRole;
import dev.tandem.review.ReviewStatus;
import dev.tandem.service.DocumentService;
import dev.tandem.service.DocumentSummary;
import dev.tandem.service.EditConflictException;
import dev.tandem.service.EditResult;
import dev.tandem.service.HistoryEntry;
import dev.tandem.service.ImpossibleEditException;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.PairPage;
import dev.tandem.service.PairSlice;
import dev.tandem.service.PairView;
import dev.tandem.service.PageEdit;
import dev.tandem.service.PreconditionRequiredException;
import dev.tandem.service.ProjectAccess;
import dev.tandem.service.ProjectService;
import dev.tandem.service.ReviewPage;
import dev.tandem.service.ReviewService;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The review workbench: a document's pairs side by side, a page at a time, with every review operation as a
 * button and a key. Operations post to {@code edit}, {@code undo} and {@code redo}, which answer with HTML for htmx:
 * the header (progress, version) and the rows that changed, or a message next to the row when the operation was
 * impossible or the document changed meanwhile. Those answers are always 200, since htmx swaps no 4xx response.
 */
@Path("/documents/{id}")
@Produces(MediaType.TEXT_HTML)
@Interactive
public class DocumentPages {
    static final int PAGE_SIZE = 50;
    /** Rows shown above a pair a link opens, so that it is seen in its context. */
    static final int ROWS_BEFORE_FOCUS = 10;
    /** Rows a structural change redraws at most; rows below them load again as the reviewer scrolls on. */
    static final int MAX_REDRAWN = 200;
    /**
     * The event every answer to an operation raises on the page once htmx has settled it (header
     * {@code HX-Trigger-After-Settle}), with the outcome: {@code done}, {@code refused} or {@code conflict}.
     * {@code review.js} then puts the current row back and, after a confirmation, moves on.
     */
    static final String ANSWERED = "answered";

    @Inject
    ProjectAccess access;

    @Inject
    Granted granted;

    @Inject
    DocumentService documents;

    @Inject
    ProjectService projects;

    @Inject
    ReviewService review;

    @Inject
    ObjectMapper json;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Project project, DocumentSummary document, RowWindow window,
                                            Filters filters, int page, RowContext row, String notice,
                                            Long focus, String at);

        static native TemplateInstance show$chunk(RowWindow window, RowContext row);

        static native TemplateInstance show$header(DocumentSummary document, RowContext row, String notice);

        static native TemplateInstance show$row(PairView pair, RowContext row);

        static native TemplateInstance message(RowMessage message);

        static native TemplateInstance history(Project project, DocumentSummary document, List<HistoryEntry> edits,
                                               Long from);

        static native TemplateInstance delete(Project project, DocumentSummary document, List<DocumentSummary> versions,
                                              long confirmedInAll, String versionsSeen, String message);

        static native TemplateInstance rename(Project project, DocumentSummary document, String title, String message);
    }

    /** The fields an operation posts: the operation's own, plus the page it was made on (to redraw that page). */
    public static class EditForm {
        @RestForm public String op;
        @RestForm public String baseVersion;
        @RestForm public String pair;
        @RestForm public String side;
        @RestForm public String index;
        @RestForm public String offset;
        @RestForm public String text;
        @RestForm public String sourceCount;
        @RestForm public String targetCount;
        @RestForm public String direction;
        /** The row the reviewer is on: where messages go. */
        @RestForm public String current;
        /** Positions of the first and last row the page shows (set by review.js). */
        @RestForm public String firstPosition;
        @RestForm public String lastPosition;
        @RestForm public String page;
        @RestForm public String status;
        @RestForm public String below;
        @RestForm public String flag;
        @RestForm public String q;

        Filters filters() {
            return new Filters(status, below, flag, q);
        }

        /** The operation's fields as the API's JSON: numbers read here, so a mistyped one is named. */
        ObjectNode operation(ObjectMapper json) {
            ObjectNode node = json.createObjectNode();
            putText(node, "op", op);
            node.put("baseVersion", longValue(baseVersion, "baseVersion"));
            node.put("pair", longValue(pair, "pair"));
            putText(node, "side", side);
            node.put("index", intValue(index, "index"));
            node.put("offset", intValue(offset, "offset"));
            node.put("text", text);
            node.put("sourceCount", intValue(sourceCount, "sourceCount"));
            node.put("targetCount", intValue(targetCount, "targetCount"));
            putText(node, "direction", direction);
            return node;
        }

        private static void putText(ObjectNode node, String field, String value) {
            if (value != null && !value.isBlank()) {
                node.put(field, value.strip());
            }
        }
    }

    @GET
    @Requires(on = DOCUMENT, role = VIEWER)
    public TemplateInstance show(@RestPath long id, @QueryParam("page") String pageParam,
                                 @QueryParam("status") String status, @QueryParam("below") String below,
                                 @QueryParam("flag") String flag, @QueryParam("q") String q,
                                 @QueryParam("focus") String focusParam,
                                 @QueryParam("at") @DefaultValue("") String at,
                                 @QueryParam("uploaded") String uploaded) {
        Document document = granted.document();
        // a pair id from a link; one mangled in the address bar opens the page at its start, not an API error
        Long focus = longValueOrNull(focusParam);
        var filters = new Filters(status, below, flag, q);
        // values edited out of shape in the address bar: the page without them, and a notice saying so
        PageNumber pageNumber = PageNumber.read(pageParam);
        int page = pageNumber.value();
        String notice = (filters.problem() + " " + pageNumber.notice() + " "
                + (uploaded == null ? "" : documents.namesakeWarning(document).orElse(""))).strip();
        PairView focused = focus == null ? null : documents.findPair(id, focus).orElse(null);
        if (focused == null) {
            ReviewPage read = documents.reviewPage(document, filters.filter(), page, PAGE_SIZE);
            PairPage pairs = read.pairs();
            var window = new RowWindow(id, filters, pairs.items(), pairs.total(), pairs.offset() > 0,
                    pairs.offset() + pairs.items().size() < pairs.total());
            return Templates.show(document.project, read.summary(), window, filters, read.page(), context(document),
                    notice, focus, at);
        }
        long total = documents.listPairs(id, filters.filter(), 0, 1).total();
        RowWindow window = around(id, filters, focused.position(), total);
        int shownPage = Paging.of(page, total, PAGE_SIZE, filters).page();
        return Templates.show(document.project, documents.summarize(id), window, filters,
                shownPage, context(document), notice, focus, at);
    }

    /** A few rows before {@code position} and a page's worth from it on: where a link to one pair opens. */
    private RowWindow around(long id, Filters filters, int position, long total) {
        PairSlice before = documents.listPairsNextTo(id, filters.filter(), position, false, ROWS_BEFORE_FOCUS);
        PairSlice from = documents.listPairsNextTo(id, filters.filter(), position - 1, true, PAGE_SIZE);
        var items = new ArrayList<>(before.items());
        items.addAll(from.items());
        return new RowWindow(id, filters, items, total, before.more(), from.more());
    }

    /** The rows next to a position, for a page that scrolled to its first or last row. */
    @GET
    @Path("rows")
    @Requires(on = DOCUMENT, role = VIEWER)
    public TemplateInstance rows(@RestPath long id, @QueryParam("status") String status,
                                 @QueryParam("below") String below, @QueryParam("flag") String flag,
                                 @QueryParam("q") String q, @QueryParam("after") String after,
                                 @QueryParam("before") String before) {
        Document document = granted.document();
        var filters = new Filters(status, below, flag, q);
        // Read leniently, as the filters are: a position that is not a number means the start.
        Integer beforePosition = intValueOrNull(before);
        Integer afterPosition = intValueOrNull(after);
        boolean forward = beforePosition == null;
        int position = forward ? (afterPosition == null ? -1 : afterPosition) : beforePosition;
        PairSlice slice = documents.listPairsNextTo(id, filters.filter(), position, forward, PAGE_SIZE);
        var window = new RowWindow(id, filters, slice.items(), 0, !forward && slice.more(), forward && slice.more());
        return Templates.show$chunk(window, context(document));
    }

    /** The pair with the number a reviewer typed (1 for the first). */
    @GET
    @Path("go")
    @Requires(on = DOCUMENT, role = VIEWER)
    public RestResponse<Object> go(@RestPath long id, @QueryParam("number") String number) {
        Integer value = intValueOrNull(number);
        return atPosition(id, value == null ? 0 : value - 1);
    }

    /** Opens the page holding the first unreviewed pair, with that pair as the current row. */
    @GET
    @Path("first-unreviewed")
    @Requires(on = DOCUMENT, role = VIEWER)
    public RestResponse<Object> firstUnreviewed(@RestPath long id) {
        PairPage first = documents.listPairs(id, ReviewStatus.AUTO, 0, 1);
        if (first.items().isEmpty()) {
            return RestResponse.seeOther(URI.create("/documents/" + id + "?all-reviewed=1"));
        }
        return focusOn(id, first.items().get(0));
    }

    /** To the page holding {@code pair}, with it as the current row. */
    private static RestResponse<Object> focusOn(long id, PairView pair) {
        return RestResponse.seeOther(URI.create("/documents/" + id + "?page=" + (pair.position() / PAGE_SIZE + 1)
                + "&focus=" + pair.id()));
    }

    @GET
    @Path("history")
    @Requires(on = DOCUMENT, role = VIEWER)
    public TemplateInstance history(@RestPath long id, @QueryParam("from") String from) {
        Document document = granted.document();
        return Templates.history(document.project, documents.summarize(id),
                newestFirst(review.historyWithTexts(id)), longValueOrNull(from));
    }

    /** The pair now at {@code position} (0-based), current on its page: where a history line's link goes. */
    @GET
    @Path("positions/{position}")
    @Requires(on = DOCUMENT, role = VIEWER)
    public RestResponse<Object> atPosition(@RestPath long id, @RestPath int position) {
        PairPage at = documents.listPairs(id, (ReviewStatus) null, Math.max(0, position), 1);
        if (at.items().isEmpty()) {
            // the document has fewer pairs now: its end
            int last = Paging.of(Integer.MAX_VALUE, at.total(), PAGE_SIZE, Filters.NONE).page();
            return RestResponse.seeOther(URI.create("/documents/" + id + "?page=" + last + "&at=last"));
        }
        return focusOn(id, at.items().get(0));
    }

    /**
     * A form to give the document another title (editors; found by use: a batch's "ch003" could be renamed over the
     * API only).
     */
    @GET
    @Path("rename")
    @Requires(on = DOCUMENT, role = EDITOR)
    public TemplateInstance renameForm(@RestPath long id) {
        DocumentSummary summary = documents.summarize(id);
        return Templates.rename(projects.getProject(summary.projectId()), summary, summary.title(), "");
    }

    /**
     * Renames the document if it is still at the version the form showed; a rename is a new version, in the history,
     * which undo leaves alone. A title refused, or a document changed meanwhile, shows the form again, the typed title
     * kept.
     */
    @POST
    @Path("rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = DOCUMENT, role = EDITOR)
    public RestResponse<TemplateInstance> rename(@RestPath long id, @RestForm String title,
                                                 @RestForm String baseVersion) {
        String message;
        try {
            review.rename(id, title, longValue(baseVersion, "baseVersion"), null);
            return RestResponse.seeOther(URI.create("/documents/" + id));
        } catch (InvalidInputException e) {
            message = e.getMessage();
        } catch (EditConflictException e) {
            message = "The document changed since this form was opened (someone edited or renamed it): nothing was"
                    + " renamed. Its title now is shown above; rename it again if you still want to.";
        }
        DocumentSummary summary = documents.summarize(id);
        return RestResponse.status(RestResponse.Status.BAD_REQUEST,
                Templates.rename(projects.getProject(summary.projectId()), summary, title, message));
    }

    /**
     * What deleting the document takes with it, its further translations (versions) and their reviews included, and
     * the button that does it (editors).
     */
    @GET
    @Path("delete")
    @Requires(on = DOCUMENT, role = EDITOR)
    public TemplateInstance confirmDelete(@RestPath long id) {
        return deletePage(id, "");
    }

    /**
     * Deletes the document if it, and each of its versions, is still as the confirmation showed it; otherwise shows
     * the confirmation again with the new counts, since someone reviewed one of them (or added a version) meanwhile.
     */
    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = DOCUMENT, role = EDITOR)
    public RestResponse<TemplateInstance> delete(@RestPath long id, @RestForm String baseVersion,
                                                 @RestForm String versionsSeen) {
        long projectId = granted.document().project.id;
        try {
            if (documents.deleteDocumentAsSeen(id, longValue(baseVersion, "baseVersion"), SeenVersions.read(versionsSeen))) {
                return RestResponse.seeOther(URI.create("/projects/" + projectId + "?deleted=document"));
            }
        } catch (EditConflictException | PreconditionRequiredException e) {
            // shown again below
        }
        return RestResponse.status(RestResponse.Status.CONFLICT, deletePage(id, "The document changed since this page was"
                + " opened (someone reviewed it or one of its further translations, or added one): its counts are"
                + " shown again. Delete it only if that is still what you want."));
    }

    private TemplateInstance deletePage(long id, String message) {
        DocumentSummary summary = documents.summarize(id);
        List<DocumentSummary> versions = versionsOf(summary);
        long confirmedInAll = summary.countOf(ReviewStatus.CONFIRMED)
                + versions.stream().mapToLong(v -> v.countOf(ReviewStatus.CONFIRMED)).sum();
        return Templates.delete(projects.getProject(summary.projectId()), summary, versions, confirmedInAll,
                SeenVersions.write(versions, DocumentSummary::id, DocumentSummary::version), message);
    }

    private List<DocumentSummary> versionsOf(DocumentSummary original) {
        return original.versions().stream().map(version -> documents.summarize(version.id())).toList();
    }

    /** One row as it is stored: what Esc in the editor goes back to. */
    @GET
    @Path("pairs/{pairId}")
    @Requires(on = DOCUMENT, role = VIEWER)
    public RestResponse<String> row(@RestPath long id, @RestPath long pairId) {
        Document document = granted.document();
        return drawn(id, pairId, pair -> Templates.show$row(pair, context(document)));
    }

    /** One row with a sentence open in the editor. */
    @GET
    @Path("pairs/{pairId}/edit")
    @Requires(on = DOCUMENT, role = VIEWER)
    public RestResponse<String> editor(@RestPath long id, @RestPath long pairId, @QueryParam("side") String side,
                                       @QueryParam("index") String indexParam) {
        int index = AddressNumber.position(indexParam); // one edited out of shape: the side's first sentence
        Document document = granted.document();
        return drawn(id, pairId, pair -> editing(pair, context(document), side, index));
    }

    private static TemplateInstance editing(PairView pair, RowContext context, String side, int index) {
        String chosen = "target".equals(side) ? "target" : "source";
        var sentences = chosen.equals("source") ? pair.source() : pair.target();
        if (sentences.isEmpty()) {
            chosen = chosen.equals("source") ? "target" : "source";
            sentences = chosen.equals("source") ? pair.source() : pair.target();
        }
        boolean known = sentences.stream().anyMatch(s -> s.index() == index);
        int chosenIndex = known ? index : sentences.isEmpty() ? -1 : sentences.get(0).index();
        return Templates.show$row(pair, context.editing(chosen, chosenIndex));
    }

    /**
     * A row drawn for the page, or, when the pair is gone (merged or split in another tab or by a colleague since the
     * page was loaded), the page's conflict notice: the document is still there, only the page is behind it.
     */
    private RestResponse<String> drawn(long id, long pairId, Function<PairView, TemplateInstance> draw) {
        Optional<PairView> pair = documents.findPair(id, pairId);
        if (pair.isEmpty()) {
            return message(new RowMessage("msg-" + pairId, "conflict", "This pair is no longer in the document: it was"
                    + " merged, split or realigned since this page was loaded (in another tab, or by a colleague).",
                    List.of(), "/documents/" + id), "conflict");
        }
        return RestResponse.ResponseBuilder.ok(draw.apply(pair.get()).render()).type(MediaType.TEXT_HTML_TYPE).build();
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = DOCUMENT, role = EDITOR)
    public RestResponse<String> edit(@RestPath long id, EditForm form) {
        return respond(id, form, () -> {
            EditRequest request = EditRequest.read(json, form.operation(json));
            return review.applyFromPage(id, request.baseVersion(), request.command());
        });
    }

    @POST
    @Path("undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = DOCUMENT, role = EDITOR)
    public RestResponse<String> undo(@RestPath long id, EditForm form) {
        return respond(id, form, () -> new PageEdit(review.undo(id, longValue(form.baseVersion, "baseVersion")),
                List.of()));
    }

    @POST
    @Path("redo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = DOCUMENT, role = EDITOR)
    public RestResponse<String> redo(@RestPath long id, EditForm form) {
        return respond(id, form, () -> new PageEdit(review.redo(id, longValue(form.baseVersion, "baseVersion")),
                List.of()));
    }

    @FunctionalInterface
    private interface Operation {
        PageEdit run();
    }

    /**
     * Runs an operation and answers with what changed on the page it was made on. Status changes redraw the changed
     * rows of that page in place (out of band, by id); structural changes redraw the page from the first changed
     * position to its end, since later positions move.
     */
    private RestResponse<String> respond(long id, EditForm form, Operation operation) {
        // The operation runs in its own transaction; what is shown is read after it, in a new one, so that nothing
        // read earlier in this request (and kept in the request's persistence context) is served stale.
        Filters filters = form.filters();
        int page = Math.max(1, intOr(form.page, 1));
        String current = form.current == null || form.current.isBlank() ? null : form.current.strip();
        String messageTarget = current == null ? "notice" : "msg-" + current;
        String reload = "/documents/" + id + "?" + filters.query(page) + (current == null ? "" : "&focus=" + current);
        PageEdit result;
        try {
            result = operation.run();
        } catch (EditConflictException e) {
            return message(new RowMessage(messageTarget, "conflict", e.getMessage(), e.since(), reload), "conflict");
        } catch (PreconditionRequiredException e) {
            // The page always sends the version it shows; a request without one did not come from it as it is now.
            return message(new RowMessage(messageTarget, "conflict", "This request did not say which version of the "
                    + "document it was made on, so nothing was changed.", List.of(), reload), "conflict");
        } catch (ImpossibleEditException | InvalidInputException e) {
            return message(new RowMessage(messageTarget, "error", FormWords.of(e.getMessage()), List.of(), null), "refused");
        }
        Log.debugf("Document %s: %s (version %s)", (Object) id, result.result().edit().summary(),
                (Object) result.result().version());
        return QuarkusTransaction.requiringNew().call(() -> changed(id, form, filters, page, result));
    }

    private RestResponse<String> changed(long id, EditForm form, Filters filters, int page, PageEdit edit) {
        EditResult result = edit.result();
        RowContext context = context(granted.document());
        var body = new StringBuilder();
        var response = RestResponse.ResponseBuilder.<String>ok().header("HX-Trigger-After-Settle", answered("done"));
        if (result.structural()) {
            // Redraw from the first changed position to the last row the page held (sent by the page; else a page's
            // worth), with what follows to be loaded again on scrolling: positions after the change have moved.
            int from = result.fromPosition();
            Integer last = intValueOrNull(form.lastPosition);
            int count = last == null ? PAGE_SIZE : Math.max(1, Math.min(MAX_REDRAWN, last - from + 1));
            PairSlice after = documents.listPairsNextTo(id, filters.filter(), from - 1, true, count);
            body.append(Templates.show$chunk(new RowWindow(id, filters, after.items(), 0, false, after.more()),
                    context.inPlace()).render());
            // Out of band, before the new rows go in at the end: the page's rows from the change on go.
            body.append("<template><tr hx-swap-oob=\"delete:").append(staleRows(id, filters, result, after))
                    .append("\"></tr></template>");
            response.header("HX-Retarget", "#rows").header("HX-Reswap", "beforeend");
        } else {
            // Status changes move nothing: redraw the changed pairs within the positions the page shows (sent by
            // the page; without them, the page as it is now). A row the page does not show has no target and is
            // skipped by htmx.
            Integer first = intValueOrNull(form.firstPosition);
            Integer last = intValueOrNull(form.lastPosition);
            Set<Long> onPage = first != null && last != null ? null
                    : documents.listPairs(id, filters.filter(), (page - 1) * PAGE_SIZE, PAGE_SIZE).items().stream()
                    .map(PairView::id).collect(Collectors.toSet());
            for (PairView pair : withChangedMeanwhile(id, result.pairs(), edit.changedMeanwhile(), first, last)) {
                boolean shown = onPage == null ? pair.position() >= first && pair.position() <= last
                        : onPage.contains(pair.id());
                if (shown) {
                    body.append("<template>").append(Templates.show$row(pair, context.asOob()).render())
                            .append("</template>");
                }
            }
            response.header("HX-Reswap", "none");
        }
        // The header goes last and inside a <template>: the browser parses a response that starts with <tr> as
        // table content, where only a <template> may hold other elements.
        String meanwhile = edit.changedMeanwhile().isEmpty() ? "" : " Others reviewed " + edit.changedMeanwhile().size()
                + (edit.changedMeanwhile().size() == 1 ? " pair" : " pairs") + " meanwhile; those on this page are shown"
                + " as they are now.";
        body.append("<template>").append(Templates.show$header(documents.summarize(id), context.asOob(),
                result.edit().summary() + "." + meanwhile).render()).append("</template>");
        return response.entity(body.toString()).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /**
     * The pairs an edit changed, and those others changed meanwhile within the positions the page shows (all of them
     * when it did not say): a page that showed a colleague's pairs unreviewed shows their decisions with its own.
     */
    private List<PairView> withChangedMeanwhile(long id, List<PairView> changed, List<Integer> meanwhile, Integer first,
                                                Integer last) {
        var pairs = new ArrayList<>(changed);
        meanwhile.stream()
                .filter(position -> first == null || last == null || position >= first && position <= last)
                .limit(MAX_REDRAWN)
                .forEach(position -> pairs.addAll(documents.listPairs(id, (ReviewStatus) null, position, 1).items()));
        return pairs;
    }

    /**
     * A CSS selector for the rows a page holds from a structural change's first position on, which the redrawn rows
     * replace: the first of them and every row after it, the loaders and the "no pairs" line too. The first is one of
     * the rows the change replaced (named by their old positions), or else the first row after the change, by id
     * (the one the filters show and, for a page whose row no longer matches its status filter, the one they may not).
     */
    private String staleRows(long id, Filters filters, EditResult result, PairSlice redrawn) {
        int from = result.fromPosition();
        var first = new ArrayList<String>();
        for (int position = from; position < from + result.removedPairs(); position++) {
            first.add("tr.pair[data-position='" + position + "']");
        }
        int next = from + result.pairs().size();
        redrawn.items().stream().filter(pair -> pair.position() >= next).findFirst()
                .ifPresent(pair -> first.add("#pair-" + pair.id()));
        if (filters.active()) {
            documents.listPairsNextTo(id, null, next - 1, true, 1).items().stream().findFirst()
                    .ifPresent(pair -> first.add("#pair-" + pair.id()));
        }
        String rows = first.isEmpty() ? "" : "#rows :is(" + String.join(", ", first) + ")";
        return (rows.isEmpty() ? "" : rows + ", " + rows + " ~ tr, ") + "#rows tr.more.after, #rows tr.no-pairs";
    }

    /** The {@code HX-Trigger-After-Settle} value of an answer with {@code outcome}. */
    private static String answered(String outcome) {
        return "{\"" + ANSWERED + "\":{\"outcome\":\"" + outcome + "\"}}";
    }

    /** A number from the address, or null for none or one edited out of shape. */
    static Long longValueOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer intValueOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static RestResponse<String> message(RowMessage message, String outcome) {
        return RestResponse.ResponseBuilder.<String>ok(Templates.message(message).render())
                .header("HX-Trigger-After-Settle", answered(outcome)).header("HX-Reswap", "none")
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** @param document as the access check read it, with its project */
    private RowContext context(Document document) {
        Project project = document.project;
        return new RowContext(document.id, project.sourceLanguage, document.targetLanguage, false, null, -1,
                !access.canEdit(project));
    }

    private static Long longValue(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a whole number.");
        }
    }

    private static Integer intValue(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a whole number.");
        }
    }

    private static int intOr(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static <T> List<T> newestFirst(List<T> edits) {
        var copy = new ArrayList<>(edits);
        Collections.reverse(copy);
        return copy;
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }

    /** A row asked for by a stale page (the pair was merged or split meanwhile). */
    @ServerExceptionMapper
    public RestResponse<TemplateInstance> gone(ImpossibleEditException e) {
        return RestResponse.status(RestResponse.Status.NOT_FOUND,
                ErrorPages.Templates.error(404, "Not found", e.getMessage()));
    }
}
