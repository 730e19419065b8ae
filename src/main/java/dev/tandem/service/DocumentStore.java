// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.AlignmentProgress;
import dev.tandem.align.Bead;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentText;
import dev.tandem.model.Project;
import dev.tandem.model.Ranks;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.QaChecks;
import dev.tandem.review.QaCode;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import dev.tandem.review.TermCheck;
import dev.tandem.security.AuditLog;
import dev.tandem.segment.Segment;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

/**
 * The quick half of an import: stores a {@link PreparedImport} (document, texts, sentences, pairs) and its audit
 * entry in the caller's transaction, so the document appears whole or not at all.
 */
@ApplicationScoped
public class DocumentStore {
    /** Rows handed to the stateless session at a time, between two progress reports. */
    private static final int BATCH = 1000;
    /** Inserts sent to the database in one JDBC batch. */
    private static final int JDBC_BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<DocumentImported> imported;

    /**
     * Stores the document; {@code progress} hears the share of rows written so far and may stop the import by
     * throwing (the caller's transaction then rolls back).
     *
     * @return the new document's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long store(PreparedImport prepared, Importer importer, AlignmentProgress progress) {
        Project project = Project.findById(prepared.projectId());
        if (project == null) {
            throw new NotFoundException("project", prepared.projectId());
        }
        if (prepared.originalId() != null) {
            VersionImports.requireOriginalAsAligned(prepared.originalId(), prepared.sourceSentences());
        }
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var document = new Document();
        document.project = project;
        document.title = prepared.title();
        document.segmentation = prepared.segmentation();
        document.targetLanguage = prepared.targetLanguage();
        document.originalId = prepared.originalId();
        document.sourceLineBreaks = prepared.sourceLineBreaks();
        document.targetLineBreaks = prepared.targetLineBreaks();
        document.version = 1;
        document.lengthRatio = prepared.lengthRatio();
        document.createdAt = now;
        document.createdBy = importer.username();
        document.updatedAt = now;
        document.persist();
        DocumentText.store(document, Side.SOURCE, prepared.sourceText());
        DocumentText.store(document, Side.TARGET, prepared.targetText());
        // the sentences and pairs go in through a stateless session on the same connection and transaction:
        // batched inserts without a persistence context, which would hold every row until the commit
        em.flush();
        try (StatelessSession bulk = em.unwrap(Session.class).statelessWithOptions().connection().open()) {
            // a stateless session executes each insert at once unless told to batch
            bulk.setJdbcBatchSize(JDBC_BATCH);
            var rows = new Batches(bulk, prepared.rows(), progress);
            addSentences(document, Side.SOURCE, prepared.sourceSegments(), prepared.sourceSentences(), rows);
            addSentences(document, Side.TARGET, prepared.targetSegments(), prepared.targetSentences(), rows);
            addPairs(document, prepared, rows);
            rows.flush();
        }
        int confirmed = prepared.confirmed().cardinality();
        int rejected = prepared.rejected().cardinality();
        int pairs = prepared.beads().size();
        String detail = "project " + project.id + ", \"" + document.title + "\", " + switch (prepared.kind()) {
            case "text" -> pairs + " pairs";
            default -> prepared.kind() + ", " + confirmed + " confirmed pairs"
                    + (confirmed + rejected == pairs ? "" : ", " + (pairs - confirmed - rejected) + " unreviewed")
                    + (rejected == 0 ? "" : ", " + rejected + " rejected");
        };
        audit.record(importer.username(), importer.address(), "document-import", "document " + document.id, detail);
        imported.fire(new DocumentImported(project.id, document.id));
        Log.debugf("Stored document %d: %d source and %d target sentences, %d pairs", document.id,
                prepared.sourceSegments().size(), prepared.targetSegments().size(), pairs);
        return document.id;
    }

    /**
     * Replaces a document's sentences and pairs with {@code prepared}'s (its texts stay), if the document is still
     * at {@code expectedVersion}: what a change of the project's segmentation rules does to a document nobody has
     * reviewed. Its edit history goes with the old pairs.
     *
     * @return false, changing nothing, when the document is gone or was changed meanwhile
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean replaceContent(long documentId, long expectedVersion, PreparedImport prepared, Importer importer) {
        Document document = em.find(Document.class, documentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (document == null || document.version != expectedVersion) {
            return false;
        }
        dev.tandem.model.Edit.delete("document", document);
        SentencePair.delete("document", document);
        Sentence.delete("document", document);
        document.version++;
        dev.tandem.model.LayoutIndex.changing(document);
        document.lengthRatio = prepared.lengthRatio();
        document.sourceLineBreaks = prepared.sourceLineBreaks();
        document.targetLineBreaks = prepared.targetLineBreaks();
        document.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        try (StatelessSession bulk = em.unwrap(Session.class).statelessWithOptions().connection().open()) {
            bulk.setJdbcBatchSize(JDBC_BATCH);
            var rows = new Batches(bulk, prepared.rows(), AlignmentProgress.NONE);
            addSentences(document, Side.SOURCE, prepared.sourceSegments(), prepared.sourceSentences(), rows);
            addSentences(document, Side.TARGET, prepared.targetSegments(), prepared.targetSentences(), rows);
            addPairs(document, prepared, rows);
            rows.flush();
        }
        audit.record(importer.username(), importer.address(), "document-resegment", "document " + document.id,
                "project " + document.project.id + ", " + prepared.beads().size() + " pairs");
        return true;
    }

    /** Rows inserted a batch at a time, reporting the share of all rows done after each batch. */
    private static final class Batches {
        private final StatelessSession session;
        private final int total;
        private final AlignmentProgress progress;
        private final List<Object> pending = new ArrayList<>(BATCH);
        private int written;

        Batches(StatelessSession session, int total, AlignmentProgress progress) {
            this.session = session;
            this.total = Math.max(1, total);
            this.progress = progress;
        }

        void add(Object row) {
            pending.add(row);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                session.insertMultiple(pending);
                written += pending.size();
                pending.clear();
                progress.report((double) written / total);
            }
        }
    }

    /** A version's source sentences are its original's as they are now, edits included: not cut from the text. */
    private static void addSentences(Document document, Side side, List<Segment> segments, List<String> texts,
                                     Batches rows) {
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            var sentence = new Sentence();
            sentence.document = document;
            sentence.side = side;
            sentence.ord = Ranks.GAP * (i + 1);
            sentence.paragraph = segment.paragraph();
            sentence.startOffset = segment.start();
            sentence.endOffset = segment.end();
            sentence.text = texts.get(i);
            rows.add(sentence);
        }
    }

    private static void addPairs(Document document, PreparedImport prepared, Batches rows) {
        List<Bead> beads = prepared.beads();
        List<String> source = prepared.sourceSentences();
        List<String> target = prepared.targetSentences();
        double lengthRatio = prepared.lengthRatio();
        TermCheck terms = TermFlags.checkOf(document);
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
            pair.status = prepared.confirmed().get(position) ? ReviewStatus.CONFIRMED
                    : prepared.rejected().get(position) ? ReviewStatus.REJECTED : ReviewStatus.AUTO;
            pair.confidence = prepared.scored() ? bead.confidence() : null;
            pair.flagMask = QaCode.mask(QaChecks.check(source.subList(bead.sourceStart(), bead.sourceEnd()),
                    target.subList(bead.targetStart(), bead.targetEnd()), lengthRatio, terms));
            rows.add(pair);
        }
    }

    /** The key of sentence {@code index} of a freshly stored side of {@code count} sentences, or the end. */
    private static long bound(int index, int count) {
        return index < count ? Ranks.GAP * (index + 1) : Ranks.END;
    }
}
