// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.DocumentText;
import dev.tandem.model.Edit;
import dev.tandem.model.Project;
import dev.tandem.model.Ranks;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import dev.tandem.security.CurrentUser;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reading documents and their pairs back, and deleting them (imports: {@link Imports}). */
@ApplicationScoped
@Transactional
public class DocumentService {
    static final int MAX_PAGE_SIZE = 1000;

    @Inject
    CurrentUser user;

    @Inject
    DocumentCounts counts;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Document getDocument(long id) {
        return Document.<Document>findByIdOptional(id).orElseThrow(() -> new NotFoundException("document", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSummary> listDocuments(long projectId) {
        Project project = Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> new NotFoundException("project", projectId));
        return Document.listByProject(project).stream().map(this::summarize).toList();
    }

    /** A page of the project's documents in id order (stable while documents come and go), and how many there are. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentSummary> listDocuments(long projectId, int offset, int limit) {
        Page.check(offset, limit, MAX_PAGE_SIZE);
        Project project = Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> new NotFoundException("project", projectId));
        List<Document> page = Document.find("project", Sort.by("id"), project).range(offset, Page.last(offset, limit)).list();
        return new Page<>(Document.count("project", project), offset, limit, page.stream().map(this::summarize).toList());
    }

    /**
     * Deletes the document with its texts, sentences, pairs and history (bulk statements, {@link #delete}), if it is at
     * {@code baseVersion} and at one of {@code ifMatch} (null: not given; one of the two is required, so nobody
     * deletes edits made after the version they saw). The one place documents are deleted, so auditing can hook in here.
     */
    @OneWriterPerDocument
    public void deleteDocument(long id, Long baseVersion, Collection<Long> ifMatch) {
        Document document = DocumentVersions.lockAt(id, ifMatch, baseVersion, "A delete",
                "in the query (?baseVersion=N)");
        deleteLocked(document, Document.listVersionsOf(id));
    }

    /**
     * Deletes the document as {@link #deleteDocument} does, if its versions too are still as someone saw them
     * ({@code versionsSeen}: each version's id and version, as a confirmation page showed them). Each version is locked
     * before it is compared, so a review of one cannot slip in between the check and the delete.
     *
     * @return false, deleting nothing, if a version was added, deleted or changed since
     */
    @OneWriterPerDocument
    public boolean deleteDocumentAsSeen(long id, Long baseVersion, Map<Long, Long> versionsSeen) {
        Document document = DocumentVersions.lockAt(id, null, baseVersion, "A delete", "in the form");
        List<Document> versions = Document.listVersionsOf(id);
        Map<Long, Long> now = new HashMap<>();
        for (Document version : versions) {
            now.put(version.id, Document.lockForEdit(version.id).version);
        }
        if (!now.equals(versionsSeen)) {
            return false;
        }
        deleteLocked(document, versions);
        return true;
    }

    private void deleteLocked(Document document, List<Document> versions) {
        long id = document.id;
        user.audit("document-delete", "document " + id, "project " + document.project.id + ", \"" + document.title
                + "\"" + (versions.isEmpty() ? "" : ", with its versions " + versions.stream()
                .map(v -> String.valueOf(v.id)).collect(Collectors.joining(", "))));
        delete(document);
        Log.debugf("Deleted document %d", id);
    }

    /**
     * Deletes a document and all that belongs to it, its further translations (versions) included: a few bulk
     * statements, whatever its size.
     */
    static void delete(Document document) {
        for (Document version : Document.listVersionsOf(document.id)) {
            delete(version);
        }
        Edit.delete("document", document);
        SentencePair.delete("document", document);
        Sentence.delete("document", document);
        DocumentText.delete("document", document);
        document.delete();
    }

    /**
     * The project's documents translated into its target language: what a bilingual export of the project holds
     * (versions into other languages are exported with their original, {@code languages=all}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> listDocumentIds(Project project) {
        return Document.listByProject(project).stream()
                .filter(document -> document.targetLanguage.equals(project.targetLanguage))
                .map(document -> document.id).toList();
    }

    /**
     * What an uploader is told when the project already held a document under the new one's title, or empty: a
     * corrected chapter uploaded again is a second document, and the older one stays until someone deletes it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> namesakeWarning(Document document) {
        return Document.findNamesake(document).map(older -> "This project already holds a document called “"
                + older.title + "” (uploaded " + older.createdAt.toLocalDate() + "): this upload is a second one beside"
                + " it, not a new version of it. If it replaces the older one, delete that one on the project page.");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentSummary summarize(long id) {
        return summarize(getDocument(id));
    }

    /**
     * What the review page shows, read in one transaction: the document's summary, and page {@code page} (from 1; past
     * the end, the last page) of its pairs matching {@code filter}, {@code size} to a page. The summary's counts give
     * the total of a page filtered by status alone, and an unfiltered page numbers its rows from its offset, so neither
     * is counted again.
     *
     * @param document the document as the access check read it (its fields, not its lazy parts, are used). Its version,
     *                 which the page's edits name, was read before the rows: an edit made in between makes the page's
     *                 next edit a 409 to reload, never an edit applied to rows older than its version
     */
    @Transactional
    public ReviewPage reviewPage(Document document, PairFilter filter, int page, int size) {
        checkLimit(size);
        DocumentSummary summary = summarize(document);
        PairFilter wanted = filter == null ? PairFilter.ALL : filter;
        if (!wanted.byStatusAlone()) {
            int requested = (int) Math.min(Integer.MAX_VALUE, (Math.max(1, (long) page) - 1) * size);
            PairPage pairs = listMatching(document, wanted, requested, size);
            int shown = shownPage(page, pairs.total(), size);
            if ((shown - 1) * size != requested) {
                pairs = listMatching(document, wanted, (shown - 1) * size, size);
            }
            return new ReviewPage(summary, pairs, shown);
        }
        long total = wanted.status() == null ? summary.pairs() : summary.countOf(wanted.status());
        int shown = shownPage(page, total, size);
        int offset = (shown - 1) * size;
        List<SentencePair> rows = SentencePair.listPage(document, wanted.status(), offset, size);
        List<PairView> views = wanted.status() == null ? viewsFrom(offset, document, rows) : views(document, rows);
        return new ReviewPage(summary, new PairPage(total, offset, size, summary.version(), views), shown);
    }

    /** An original's further translations, read as values: one short query, no entities. */
    private static List<DocumentSummary.VersionRef> versionsOf(Document document) {
        if (document.originalId != null) {
            return List.of();
        }
        return Document.getEntityManager().createQuery("select d.id, d.title, d.targetLanguage from Document d"
                + " where d.originalId = ?1 order by d.id", Object[].class).setParameter(1, document.id)
                .getResultStream().map(row -> new DocumentSummary.VersionRef((Long) row[0], (String) row[1],
                        (String) row[2])).toList();
    }

    private static int shownPage(int requested, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return Math.min(Math.max(1, requested), pages);
    }

    private DocumentSummary summarize(Document document) {
        DocumentCounts.Counts known = counts.of(document).orElseGet(() -> count(document));
        return DocumentSummary.of(document, known.sourceSentences(), known.targetSentences(), known.statuses(),
                known.unpaired(), known.confident(), lineBreaks(document), versionsOf(document),
                AlignmentFit.of(known.scored(), known.confidenceSum()));
    }

    /**
     * One pass over the document's pairs: the count per status (and of those with an empty side, which no export
     * holds), how many confirm-confident would confirm now, the pairs the aligner scored and the sum of their
     * confidences (an unpaired sentence's as 0), and
     * (once, not per row: the subqueries do not depend on it) the sentences per side and the version these counts are
     * of, all in one statement and so from one snapshot. Remembered under that version.
     */
    private DocumentCounts.Counts count(Document document) {
        Map<ReviewStatus, Long> statuses = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus status : ReviewStatus.values()) {
            statuses.put(status, 0L);
        }
        var query = SentencePair.getEntityManager()
                .createQuery("select p.status, count(p), sum(case when " + ConfidentPairs.condition("p")
                        + " then 1 else 0 end), count(p.confidence),"
                        // a sentence left unpaired fits nothing, however sure the aligner is of that (AlignmentFit)
                        + " sum(case when p.sourceCount = 0 or p.targetCount = 0 then 0.0 else p.confidence end),"
                        + " (select count(s) from Sentence s where s.document = :document"
                        + " and s.side = :source), (select count(t) from Sentence t where t.document = :document"
                        + " and t.side = :target), (select d.version from Document d where d = :document),"
                        + " sum(case when p.sourceCount = 0 or p.targetCount = 0 then 1 else 0 end)"
                        + " from SentencePair p where p.document = :document group by p.status", Object[].class)
                .setParameter("document", document).setParameter("source", Side.SOURCE)
                .setParameter("target", Side.TARGET);
        ConfidentPairs.parameters(ReviewService.DEFAULT_CONFIDENT).forEach(query::setParameter);
        Map<ReviewStatus, Long> unpaired = new EnumMap<>(ReviewStatus.class);
        long confident = 0;
        long scored = 0;
        double confidenceSum = 0;
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            statuses.put((ReviewStatus) row[0], (Long) row[1]);
            unpaired.put((ReviewStatus) row[0], row[8] == null ? 0 : ((Number) row[8]).longValue());
            confident += row[2] == null ? 0 : ((Number) row[2]).longValue();
            scored += ((Number) row[3]).longValue();
            confidenceSum += row[4] == null ? 0 : ((Number) row[4]).doubleValue();
        }
        if (rows.isEmpty()) {
            return new DocumentCounts.Counts(document.createdAtMillis(), document.version, statuses, 0,
                    Sentence.countBySide(document, Side.SOURCE), Sentence.countBySide(document, Side.TARGET), 0, 0,
                    unpaired);
        }
        Object[] first = rows.get(0);
        var read = new DocumentCounts.Counts(document.createdAtMillis(), ((Number) first[7]).longValue(),
                statuses, confident, ((Number) first[5]).longValue(), ((Number) first[6]).longValue(), scored,
                confidenceSum, unpaired);
        counts.remember(document.id, read);
        return read;
    }

    /** As recorded at import; for a document imported before that was recorded, read again from its kept texts. */
    private static LineBreakReading lineBreaks(Document document) {
        String source = document.sourceLineBreaks != null ? document.sourceLineBreaks
                : LineBreakReading.codeOf(document.segmentation, DocumentText.textOf(document, Side.SOURCE).orElse(""));
        String target = document.targetLineBreaks != null ? document.targetLineBreaks
                : LineBreakReading.codeOf(document.segmentation, DocumentText.textOf(document, Side.TARGET).orElse(""));
        return LineBreakReading.of(source, target);
    }

    /** A page of pairs in position order, optionally only those with {@code status}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PairPage listPairs(long documentId, ReviewStatus status, int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more.");
        }
        checkLimit(limit);
        Document document = getDocument(documentId);
        List<SentencePair> pairs = SentencePair.listPage(document, status, offset, limit);
        DocumentSummary summary = summarize(document);
        return new PairPage(status == null ? summary.pairs() : summary.countOf(status), offset, limit,
                document.version, status == null ? viewsFrom(offset, document, pairs) : views(document, pairs));
    }

    /**
     * A page of the pairs matching {@code filter}, in position order. The conditions run in SQL: a count and a page
     * query pick the rows, then their ranks and sentences are read for those rows only, whatever the filter.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PairPage listPairs(long documentId, PairFilter filter, int offset, int limit) {
        if (filter == null || filter.isEmpty()) {
            return listPairs(documentId, filter == null ? null : filter.status(), offset, limit);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more.");
        }
        checkLimit(limit);
        return listMatching(getDocument(documentId), filter, offset, limit);
    }

    private PairPage listMatching(Document document, PairFilter filter, int offset, int limit) {
        var condition = PairCondition.of(document, filter);
        var em = SentencePair.getEntityManager();
        var count = condition.bind(em.createQuery("select count(p) from SentencePair p where " + condition.where(),
                Long.class));
        var page = condition.bind(em.createQuery("select p from SentencePair p where " + condition.where()
                + " order by p.ord", SentencePair.class));
        List<SentencePair> pairs = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new PairPage(count.getSingleResult(), offset, limit, document.version, views(document, pairs));
    }

    /**
     * Up to {@code limit} pairs matching {@code filter} on one side of {@code position} (excluded), in position order:
     * after it, or before it. What a review page loads as the reviewer scrolls on; a cursor rather than an offset, so
     * that pairs merged or split meanwhile shift nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PairSlice listPairsNextTo(long documentId, PairFilter filter, int position, boolean after, int limit) {
        checkLimit(limit);
        Document document = getDocument(documentId);
        var condition = PairCondition.of(document, filter == null ? PairFilter.ALL : filter);
        Long atOrd = position < 0 ? null : Ranks.pairOrdAt(document, position);
        long bound = atOrd != null ? atOrd : position < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (after && atOrd == null && position >= 0) {
            return new PairSlice(List.of(), false);
        }
        String side = after ? " and p.ord > :bound order by p.ord" : " and p.ord < :bound order by p.ord desc";
        var query = condition.bind(SentencePair.getEntityManager().createQuery("select p from SentencePair p where "
                + condition.where() + side, SentencePair.class)).setParameter("bound", bound);
        List<SentencePair> pairs = new ArrayList<>(query.setMaxResults(limit + 1).getResultList());
        boolean more = pairs.size() > limit;
        if (more) {
            pairs.remove(limit);
        }
        if (!after) {
            Collections.reverse(pairs);
        }
        return new PairSlice(views(document, pairs), more);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
    }

    /** One pair of the document with its sentences. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PairView> findPair(long documentId, long pairId) {
        Document document = getDocument(documentId);
        return SentencePair.<SentencePair>findByIdOptional(pairId)
                .filter(pair -> pair.document.id.equals(document.id))
                .map(pair -> views(document, List.of(pair)).get(0));
    }

    /**
     * The unconfirmed pairs around {@code position}: from the pair after the previous confirmed pair to the pair
     * before the next confirmed one (or the document's ends). The stretch a local realignment may change.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PairStretch unconfirmedStretch(long documentId, int position) {
        Document document = getDocument(documentId);
        var em = SentencePair.getEntityManager();
        Long atOrd = position < 0 ? null : Ranks.pairOrdAt(document, position);
        SentencePair at = atOrd == null ? null
                : SentencePair.find("document = ?1 and ord = ?2", document, atOrd).firstResult();
        if (at == null) {
            throw new ImpossibleEditException("pair", "This document has no pair " + (position + 1) + ".");
        }
        if (at.status == ReviewStatus.CONFIRMED) {
            throw new ImpossibleEditException("pair", "Pair " + (position + 1) + " is confirmed: realigning "
                    + "works on the unconfirmed pairs between two confirmed ones.");
        }
        Long previous = em.createQuery("select max(p.ord) from SentencePair p where p.document = ?1"
                + " and p.status = ?2 and p.ord < ?3", Long.class)
                .setParameter(1, document).setParameter(2, ReviewStatus.CONFIRMED).setParameter(3, at.ord)
                .getSingleResult();
        Long next = em.createQuery("select min(p.ord) from SentencePair p where p.document = ?1"
                + " and p.status = ?2 and p.ord > ?3", Long.class)
                .setParameter(1, document).setParameter(2, ReviewStatus.CONFIRMED).setParameter(3, at.ord)
                .getSingleResult();
        SentencePair first = previous == null
                ? SentencePair.find("document", Sort.by("ord"), document).firstResult()
                : SentencePair.find("document = ?1 and ord > ?2", Sort.by("ord"), document, previous).firstResult();
        SentencePair last = next == null
                ? SentencePair.find("document", Sort.descending("ord"), document).firstResult()
                : SentencePair.find("document = ?1 and ord < ?2", Sort.descending("ord"), document, next).firstResult();
        int from = (int) Ranks.pairsBelow(document, first.ord);
        int to = (int) Ranks.pairsBelow(document, last.ord);
        return new PairStretch(first.id, from, last.id, to);
    }

    /** Pairs with their sentence texts, ranked first (positions and sentence ranges). */
    static List<PairView> views(Document document, List<SentencePair> pairs) {
        Ranks.fillPositions(document, pairs);
        return read(document, pairs, false);
    }

    /** As {@link #views(Document, List)}, for consecutive pairs from position {@code first}: no statement ranks them. */
    static List<PairView> viewsFrom(int first, Document document, List<SentencePair> pairs) {
        for (int i = 0; i < pairs.size(); i++) {
            pairs.get(i).position = first + i;
        }
        return positionedViews(document, pairs);
    }

    /** As {@link #views(Document, List)}, for pairs whose positions are filled already. */
    static List<PairView> positionedViews(Document document, List<SentencePair> pairs) {
        return read(document, pairs, false);
    }

    /** As {@link #views(Document, List)}, for pairs whose ranks are filled already. */
    static List<PairView> rankedViews(Document document, List<SentencePair> pairs) {
        return read(document, pairs, true);
    }

    private static List<PairView> read(Document document, List<SentencePair> pairs, boolean ranked) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        RowSentences.Texts texts = RowSentences.read(document, pairs, ranked);
        Map<Integer, String> source = texts.source();
        Map<Integer, String> target = texts.target();
        var views = new ArrayList<PairView>(pairs.size());
        for (SentencePair pair : pairs) {
            views.add(PairView.of(document, pair, pair.position,
                    sentences(source, pair.sourceStart, pair.sourceEnd),
                    sentences(target, pair.targetStart, pair.targetEnd)));
        }
        return views;
    }

    private static List<SentenceView> sentences(Map<Integer, String> texts, int from, int to) {
        var views = new ArrayList<SentenceView>(to - from);
        for (int i = from; i < to; i++) {
            views.add(new SentenceView(i, texts.get(i)));
        }
        return views;
    }
}
