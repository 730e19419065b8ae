// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.security.CurrentUser;
import dev.tandem.align.Bead;
import dev.tandem.align.SideText;
import dev.tandem.model.Document;
import dev.tandem.model.Edit;
import dev.tandem.model.DocumentText;
import dev.tandem.model.PairStatus;
import dev.tandem.model.Project;
import dev.tandem.model.Ranks;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.model.Side;
import dev.tandem.segment.Segment;
import dev.tandem.review.QaChecks;
import dev.tandem.formats.UnreadableDocumentException;
import dev.tandem.formats.XliffContent;
import dev.tandem.formats.XliffReader;
import dev.tandem.formats.XliffUnit;
import dev.tandem.tmx.TmxContent;
import dev.tandem.tmx.TmxFormatException;
import dev.tandem.tmx.TmxReader;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/** Importing document pairs (segment, align, store) and reading them back. */
@ApplicationScoped
@Transactional
public class DocumentService {
    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_PAGE_SIZE = 1000;

    @Inject
    AlignmentService alignment;

    @Inject
    ImportLimits limits;

    @Inject
    ProjectLexicons lexicons;

    @Inject
    CurrentUser user;

    /**
     * Segments both texts, aligns them and stores document, sentences and pairs in one transaction: either the
     * whole document is stored or nothing is.
     */
    public Document importDocument(long projectId, DocumentInput input) {
        Project project = Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> new NotFoundException("project", projectId));
        Segmentation segmentation = Segmentation.parse(input.segmentation());
        String sourceText = requireText("sourceText", input.sourceText());
        String targetText = requireText("targetText", input.targetText());

        List<Segment> sourceSegments = alignment.segment(sourceText, project.sourceLanguage, segmentation);
        List<Segment> targetSegments = alignment.segment(targetText, project.targetLanguage, segmentation);
        var sourceSide = new SideText(project.sourceLanguage, AlignmentService.texts(sourceText, sourceSegments),
                AlignmentService.paragraphs(sourceSegments));
        var targetSide = new SideText(project.targetLanguage, AlignmentService.texts(targetText, targetSegments),
                AlignmentService.paragraphs(targetSegments));
        List<Bead> beads = alignment.align(sourceSide, targetSide, lexicons.forProject(project));

        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var document = new Document();
        document.project = project;
        document.title = title(input.title(), sourceText, sourceSegments);
        document.segmentation = segmentation.wireName();
        document.version = 1;
        document.lengthRatio = lengthRatio(sourceSide.sentences(), targetSide.sentences());
        document.createdAt = now;
        document.createdBy = user.username();
        document.updatedAt = now;
        document.persist();
        DocumentText.store(document, Side.SOURCE, sourceText);
        DocumentText.store(document, Side.TARGET, targetText);
        persistSentences(document, Side.SOURCE, sourceText, sourceSegments);
        persistSentences(document, Side.TARGET, targetText, targetSegments);
        persistPairs(document, beads, position -> PairStatus.AUTO, sourceSide.sentences(), targetSide.sentences());
        Log.debugf("Imported document %d: %d source and %d target sentences, %d pairs", document.id,
                sourceSegments.size(), targetSegments.size(), beads.size());
        user.audit("document-import", "document " + document.id, "project " + projectId + ", \"" + document.title
                + "\", " + beads.size() + " pairs");
        return document;
    }

    /**
     * Imports a bilingual TMX file: each unit with text in both project languages becomes one source sentence, one
     * target sentence and a {@code CONFIRMED} pair, since a translation memory holds translations already reviewed.
     */
    public Document importTmx(long projectId, String title, InputStream tmx) {
        Project project = Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> new NotFoundException("project", projectId));
        TmxContent content;
        try {
            content = TmxReader.read(tmx, project.sourceLanguage, project.targetLanguage, limits.maxSentences());
        } catch (TmxFormatException e) {
            throw new InvalidInputException("source", "The TMX file cannot be imported: " + e.getMessage());
        }
        if (content.units().isEmpty()) {
            throw new InvalidInputException("source", "The TMX file has no unit with text in both "
                    + project.sourceLanguage + " and " + project.targetLanguage + ".");
        }
        List<BilingualUnit> units = content.units().stream()
                .map(unit -> new BilingualUnit(unit.sourceText(), unit.targetText(), false)).toList();
        Document document = storeBilingual(project, bilingualTitle(title, "Translation memory"), "tmx", units);
        Log.debugf("Imported TMX as document %s: %s units, %s skipped", document.id, (Integer) units.size(),
                (Integer) content.skippedUnits());
        return document;
    }

    /**
     * Imports a bilingual XLIFF 1.2 or 2.0 file: each translated segment becomes one source sentence, one target
     * sentence and a {@code CONFIRMED} pair, as for TMX; a segment the file says still awaits its translation
     * ({@link XliffUnit#untranslated()}) becomes an unreviewed pair, so that reviewers see it and the project's lexicon
     * does not learn from a placeholder.
     */
    public Document importXliff(long projectId, String title, InputStream xliff) {
        Project project = Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> new NotFoundException("project", projectId));
        XliffContent content;
        try {
            content = XliffReader.read(xliff, project.sourceLanguage, project.targetLanguage, limits.maxSentences());
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException("source", "The XLIFF file cannot be imported: " + e.getMessage());
        }
        List<BilingualUnit> units = content.units().stream()
                .map(unit -> new BilingualUnit(unit.source(), unit.target(), unit.untranslated())).toList();
        Document document = storeBilingual(project, bilingualTitle(title, "XLIFF"), "xliff", units);
        Log.debugf("Imported XLIFF %s as document %s: %s segments, %s skipped", content.version(), document.id,
                (Integer) units.size(), (Integer) content.skippedUnits());
        return document;
    }

    private static String bilingualTitle(String requested, String fallback) {
        String title = requested == null || requested.isBlank() ? fallback : requested.strip();
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title", "title is longer than " + MAX_TITLE_LENGTH + " characters.");
        }
        return title;
    }

    /** A pair of a bilingual file: one sentence per side, confirmed unless the file says it awaits review. */
    private record BilingualUnit(String source, String target, boolean unreviewed) {
    }

    /** Stores a document whose pairs are given by a bilingual file, one sentence per side each. */
    private Document storeBilingual(Project project, String title, String segmentation, List<BilingualUnit> units) {
        var source = new BilingualSide(units.size());
        var target = new BilingualSide(units.size());
        var unreviewed = new BitSet();
        for (BilingualUnit unit : units) {
            unreviewed.set(source.texts.size(), unit.unreviewed());
            source.add(unit.source());
            target.add(unit.target());
        }
        for (BilingualSide side : List.of(source, target)) {
            if (side.text.length() > limits.maxChars()) {
                throw new PayloadTooLargeException("The file has " + side.text.length() + " characters on one side;"
                        + " the limit is " + limits.maxChars() + " (tandem.import.max-chars). Split it into parts.");
            }
        }
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var document = new Document();
        document.project = project;
        document.title = title;
        document.segmentation = segmentation;
        document.version = 1;
        document.lengthRatio = lengthRatio(source.texts, target.texts);
        document.createdAt = now;
        document.createdBy = user.username();
        document.updatedAt = now;
        document.persist();
        DocumentText.store(document, Side.SOURCE, source.text());
        DocumentText.store(document, Side.TARGET, target.text());
        persistSentences(document, Side.SOURCE, source.text(), source.segments());
        persistSentences(document, Side.TARGET, target.text(), target.segments());
        List<Bead> beads = new ArrayList<>(source.texts.size());
        for (int i = 0; i < source.texts.size(); i++) {
            beads.add(new Bead(i, i + 1, i, i + 1, 1.0));
        }
        persistPairs(document, beads, position -> unreviewed.get(position) ? PairStatus.AUTO : PairStatus.CONFIRMED,
                source.texts, target.texts);
        user.audit("document-import", "document " + document.id, "project " + project.id + ", \"" + document.title
                + "\", " + segmentation + ", " + (beads.size() - unreviewed.cardinality()) + " confirmed pairs"
                + (unreviewed.isEmpty() ? "" : ", " + unreviewed.cardinality() + " awaiting translation"));
        return document;
    }

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
     * Deletes the document with its texts, sentences, pairs and history (the database cascades), if it is at one of
     * {@code ifMatch} (null: any version). The one place documents are deleted, so auditing can hook in here.
     */
    public void deleteDocument(long id, Collection<Long> ifMatch) {
        Document document = Document.lockForEdit(id);
        if (document == null) {
            throw new NotFoundException("document", id);
        }
        if (ifMatch != null && !ifMatch.contains(document.version)) {
            throw new PreconditionFailedException(id, document.version);
        }
        user.audit("document-delete", "document " + id, "project " + document.project.id + ", \"" + document.title
                + "\"");
        delete(document);
        Log.debugf("Deleted document %d", id);
    }

    /** Deletes a document and all that belongs to it: a few bulk statements, whatever its size. */
    static void delete(Document document) {
        Edit.delete("document", document);
        SentencePair.delete("document", document);
        Sentence.delete("document", document);
        DocumentText.delete("document", document);
        document.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> listDocumentIds(Project project) {
        return Document.listByProject(project).stream().map(document -> document.id).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentSummary summarize(long id) {
        return summarize(getDocument(id));
    }

    private DocumentSummary summarize(Document document) {
        Map<PairStatus, Long> counts = new EnumMap<>(PairStatus.class);
        for (PairStatus status : PairStatus.values()) {
            counts.put(status, 0L);
        }
        SentencePair.getEntityManager()
                .createQuery("select p.status, count(p) from SentencePair p where p.document = ?1 group by p.status",
                        Object[].class)
                .setParameter(1, document)
                .getResultList()
                .forEach(row -> counts.put((PairStatus) row[0], (Long) row[1]));
        return DocumentSummary.of(document, Sentence.countBySide(document, Side.SOURCE),
                Sentence.countBySide(document, Side.TARGET), counts);
    }

    /** A page of pairs in position order, optionally only those with {@code status}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PairPage listPairs(long documentId, PairStatus status, int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more.");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        Document document = getDocument(documentId);
        List<SentencePair> pairs = SentencePair.listPage(document, status, offset, limit);
        return new PairPage(SentencePair.countFor(document, status), offset, limit, views(document, pairs));
    }

    /**
     * A page of the pairs matching {@code filter}, in position order. The conditions run in SQL, so a page of a
     * 20,000-pair document costs two indexed queries whatever the filter.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PairPage listPairs(long documentId, PairFilter filter, int offset, int limit) {
        if (filter == null || filter.isEmpty()) {
            return listPairs(documentId, filter == null ? null : filter.status(), offset, limit);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more.");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        Document document = getDocument(documentId);
        var where = new StringBuilder("p.document = :document");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("document", document);
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.confidenceBelow() != null) {
            where.append(" and p.confidence < :below");
            parameters.put("below", filter.confidenceBelow());
        }
        if (filter.flag() != null && !filter.flag().isBlank()) {
            String code = filter.flag().strip();
            if (code.equals("any")) {
                where.append(" and p.flags <> ''");
            } else {
                // Flags are stored a line each, "code<TAB>message": match the code at the start of a line.
                where.append(" and (p.flags like :flagFirst escape '!' or p.flags like :flagLater escape '!')");
                parameters.put("flagFirst", likeLiteral(code) + "\t%");
                parameters.put("flagLater", "%\n" + likeLiteral(code) + "\t%");
            }
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (exists (select 1 from Sentence s where s.document = p.document and s.side = :source"
                    + " and s.ord >= p.sourceFrom and s.ord < p.sourceTo and lower(s.text) like :text escape '!')"
                    + " or exists (select 1 from Sentence t where t.document = p.document and t.side = :target"
                    + " and t.ord >= p.targetFrom and t.ord < p.targetTo and lower(t.text) like :text escape '!'))");
            parameters.put("source", Side.SOURCE);
            parameters.put("target", Side.TARGET);
            parameters.put("text", "%" + likeLiteral(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        var em = SentencePair.getEntityManager();
        var count = em.createQuery("select count(p) from SentencePair p where " + where, Long.class);
        var page = em.createQuery("select p from SentencePair p where " + where + " order by p.ord",
                SentencePair.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<SentencePair> pairs = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new PairPage(count.getSingleResult(), offset, limit, views(document, pairs));
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
        if (at.status == PairStatus.CONFIRMED) {
            throw new ImpossibleEditException("pair", "Pair " + (position + 1) + " is confirmed: realigning "
                    + "works on the unconfirmed pairs between two confirmed ones.");
        }
        Long previous = em.createQuery("select max(p.ord) from SentencePair p where p.document = ?1"
                + " and p.status = ?2 and p.ord < ?3", Long.class)
                .setParameter(1, document).setParameter(2, PairStatus.CONFIRMED).setParameter(3, at.ord)
                .getSingleResult();
        Long next = em.createQuery("select min(p.ord) from SentencePair p where p.document = ?1"
                + " and p.status = ?2 and p.ord > ?3", Long.class)
                .setParameter(1, document).setParameter(2, PairStatus.CONFIRMED).setParameter(3, at.ord)
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

    /** {@code text} as a LIKE pattern matching itself, with {@code !} as the escape character. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Pairs with their sentence texts, loading each side's sentences in one query. */
    static List<PairView> views(Document document, List<SentencePair> pairs) {
        return views(document, pairs, false);
    }

    /** As {@link #views(Document, List)}; {@code ranked}: the pairs' ranks are filled already. */
    static List<PairView> views(Document document, List<SentencePair> pairs, boolean ranked) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        if (!ranked) {
            Ranks.fill(document, pairs);
        }
        SentencePair firstSource = pairs.stream().min(java.util.Comparator.comparingLong(p -> p.sourceFrom)).get();
        SentencePair firstTarget = pairs.stream().min(java.util.Comparator.comparingLong(p -> p.targetFrom)).get();
        Map<Integer, String> source = sentenceTexts(document, Side.SOURCE, firstSource.sourceFrom,
                pairs.stream().mapToLong(p -> p.sourceTo).max().orElse(0), firstSource.sourceStart);
        Map<Integer, String> target = sentenceTexts(document, Side.TARGET, firstTarget.targetFrom,
                pairs.stream().mapToLong(p -> p.targetTo).max().orElse(0), firstTarget.targetStart);
        var views = new ArrayList<PairView>(pairs.size());
        for (SentencePair pair : pairs) {
            views.add(new PairView(pair.id, pair.position,
                    sentences(source, pair.sourceStart, pair.sourceEnd),
                    sentences(target, pair.targetStart, pair.targetEnd),
                    pair.status, pair.confidence, Flags.parse(pair.flags)));
        }
        return views;
    }

    private static Map<Integer, String> sentenceTexts(Document document, Side side, long fromOrd, long toOrd,
                                                      int firstIndex) {
        Map<Integer, String> texts = new HashMap<>();
        if (fromOrd < toOrd) {
            int index = firstIndex;
            for (Sentence sentence : Sentence.listOrdRange(document, side, fromOrd, toOrd)) {
                texts.put(index++, sentence.text);
            }
        }
        return texts;
    }

    private static List<SentenceView> sentences(Map<Integer, String> texts, int from, int to) {
        var views = new ArrayList<SentenceView>(to - from);
        for (int i = from; i < to; i++) {
            views.add(new SentenceView(i, texts.get(i)));
        }
        return views;
    }

    private String requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, field + " is empty: give the text of this side of the document.");
        }
        if (text.length() > limits.maxChars()) {
            throw new PayloadTooLargeException(field + " has " + text.length() + " characters; the limit is "
                    + limits.maxChars() + " (tandem.import.max-chars). Split the document into parts.");
        }
        return StoredText.check(field, text);
    }

    /** One side of a translation memory laid out as a text: one unit per paragraph, so offsets stay exact. */
    private static final class BilingualSide {
        private final StringBuilder text = new StringBuilder();
        private final List<Segment> segments;
        private final List<String> texts = new ArrayList<>();

        BilingualSide(int size) {
            segments = new ArrayList<>(size);
        }

        void add(String unitText) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            segments.add(new Segment(text.length(), text.length() + unitText.length(), segments.size()));
            text.append(unitText);
            texts.add(unitText);
        }

        String text() {
            return text.toString();
        }

        List<Segment> segments() {
            return segments;
        }
    }

    private static String title(String requested, String sourceText, List<Segment> sourceSegments) {
        String title = requested == null ? "" : requested.strip();
        if (title.isEmpty()) {
            // A document without a title is named after its opening words, as a user would name it.
            title = sourceSegments.isEmpty() ? "Untitled" : sourceSegments.get(0).of(sourceText).strip();
            title = title.codePointCount(0, title.length()) > 60
                    ? title.substring(0, title.offsetByCodePoints(0, 60)) + "…" : title;
        }
        return checkTitle(title);
    }

    static String checkTitle(String title) {
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title", "title is longer than " + MAX_TITLE_LENGTH + " characters.");
        }
        return StoredText.check("title", title);
    }

    private static void persistSentences(Document document, Side side, String text, List<Segment> segments) {
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            var sentence = new Sentence();
            sentence.document = document;
            sentence.side = side;
            sentence.ord = Ranks.GAP * (i + 1);
            sentence.paragraph = segment.paragraph();
            sentence.startOffset = segment.start();
            sentence.endOffset = segment.end();
            sentence.text = segment.of(text);
            sentence.persist();
        }
    }

    /** Total target characters over total source characters: the document's norm for the length check. */
    static double lengthRatio(List<String> source, List<String> target) {
        long sourceChars = source.stream().mapToLong(String::length).sum();
        long targetChars = target.stream().mapToLong(String::length).sum();
        return sourceChars == 0 || targetChars == 0 ? 1.0 : (double) targetChars / sourceChars;
    }

    private static void persistPairs(Document document, List<Bead> beads, IntFunction<PairStatus> status,
                                     List<String> source, List<String> target) {
        for (int position = 0; position < beads.size(); position++) {
            Bead bead = beads.get(position);
            var pair = new SentencePair();
            pair.document = document;
            pair.ord = Ranks.GAP * (position + 1);
            pair.position = position;
            pair.sourceStart = bead.sourceStart();
            pair.sourceEnd = bead.sourceEnd();
            pair.targetStart = bead.targetStart();
            pair.targetEnd = bead.targetEnd();
            // Sentence i has key GAP * (i + 1); the first pair's ranges start at 0, and ranges tile each side.
            boolean lastPair = position + 1 == beads.size();
            pair.sourceFrom = position == 0 ? 0 : bound(bead.sourceStart(), source.size());
            pair.sourceTo = lastPair ? Ranks.END : bound(bead.sourceEnd(), source.size());
            pair.sourceCount = bead.sourceEnd() - bead.sourceStart();
            pair.targetFrom = position == 0 ? 0 : bound(bead.targetStart(), target.size());
            pair.targetTo = lastPair ? Ranks.END : bound(bead.targetEnd(), target.size());
            pair.targetCount = bead.targetEnd() - bead.targetStart();
            pair.status = status.apply(position);
            pair.confidence = bead.confidence();
            pair.flags = Flags.format(QaChecks.check(source.subList(bead.sourceStart(), bead.sourceEnd()),
                    target.subList(bead.targetStart(), bead.targetEnd()), document.lengthRatio));
            pair.persist();
        }
    }

    /** The key of sentence {@code index} of a freshly stored side of {@code count} sentences, or the end. */
    private static long bound(int index, int count) {
        return index < count ? Ranks.GAP * (index + 1) : Ranks.END;
    }
}
