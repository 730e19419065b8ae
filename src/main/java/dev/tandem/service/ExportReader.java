// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Document;
import dev.tandem.model.Edit;
import dev.tandem.model.Project;
import dev.tandem.model.SentencePair;
import dev.tandem.review.QaFlag;
import dev.tandem.review.ReviewStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.FlushMode;

/**
 * Reads a document's pairs for an export, a chunk at a time, each chunk in a short read-only transaction of its own:
 * however slowly the client takes the file, no transaction stays open while it does (keyset paging on the pairs'
 * order key, so each chunk costs the same wherever it is in the document).
 *
 * <p>Each document comes out exactly as it is at one version. After reading a chunk, the reader compares the
 * document's version with the one it started from: edits that rewrote only pairs not yet read are taken in (the
 * export then shows the document as it is after them), while an edit that rewrote a pair already read, or the
 * document's deletion, ends the export with an {@link ExportConflictException}, since the file could no longer be
 * the document at any one version. The title, importer and import date are those of the start.
 */
@ApplicationScoped
public class ExportReader {
    static final int CHUNK = 1000;

    @Inject
    ObjectMapper json;

    /** What every unit of a document carries, as the export found the document when it began. */
    public record Head(long id, String title, String createdBy, OffsetDateTime createdAt, long version) {
        Cursor start() {
            return new Cursor(version, -1, Long.MIN_VALUE, 0, 0, 0, false);
        }
    }

    /**
     * How far the export has read a document: the version read so far is consistent with, the last pair read (row
     * id and order key), how many pairs and sentences of each side lie up to it, and whether that pair's key must be
     * looked up again (edits came in, and may have renumbered the keys).
     */
    public record Cursor(long version, long lastId, long lastOrd, int pairs, int sourceSentences, int targetSentences,
                         boolean rekey) {
    }

    /**
     * The pairs of one chunk that the export selected, how many it left out for an empty side (a 1-0 or 0-1 pair of a
     * selected status), and where to go on from; {@code next} is null at the end.
     */
    public record Chunk(List<Pair> pairs, int emptySides, Cursor next) {
    }

    /**
     * One pair to export: its position, the sentences of each side, its review state (confidence null: not scored by
     * the aligner), the codes of its QA flags ({@code numbers}, {@code length}, …) and who last acted on it.
     */
    public record Pair(int position, List<String> source, List<String> target, ReviewStatus status, Double confidence,
                       List<String> flags, String changedBy, OffsetDateTime changedAt) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Project project(long projectId) {
        return Project.<Project>findByIdOptional(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
    }

    /** The document as the export begins it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Head open(long documentId) {
        Document document = Document.findById(documentId);
        if (document == null) {
            throw deleted(documentId);
        }
        return new Head(document.id, document.title, document.createdBy, document.createdAt, document.version);
    }

    /** The chunk after {@code cursor}: its pairs whose status is in {@code statuses} and whose sides both have text. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Chunk next(Head head, Cursor cursor, Set<ReviewStatus> statuses) {
        // Nothing read here is ever written: no snapshots to keep, nothing to flush at commit.
        Panache.getSession().setDefaultReadOnly(true);
        Panache.getSession().setHibernateFlushMode(FlushMode.MANUAL);
        Document document = Document.findById(head.id());
        if (document == null) {
            throw deleted(head.id());
        }
        long after = cursor.rekey() ? currentOrd(head, cursor.lastId()) : cursor.lastOrd();
        // Sorting by the whole index (document, ord), not by ord alone, lets H2 read the chunk off the index in
        // order and stop after it, instead of sorting the rest of the document for every chunk.
        List<SentencePair> rows = SentencePair.find("document = ?1 and ord > ?2", Sort.by("document.id").and("ord"),
                document, after).page(0, CHUNK).list();
        int source = cursor.sourceSentences();
        int target = cursor.targetSentences();
        for (int i = 0; i < rows.size(); i++) {
            SentencePair row = rows.get(i);
            row.position = cursor.pairs() + i;
            row.sourceStart = source;
            row.sourceEnd = source += row.sourceCount;
            row.targetStart = target;
            row.targetEnd = target += row.targetCount;
        }
        List<PairView> views = DocumentService.rankedViews(document, rows);
        int pairs = cursor.pairs() + rows.size();
        // Last, so that an edit committed while this chunk was read shows here, or in the next chunk's check.
        long version = currentVersion(head);
        boolean edited = version != cursor.version();
        if (edited) {
            requireUntouchedBelow(document, cursor.version(), pairs);
        }
        if (rows.isEmpty() && !edited) {
            return new Chunk(List.of(), 0, null);
        }
        var selected = new ArrayList<Pair>(rows.size());
        int emptySides = 0;
        for (int i = 0; i < rows.size(); i++) {
            SentencePair row = rows.get(i);
            if (!statuses.contains(row.status)) {
                continue;
            }
            if (row.sourceCount == 0 || row.targetCount == 0) {
                emptySides++;
                continue;
            }
            PairView view = views.get(i);
            selected.add(new Pair(view.position(), texts(view.source()), texts(view.target()), view.status(),
                    view.confidence(), view.flags().stream().map(QaFlag::code).toList(), row.changedBy,
                    row.changedAt));
        }
        SentencePair last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new Chunk(selected, emptySides, new Cursor(version, last == null ? cursor.lastId() : last.id,
                last == null ? after : last.ord, pairs, source, target, edited));
    }

    /** Refuses to go on when an edit since {@code version} rewrote any of the first {@code pairs} pairs. */
    private void requireUntouchedBelow(Document document, long version, int pairs) {
        for (Edit edit : Edit.listByDocument(document, version)) {
            int first = changeOf(edit).firstPosition();
            if (first < pairs) {
                throw new ExportConflictException("Document " + document.id + " (\"" + document.title + "\") was "
                        + "changed at pair " + (first + 1) + " by " + edit.username + " (" + edit.summary + ") after "
                        + "that part had been exported, so the file could not show the document as it was at any one "
                        + "time. Export it again.");
            }
        }
    }

    private static long currentVersion(Head head) {
        List<Long> version = Panache.getEntityManager()
                .createQuery("select d.version from Document d where d.id = ?1", Long.class)
                .setParameter(1, head.id()).getResultList();
        if (version.isEmpty()) {
            throw deleted(head.id());
        }
        return version.get(0);
    }

    /** The key of the last pair read now: the same row (no edit rewrote it), though a renumbering may move keys. */
    private static long currentOrd(Head head, long pairId) {
        if (pairId < 0) {
            return Long.MIN_VALUE;
        }
        List<Long> ord = Panache.getEntityManager()
                .createQuery("select p.ord from SentencePair p where p.id = ?1", Long.class)
                .setParameter(1, pairId).getResultList();
        if (ord.isEmpty()) {
            throw new ExportConflictException("Document " + head.id() + " was changed where it was being exported."
                    + " Export it again.");
        }
        return ord.get(0);
    }

    private ChangeRecord changeOf(Edit edit) {
        return ChangeRecord.of(edit, json);
    }

    private static ExportConflictException deleted(long documentId) {
        return new ExportConflictException("Document " + documentId + " was deleted during the export.");
    }

    private static List<String> texts(List<SentenceView> sentences) {
        return sentences.stream().map(SentenceView::text).toList();
    }
}
