// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.align.Lexicon;
import dev.tandem.model.Document;
import dev.tandem.model.Edit;
import dev.tandem.model.EditState;
import dev.tandem.model.Project;
import dev.tandem.model.Ranks;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.Change;
import dev.tandem.review.InvalidOperationException;
import dev.tandem.review.RejectedPairing;
import dev.tandem.review.ReviewOperations;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import dev.tandem.review.Window;
import dev.tandem.security.CurrentUser;
import dev.tandem.tmx.SentenceJoiner;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Review operations on a stored document, with versions, history, undo and redo. Each operation locks the document,
 * checks the version it was made on, computes its change with the pure {@link ReviewOperations} on the few pairs it
 * touches, writes the change and records it; so two reviewers never overwrite each other, and every change can be
 * taken back.
 */
@ApplicationScoped
@Transactional
public class ReviewService {
    /** Confidence from which confirm-confident confirms: on the development sets 97–99 % of such pairs are right. */
    static final double DEFAULT_CONFIDENT = 0.9;
    private static final int BULK = 1000;
    @Inject
    WindowStore windows;

    @Inject
    DocumentCounts counts;

    @Inject
    AlignmentService alignment;

    @Inject
    ProjectLexicons lexicons;

    @Inject
    DocumentService documents;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser user;

    @Inject
    Meters meters;

    /** Carries out {@code command}, made on the document version {@code baseVersion}. */
    @OneWriterPerDocument
    public EditResult apply(long documentId, Long baseVersion, ReviewCommand command) {
        return apply(documentId, baseVersion, command, null);
    }

    /**
     * Carries out {@code command} if the document is at one of {@code ifMatch} (null: no If-Match) and, when given,
     * at {@code baseVersion}. One of the two must be given, so no edit lands on a version nobody saw.
     */
    @OneWriterPerDocument
    public EditResult apply(long documentId, Long baseVersion, ReviewCommand command, Collection<Long> ifMatch) {
        Objects.requireNonNull(command, "command");
        Document document = DocumentVersions.lockAt(documentId, ifMatch, baseVersion, "An edit");
        return command.applyTo(new Steps(document, command));
    }

    /**
     * As {@link #apply(long, Long, ReviewCommand)}, for a reviewer's page: a confirm, a reject or a sentence's new text
     * made on an older version still lands when every edit since only changed the statuses of other pairs (a colleague
     * reviewing elsewhere in the document). Pairs and sentences keep their ids, places and numbers through status
     * changes, so the page's pair or sentence is the one it showed, and nobody's decision is overwritten. Anything else
     * since (a structural or text edit, a decision on the same pair) is a conflict, as for {@code apply}. (Found by use:
     * a reviewer's edited sentence was refused, the typing lost, whenever a colleague confirmed any other pair.)
     *
     * @return the edit, and the positions of the pairs whose status the edits since changed (for the page to redraw)
     */
    @OneWriterPerDocument
    public PageEdit applyFromPage(long documentId, Long baseVersion, ReviewCommand command) {
        Objects.requireNonNull(command, "command");
        Document document;
        List<Integer> changedMeanwhile = List.of();
        try {
            document = DocumentVersions.lockAt(documentId, null, baseVersion, "An edit");
        } catch (EditConflictException conflict) {
            document = Document.lockForEdit(documentId);
            changedMeanwhile = otherStatusesSince(document, baseVersion, command).orElseThrow(() -> conflict);
        }
        return new PageEdit(command.applyTo(new Steps(document, command)), changedMeanwhile);
    }

    /**
     * The positions whose status the edits after {@code baseVersion} changed, if those edits changed nothing else and
     * none of the pairs {@code command} decides on; empty if the command is not such a decision or they did more.
     */
    private Optional<List<Integer>> otherStatusesSince(Document document, long baseVersion, ReviewCommand command) {
        if (baseVersion > document.version) {
            return Optional.empty();
        }
        Optional<Set<Integer>> acted = positionsActedOn(document, command);
        if (acted.isEmpty()) {
            return Optional.empty();
        }
        var changed = new TreeSet<Integer>();
        for (Edit edit : Edit.listByDocument(document, baseVersion)) {
            ChangeRecord change = read(edit);
            if (change.window() != null) {
                return Optional.empty();
            }
            change.statuses().forEach(status -> changed.add(status.position()));
        }
        if (acted.get().stream().anyMatch(changed::contains)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(changed));
    }

    /**
     * The positions of the pairs {@code command} acts on, if it is a decision or a sentence's new text; empty for any
     * other command, or one naming a pair or sentence the document does not hold.
     */
    private static Optional<Set<Integer>> positionsActedOn(Document document, ReviewCommand command) {
        if (command instanceof ReviewCommand.EditText edit) {
            if (edit.side() == null || edit.index() == null || edit.index() < 0
                    || edit.index() >= Sentence.countBySide(document, edit.side())) {
                return Optional.empty();
            }
            return Optional.of(Set.of(containingPair(document, edit.side(), edit.index())));
        }
        List<Long> decided = command instanceof ReviewCommand.Confirm confirm ? confirm.pairs()
                : command instanceof ReviewCommand.Reject reject ? Collections.singletonList(reject.pair()) : null;
        if (decided == null || decided.isEmpty() || decided.stream().anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        List<SentencePair> pairs = SentencePair.list("document = ?1 and id in ?2", document, List.copyOf(decided));
        if (pairs.size() != Set.copyOf(decided).size()) {
            return Optional.empty();
        }
        Ranks.fillPositions(document, pairs);
        return Optional.of(pairs.stream().map(pair -> pair.position).collect(Collectors.toSet()));
    }

    /** Takes back the latest edit still in effect, if the document is still at {@code baseVersion}. */
    @OneWriterPerDocument
    public EditResult undo(long documentId, Long baseVersion) {
        return undo(documentId, baseVersion, null);
    }

    /**
     * As {@link #undo(long, Long)}, if the document is at one of {@code ifMatch} (null: no If-Match). One of the two
     * must be given: the latest edit may be someone else's, made after the version the undoing user saw.
     */
    @OneWriterPerDocument
    public EditResult undo(long documentId, Long baseVersion, Collection<Long> ifMatch) {
        Document document = DocumentVersions.lockAt(documentId, ifMatch, baseVersion, "Undo");
        Edit target = Edit.findLastApplied(document)
                .orElseThrow(() -> new ImpossibleEditException(null, "There is nothing to undo in this document."));
        target.state = EditState.UNDONE;
        return replay(document, target, "undo", "Undid: " + target.summary, read(target).inverse());
    }

    /** Brings back the edit undone most recently, if no new edit came since and the document is at {@code baseVersion}. */
    @OneWriterPerDocument
    public EditResult redo(long documentId, Long baseVersion) {
        return redo(documentId, baseVersion, null);
    }

    /** As {@link #redo(long, Long)}, if the document is at one of {@code ifMatch} (null: no If-Match); one is required. */
    @OneWriterPerDocument
    public EditResult redo(long documentId, Long baseVersion, Collection<Long> ifMatch) {
        Document document = DocumentVersions.lockAt(documentId, ifMatch, baseVersion, "Redo");
        Edit target = Edit.findFirstUndone(document)
                .orElseThrow(() -> new ImpossibleEditException(null, "There is nothing to redo in this document."));
        target.state = EditState.APPLIED;
        return replay(document, target, "redo", "Redid: " + target.summary, read(target));
    }

    /**
     * Renames the document if it is at {@code baseVersion} and at one of {@code ifMatch} (null: not given; one of the
     * two is required). The title is part of what the version (and so the ETag) stands for, so renaming makes a new
     * version, logged in the history; undo leaves it.
     */
    @OneWriterPerDocument
    public Document rename(long documentId, String title, Long baseVersion, Collection<Long> ifMatch) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("title", "title is missing: give the document's new title.");
        }
        ImportPreparation.checkTitle(stripped);
        Document document = DocumentVersions.lockAt(documentId, ifMatch, baseVersion, "A rename");
        if (!stripped.equals(document.title)) {
            document.title = stripped;
            String params = json.createObjectNode().put("title", stripped).toString();
            record(document, "rename", params, "Renamed to “" + stripped + "”", new ChangeRecord(null, List.of()),
                    EditState.LOGGED);
        }
        return document;
    }

    /** The document's history, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditView> history(long documentId, long afterVersion) {
        Document document = Document.<Document>findByIdOptional(documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        return Edit.listByDocument(document, afterVersion).stream().map(EditView::of).toList();
    }

    /** The whole history with each edit's first rewritten position and the sentence texts it replaced, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> historyWithTexts(long documentId) {
        Document document = Document.<Document>findByIdOptional(documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        return Edit.listByDocument(document, 0).stream()
                .map(edit -> HistoryEntry.of(EditView.of(edit), read(edit))).toList();
    }

    private EditResult replay(Document document, Edit target, String op, String summary, ChangeRecord change) {
        if (change.window() != null && !change.window().before().source().equals(change.window().after().source())) {
            // an edit of the original's sentences made before its versions existed may not come back or go now
            try {
                SharedOriginal.refuseSourceChange(document);
            } catch (ImpossibleEditException e) {
                throw new ImpossibleEditException(e.field(), ("undo".equals(op) ? "Undoing" : "Redoing") + " “"
                        + target.summary + "” would change the original's sentences. " + e.getMessage());
            }
        }
        var params = json.createObjectNode().put("edit", target.id);
        Edit logged = record(document, op, params.toString(), summary, change, EditState.LOGGED);
        logged.targetEditId = target.id;
        return write(document, logged, change, null);
    }

    // ---- the steps commands are made of ------------------------------------------------------------------------

    /** The steps of one command on one locked document. */
    private final class Steps implements ReviewSteps {
        private final Document document;
        private final ReviewCommand command;

        Steps(Document document, ReviewCommand command) {
            this.document = document;
            this.command = command;
        }

        @Override
        public SentencePair pair(Long id, String field) {
            return ReviewService.pair(document, id, field);
        }

        @Override
        public List<SentencePair> pairs(List<Long> ids) {
            if (ids == null || ids.isEmpty()) {
                throw new InvalidInputException("pairs", "pairs is missing: give the ids of the pairs to confirm.");
            }
            if (ids.size() > DocumentService.MAX_PAGE_SIZE) {
                throw new InvalidInputException("pairs", "At most " + DocumentService.MAX_PAGE_SIZE
                        + " pairs can be confirmed at once; use confirm-through for longer stretches.");
            }
            if (ids.stream().anyMatch(Objects::isNull)) {
                throw new InvalidInputException("pairs", "pairs holds an empty id: give the ids of pairs of this "
                        + "document.");
            }
            List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
            // one query for them all, not one per pair
            Map<Long, SentencePair> found = SentencePair.<SentencePair>list("document = ?1 and id in ?2", document,
                    distinct).stream().collect(Collectors.toMap(pair -> pair.id, pair -> pair));
            for (Long id : distinct) {
                if (!found.containsKey(id)) {
                    throw new ImpossibleEditException("pairs", "This document has no pair with id " + id
                            + ": reload the pairs, it may have been merged or split.");
                }
            }
            List<SentencePair> pairs = distinct.stream().map(found::get).toList();
            Ranks.fillPositions(document, pairs);
            return pairs;
        }

        @Override
        public List<SentencePair> pairsThrough(Long pair) {
            SentencePair last = pair(pair, "pair");
            List<SentencePair> pairs = SentencePair.list("document = ?1 and ord <= ?2 and status = ?3", Sort.by("ord"),
                    document, last.ord, ReviewStatus.AUTO);
            Ranks.fillPositions(document, pairs);
            return pairs;
        }

        /**
         * The unreviewed pairs without QA flags whose confidence reaches {@code least} (0.9 if not given). A pair the
         * aligner did not score (made or changed by a reviewer, or an XLIFF unit awaiting translation) has no
         * confidence and is never among them: nobody vouched for it. The criterion is {@link ConfidentPairs}'s, which
         * the document summary counts with.
         */
        @Override
        public List<SentencePair> confidentPairs(Double least) {
            double threshold = least == null ? DEFAULT_CONFIDENT : least;
            if (!(threshold >= 0.0 && threshold <= 1.0)) {
                throw new InvalidInputException("minConfidence", "minConfidence must be between 0 and 1, e.g. 0.9.");
            }
            var parameters = new HashMap<String, Object>(ConfidentPairs.parameters(threshold));
            parameters.put("document", document);
            List<SentencePair> pairs = SentencePair.list("from SentencePair p where p.document = :document and "
                    + ConfidentPairs.condition("p") + " order by p.ord", parameters);
            if (pairs.isEmpty()) {
                throw new ImpossibleEditException("minConfidence", "No unreviewed pair without QA flags has a confidence of"
                        + " at least " + threshold + " (pairs made or changed by a reviewer have none: confirm them one by one).");
            }
            Ranks.fillPositions(document, pairs);
            return pairs;
        }

        @Override
        public EditResult setStatus(List<SentencePair> pairs, ReviewStatus status) {
            var changes = new ArrayList<ChangeRecord.StatusChange>();
            for (SentencePair pair : pairs) {
                if (pair.status != status) {
                    changes.add(new ChangeRecord.StatusChange(pair.position, pair.status, status));
                }
            }
            if (changes.isEmpty()) {
                throw new ImpossibleEditException("pair", pairs.size() == 1
                        ? "Pair " + (pairs.get(0).position + 1) + " is already " + status.name().toLowerCase(Locale.ROOT) + "."
                        : "These pairs are already " + status.name().toLowerCase(Locale.ROOT) + ".");
            }
            String verb = status == ReviewStatus.CONFIRMED ? "Confirmed" : "Rejected";
            String summary = changes.size() == 1 ? verb + " pair " + (changes.get(0).position() + 1)
                    : verb + " " + changes.size() + " pairs (" + (changes.get(0).position() + 1) + "–"
                    + (changes.get(changes.size() - 1).position() + 1) + ")";
            List<SentencePair> changed = pairs.stream().filter(pair -> pair.status != status).toList();
            return commit(summary, new ChangeRecord(null, changes), changed);
        }

        @Override
        public EditResult onSentence(Side side, Integer index, int extra, SentenceChange change,
                                     Function<String, String> summary) {
            Side chosen = ReviewSteps.required(side, "side", "source or target");
            if (chosen == Side.SOURCE) {
                SharedOriginal.refuseSourceChange(document);
            }
            int at = ReviewSteps.required(index, "index");
            long count = Sentence.countBySide(document, chosen);
            if (at < 0 || at >= count) {
                throw new ImpossibleEditException("index", "The " + chosen.label() + " has no sentence " + at
                        + " (it has " + count + ", numbered from 0).");
            }
            int first = containingPair(document, chosen, at);
            int last = at + extra < count ? containingPair(document, chosen, at + extra) : first;
            Window window = windows.load(document, first, last + 1);
            Change made = attempt(() -> change.apply(window, chosen, at));
            return commit(summary.apply(chosen.label() + " sentence " + (at + 1)), new ChangeRecord(made, null));
        }

        @Override
        public EditResult onPair(Long id, int before, int after, PairChange change, IntFunction<String> summary) {
            int position = pair(id, "pair").position;
            Window window = windows.load(document, position - before, position + after);
            Change made = attempt(() -> change.apply(window, position));
            return commit(summary.apply(position), new ChangeRecord(made, null));
        }

        @Override
        public EditResult realign(Long fromPair, Long toPair) {
            SentencePair from = pair(fromPair, "fromPair");
            SentencePair to = pair(toPair, "toPair");
            if (from.position > to.position) {
                throw new ImpossibleEditException("toPair", "toPair (pair " + (to.position + 1)
                        + ") comes before fromPair (pair " + (from.position + 1) + "): give the stretch in document order.");
            }
            Project project = document.project;
            Window window = windows.load(document, from.position, to.position + 1);
            // the project's lexicon (confirmed pairs, dictionaries, accepted terms) knows the project's target language
            // only, as for a version's import; not the other documents' unreviewed pairs, which cost seconds to learn
            // from in a large project, on every realignment; nor the stretch's own confirmed pairs, which it keeps
            Lexicon lexicon = document.targetLanguage.equals(project.targetLanguage)
                    ? lexicons.forText(project.id, window.source(), window.target()) : Lexicon.EMPTY;
            List<RejectedPairing> rejectedBefore = rejectedInRealignedPairs(document);
            Change made = attempt(() -> ReviewOperations.realign(window, alignment.aligner(), lexicon,
                    project.sourceLanguage, document.targetLanguage, rejectedBefore));
            return commit("Realigned pairs " + (from.position + 1) + "–" + (to.position + 1), new ChangeRecord(made, null));
        }

        @Override
        public EditResult realignAround(Long pair) {
            PairStretch stretch = documents.unconfirmedStretch(document.id, pair(pair, "pair").position);
            return realign(stretch.fromPair(), stretch.toPair());
        }

        @Override
        public String separator(Side side) {
            Project project = document.project;
            return SentenceJoiner.separator(side == Side.SOURCE ? project.sourceLanguage : document.targetLanguage);
        }

        private EditResult commit(String summary, ChangeRecord change) {
            return commit(summary, change, null);
        }

        /** @param changed for a status change, the pairs it changes, as read (else null) */
        private EditResult commit(String summary, ChangeRecord change, List<SentencePair> changed) {
            Edit.discardUndone(document);
            ObjectNode params = json.createObjectNode().put("op", command.op());
            params.setAll((ObjectNode) json.valueToTree(command));
            Edit edit = record(document, command.op(), params.toString(), summary, change, EditState.APPLIED);
            return write(document, edit, change, changed);
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    private Edit record(Document document, String op, String params, String summary, ChangeRecord change,
                        EditState state) {
        document.version++;
        document.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        // every change of a document's version passes here once, whichever way it came (API, page, undo)
        meters.reviewed(op);
        var edit = new Edit();
        edit.document = document;
        edit.version = document.version;
        edit.username = user.username();
        edit.createdAt = document.updatedAt;
        edit.operation = op;
        edit.params = params;
        edit.state = state;
        edit.summary = summary.length() > 500 ? summary.substring(0, 499) + "…" : summary;
        edit.changeData = toJson(change);
        edit.persist();
        return edit;
    }

    /**
     * Writes what an edit changed and answers with the changed pairs.
     *
     * @param inHand for a status change, the pairs it changes as the edit read them (their positions filled): they need
     *               not be found and read again; null when undoing or redoing, which know positions only
     */
    private EditResult write(Document document, Edit edit, ChangeRecord change, List<SentencePair> inHand) {
        long documentId = document.id;
        long version = document.version;
        EditView view = EditView.of(edit);
        if (change.window() != null) {
            Change window = change.window();
            List<SentencePair> rows = windows.write(document, window);
            // The window holds the pairs the operation rewrote (their sentences, ranges or status): each now names
            // this reviewer as the last to vouch for it. The rows are managed, so this is written at commit.
            for (SentencePair row : rows) {
                row.changedBy = edit.username;
                row.changedAt = edit.createdAt;
            }
            Document current = Document.findById(documentId);
            return new EditResult(documentId, version, view, true, window.before().firstPair(),
                    window.before().pairs().size(), DocumentService.rankedViews(current, rows));
        }
        // Bulk updates, so confirming 20,000 pairs at once stays one statement per thousand pairs.
        List<Integer> positions = change.statuses().stream().map(ChangeRecord.StatusChange::position).sorted().toList();
        Map<Integer, Long> keys = inHand != null
                ? inHand.stream().collect(Collectors.toMap(pair -> pair.position, pair -> pair.ord))
                : keysAt(document, positions);
        Map<ReviewStatus, List<Long>> byStatus = change.statuses().stream().collect(Collectors.groupingBy(
                ChangeRecord.StatusChange::to, () -> new EnumMap<>(ReviewStatus.class),
                Collectors.mapping(status -> keys.get(status.position()), Collectors.toList())));
        SentencePair.flush();
        byStatus.forEach((status, ords) -> {
            for (int i = 0; i < ords.size(); i += BULK) {
                SentencePair.update("status = ?1, changedBy = ?4, changedAt = ?5 where document = ?2 and ord in ?3",
                        status, document, ords.subList(i, Math.min(ords.size(), i + BULK)), edit.username,
                        edit.createdAt);
            }
        });
        // The bulk updates went past the session: nothing it holds may be written back or read as current.
        SentencePair.getEntityManager().clear();
        List<SentencePair> changed;
        if (inHand != null) {
            counts.statusesChanged(documentId, version, change.statuses(), inHand);
            Map<Integer, ReviewStatus> to = change.statuses().stream().collect(Collectors.toMap(
                    ChangeRecord.StatusChange::position, ChangeRecord.StatusChange::to));
            changed = new ArrayList<>(inHand);
            changed.sort(Comparator.comparingInt(pair -> pair.position));
            for (SentencePair pair : changed) {
                pair.status = to.get(pair.position);
                pair.changedBy = edit.username;
                pair.changedAt = edit.createdAt;
            }
        } else {
            changed = new ArrayList<>(positions.size());
            List<Long> ords = positions.stream().map(keys::get).toList();
            for (int i = 0; i < ords.size(); i += BULK) {
                changed.addAll(SentencePair.list("document = ?1 and ord in ?2", Sort.by("ord"), document,
                        ords.subList(i, Math.min(ords.size(), i + BULK))));
            }
            for (int i = 0; i < changed.size(); i++) {
                changed.get(i).position = positions.get(i);
            }
        }
        return new EditResult(documentId, version, view, false, -1, 0, DocumentService.positionedViews(document, changed));
    }

    /** The keys of the pairs at {@code positions} (sorted), read from the first of them to the last in one statement. */
    private static Map<Integer, Long> keysAt(Document document, List<Integer> positions) {
        int first = positions.get(0);
        int last = positions.get(positions.size() - 1);
        long[] ords = Ranks.pairOrds(document, first, last);
        var keys = new HashMap<Integer, Long>();
        for (int position : positions) {
            if (position < 0 || position - first >= ords.length) {
                throw new IllegalStateException("no pair " + position + " to change the status of");
            }
            keys.put(position, ords[position - first]);
        }
        return keys;
    }

    // ---- lookups and checks ------------------------------------------------------------------------------------

    private static SentencePair pair(Document document, Long id, String field) {
        if (id == null) {
            throw new InvalidInputException(field, field + " is missing: give the id of a pair of this document.");
        }
        SentencePair pair = SentencePair.findById(id);
        if (pair == null || !pair.document.id.equals(document.id)) {
            throw new ImpossibleEditException(field, "This document has no pair with id " + id
                    + ": reload the pairs, it may have been merged or split.");
        }
        Ranks.fill(document, List.of(pair));
        return pair;
    }

    /** Position of the pair holding sentence {@code index} of {@code side}. */
    private static int containingPair(Document document, Side side, int index) {
        String field = side == Side.SOURCE ? "source" : "target";
        Long key = Ranks.sentenceOrdAt(document, side, index);
        // Pairs' ranges tile the side: the pair with the lowest end above the key is the one that holds it.
        SentencePair pair = key == null ? null : SentencePair.find("document = ?1 and " + field + "To > ?2 and "
                + field + "From <= ?2", Sort.by(field + "To"), document, key).firstResult();
        if (pair == null) {
            throw new IllegalStateException("sentence " + index + " of " + side + " is in no pair of " + document.id);
        }
        return (int) Ranks.pairsBelow(document, pair.ord);
    }

    private static Change attempt(java.util.function.Supplier<Change> operation) {
        try {
            return operation.get();
        } catch (InvalidOperationException e) {
            String message = e.getMessage();
            // The core words its refusals as clauses; the user reads a sentence.
            message = Character.toUpperCase(message.charAt(0)) + message.substring(1);
            throw new ImpossibleEditException(null, message.endsWith(".") ? message : message + ".");
        }
    }

    /**
     * The pairings rejected in pairs that realignments in effect replaced: a rejection holds for every later
     * realignment, not just the next (found by use: realigned twice, a rejected pair came back). Undoing the
     * realignment brings the rejected pair itself back, and takes it out of here.
     */
    private List<RejectedPairing> rejectedInRealignedPairs(Document document) {
        List<RejectedPairing> rejected = new ArrayList<>();
        for (Edit edit : Edit.listApplied(document, ReviewCommand.Realign.OP, ReviewStatus.REJECTED.name())) {
            Change change = read(edit).window();
            if (change != null) {
                rejected.addAll(RejectedPairing.in(change.before()));
            }
        }
        return rejected;
    }

    private ChangeRecord read(Edit edit) {
        return ChangeRecord.of(edit, json);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
