// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.SentencePair;
import dev.tandem.review.Side;
import dev.tandem.search.DocumentMark;
import dev.tandem.search.IndexedPair;
import dev.tandem.tmx.SentenceJoiner;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.FlushMode;

/**
 * What the concordance reads from the database, each read in a short read-only transaction of its own: the current
 * version of the documents a search covers (one statement), and a document's pairs for the index a chunk at a time
 * (keyset paging on the pairs' order key, as {@link ExportReader} does), so no transaction stays open while a large
 * document is indexed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ConcordanceReader {
    static final int CHUNK = 1000;

    /** Where reading a document's pairs has got to: the last pair's order key, and the sentences up to it. */
    public record Cursor(long lastOrd, int pairs, int sourceSentences, int targetSentences) {
        static final Cursor START = new Cursor(Long.MIN_VALUE, 0, 0, 0);
    }

    /** One chunk of a document's pairs, and where the next starts; {@code next} null at the end. */
    public record Chunk(List<IndexedPair> pairs, Cursor next) {
    }

    /**
     * The marks (id, version, creation, project, and languages: the project's source, the document's translation,
     * which a further version of an original has of its own) of the documents in {@code projects} (null: all), or
     * of {@code document} alone when it is not null.
     */
    public List<DocumentMark> marks(Collection<Long> projects, Long document) {
        readOnly();
        String select = "select d.id, p.id, d.version, d.createdAt, p.sourceLanguage, d.targetLanguage"
                + " from Document d join d.project p";
        var query = document != null
                ? Panache.getEntityManager().createQuery(select + " where d.id = ?1", Object[].class)
                        .setParameter(1, document)
                : projects == null ? Panache.getEntityManager().createQuery(select, Object[].class)
                : Panache.getEntityManager().createQuery(select + " where p.id in ?1", Object[].class)
                        .setParameter(1, projects);
        var marks = new ArrayList<DocumentMark>();
        for (Object[] row : query.getResultList()) {
            marks.add(new DocumentMark((Long) row[0], (Long) row[1], (Long) row[2],
                    ((OffsetDateTime) row[3]).toInstant().toEpochMilli(), DocumentMark.normalLanguage((String) row[4]),
                    DocumentMark.normalLanguage((String) row[5])));
        }
        return marks;
    }

    /** The pairs of {@code mark}'s document after {@code cursor}, their sentences joined as the languages join. */
    public Chunk next(DocumentMark mark, Cursor cursor) {
        readOnly();
        Document document = Document.findById(mark.documentId());
        if (document == null) {
            return new Chunk(List.of(), null);
        }
        // Sorting by the whole index (document, ord) lets the database read the chunk off the index and stop.
        List<SentencePair> rows = SentencePair.find("document = ?1 and ord > ?2", Sort.by("document.id").and("ord"),
                document, cursor.lastOrd()).page(0, CHUNK).list();
        if (rows.isEmpty()) {
            return new Chunk(List.of(), null);
        }
        int source = cursor.sourceSentences();
        int target = cursor.targetSentences();
        for (int i = 0; i < rows.size(); i++) {
            SentencePair row = rows.get(i);
            row.position = cursor.pairs() + i;
            row.startAt(Side.SOURCE, source);
            row.startAt(Side.TARGET, target);
            source = row.sourceEnd;
            target = row.targetEnd;
        }
        var pairs = new ArrayList<IndexedPair>(rows.size());
        String sourceSeparator = SentenceJoiner.separator(mark.sourceLanguage());
        String targetSeparator = SentenceJoiner.separator(mark.targetLanguage());
        for (PairView view : DocumentService.rankedViews(document, rows)) {
            pairs.add(new IndexedPair(view.id(), mark.documentId(), mark.projectId(), view.status(),
                    SentenceJoiner.join(texts(view.source()), sourceSeparator),
                    SentenceJoiner.join(texts(view.target()), targetSeparator)));
        }
        Cursor next = new Cursor(rows.get(rows.size() - 1).ord, cursor.pairs() + rows.size(), source, target);
        return new Chunk(pairs, rows.size() < CHUNK ? null : next);
    }

    /** The titles of some documents, by id; a document deleted since is left out. */
    public Map<Long, Label> labels(Collection<Long> documents) {
        readOnly();
        var labels = new HashMap<Long, Label>();
        if (!documents.isEmpty()) {
            for (Object[] row : Panache.getEntityManager().createQuery(
                    "select d.id, d.title, d.project.sourceLanguage, d.targetLanguage from Document d where d.id in ?1",
                    Object[].class).setParameter(1, documents).getResultList()) {
                labels.put((Long) row[0], new Label((String) row[1], (String) row[2], (String) row[3]));
            }
        }
        return labels;
    }

    /** A document's title and the languages of its two sides. */
    public record Label(String title, String sourceLanguage, String targetLanguage) {
        static final Label UNKNOWN = new Label("", null, null);
    }

    /** The ids of the projects an account is a member of. */
    public List<Long> memberProjects(long accountId) {
        readOnly();
        return Panache.getEntityManager().createQuery(
                "select m.project.id from Membership m where m.account.id = ?1", Long.class)
                .setParameter(1, accountId).getResultList();
    }

    private static void readOnly() {
        // Nothing read here is ever written: no snapshots to keep, nothing to flush at commit.
        Panache.getSession().setDefaultReadOnly(true);
        Panache.getSession().setHibernateFlushMode(FlushMode.MANUAL);
    }

    private static List<String> texts(List<SentenceView> sentences) {
        return sentences.stream().map(SentenceView::text).toList();
    }
}
