// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.PairStatus;
import dev.tandem.model.Ranks;
import dev.tandem.model.SentencePair;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.RiskQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document's unreviewed pairs that "confirm confident" leaves to a person, riskiest first ({@link RiskQueue} says
 * how they are ordered). Cheap for long documents: one projection query reads five small columns of every pair,
 * the ranking runs in memory, and only the requested page's pairs are loaded with their sentences.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewQueue {
    @Inject
    DocumentService documents;

    /** A page of the queue, riskiest first; {@code total} is the document's {@link DocumentSummary#atRisk()}. */
    public Page<RiskyPair> listRiskyPairs(long documentId, int offset, int limit) {
        Page.check(offset, limit, DocumentService.MAX_PAGE_SIZE);
        Document document = documents.getDocument(documentId);
        Rows rows = rows(document);
        List<RiskQueue.Entry> queue = RiskQueue.rank(rows.rows());
        List<RiskQueue.Entry> slice = queue.subList(Math.min(offset, queue.size()),
                (int) Math.min(queue.size(), (long) offset + limit));
        Map<Long, PairView> views = views(document, slice.stream().map(e -> rows.ids()[e.position()]).toList());
        var items = new ArrayList<RiskyPair>(slice.size());
        for (RiskQueue.Entry entry : slice) {
            items.add(new RiskyPair(views.get(rows.ids()[entry.position()]), entry.reason()));
        }
        return new Page<>(queue.size(), offset, limit, items);
    }

    /**
     * The position of the first queued pair after {@code afterPosition} in document order, wrapping round to the
     * document's start; empty when the queue is empty. A negative {@code afterPosition} starts at the first pair.
     */
    public Optional<Integer> findNextRisky(long documentId, int afterPosition) {
        Document document = documents.getDocument(documentId);
        List<RiskQueue.Row> rows = rows(document).rows();
        int n = rows.size();
        int start = afterPosition < 0 || afterPosition >= n ? 0 : afterPosition + 1;
        for (int k = 0; k < n; k++) {
            int i = (start + k) % n;
            if (RiskQueue.queued(rows.get(i))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Every pair of the document in order: ids, and what the ranking needs. */
    private record Rows(long[] ids, List<RiskQueue.Row> rows) {
    }

    private static Rows rows(Document document) {
        var query = SentencePair.getEntityManager().createQuery("select p.id, p.status, p.confidence,"
                        + " case when (p.flags = '' or p.flags is null) then 0 else 1 end,"
                        + " case when " + ConfidentPairs.condition("p") + " then 1 else 0 end"
                        + " from SentencePair p where p.document = :document order by p.ord", Object[].class)
                .setParameter("document", document);
        ConfidentPairs.parameters(ReviewService.DEFAULT_CONFIDENT).forEach(query::setParameter);
        List<Object[]> result = query.getResultList();
        long[] ids = new long[result.size()];
        var rows = new ArrayList<RiskQueue.Row>(result.size());
        for (int i = 0; i < ids.length; i++) {
            Object[] row = result.get(i);
            ids[i] = (Long) row[0];
            rows.add(new RiskQueue.Row(status((PairStatus) row[1]), (Double) row[2], ((Number) row[3]).intValue() != 0,
                    ((Number) row[4]).intValue() != 0));
        }
        return new Rows(ids, rows);
    }

    private static ReviewStatus status(PairStatus status) {
        return switch (status) {
            case AUTO -> ReviewStatus.AUTO;
            case CONFIRMED -> ReviewStatus.CONFIRMED;
            case REJECTED -> ReviewStatus.REJECTED;
        };
    }

    /**
     * Views of the pairs with {@code ids}, wherever they are in the document. Ranks are filled once for all; the
     * sentences are read per run of neighbouring pairs, so a page scattered over a long document reads only its own
     * sentences, never the stretches between them.
     */
    private static Map<Long, PairView> views(Document document, List<Long> ids) {
        Map<Long, PairView> views = new HashMap<>();
        if (ids.isEmpty()) {
            return views;
        }
        List<SentencePair> pairs = new ArrayList<>(SentencePair.<SentencePair>list("id in ?1", ids));
        pairs.sort(Comparator.comparingLong(p -> p.ord));
        Ranks.fill(document, pairs);
        int from = 0;
        for (int i = 1; i <= pairs.size(); i++) {
            if (i == pairs.size() || pairs.get(i).position != pairs.get(i - 1).position + 1) {
                for (PairView view : DocumentService.views(document, pairs.subList(from, i), true)) {
                    views.put(view.id(), view);
                }
                from = i;
            }
        }
        return views;
    }
}
