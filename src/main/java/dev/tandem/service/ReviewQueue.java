// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.SentencePair;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.RiskQueue;
import dev.tandem.review.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document's unreviewed pairs that "confirm confident" leaves to a person, riskiest first ({@link RiskQueue} says
 * how they are ordered). Cheap for long documents: one projection query reads a few small columns of every pair
 * (positions and sentence ranks follow from their order, since pairs tile both sides), the ranking runs in memory,
 * and only the requested page's pairs are read with their sentences, in three queries wherever they lie.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewQueue {
    @Inject
    DocumentService documents;

    /**
     * A page of the queue, riskiest first, with the counts of the same reading; {@code total} is the document's
     * {@link DocumentSummary#atRisk()}.
     */
    public RiskyPairPage listRiskyPairs(long documentId, int offset, int limit) {
        Page.check(offset, limit, DocumentService.MAX_PAGE_SIZE);
        Document document = documents.getDocument(documentId);
        Rows rows = rows(document);
        List<Integer> queue = RiskQueue.rank(rows.rows());
        List<Integer> slice = queue.subList(Math.min(offset, queue.size()),
                (int) Math.min(queue.size(), (long) offset + limit));
        Map<Long, PairView> views = views(document, rows, slice);
        var items = new ArrayList<RiskyPair>(slice.size());
        for (int position : slice) {
            items.add(new RiskyPair(views.get(rows.ids()[position]), RiskQueue.reason(rows.rows(), position)));
        }
        long confident = rows.rows().stream().filter(RiskQueue.Row::confident).count();
        return new RiskyPairPage(queue.size(), offset, limit, items, confident, rows.rows().size());
    }

    /**
     * The position of the first queued pair after {@code afterPosition} in document order, wrapping round to the
     * document's start; empty when the queue is empty. A position outside the document starts at the first pair.
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

    /**
     * Every pair of the document in order: its id, what the ranking needs, and the rank of its first sentence on each
     * side (the number of sentences the pairs before it cover).
     */
    private record Rows(long[] ids, int[] sourceStart, int[] targetStart, List<RiskQueue.Row> rows) {
    }

    private static Rows rows(Document document) {
        var query = SentencePair.getEntityManager().createQuery("select p.id, p.status, p.confidence,"
                        + " p.flagMask,"
                        + " case when " + ConfidentPairs.condition("p") + " then 1 else 0 end,"
                        + " p.sourceCount, p.targetCount"
                        + " from SentencePair p where p.document = :document order by p.ord", Object[].class)
                .setParameter("document", document);
        ConfidentPairs.parameters(ReviewService.DEFAULT_CONFIDENT).forEach(query::setParameter);
        List<Object[]> result = query.getResultList();
        int n = result.size();
        long[] ids = new long[n];
        int[] sourceStart = new int[n];
        int[] targetStart = new int[n];
        var rows = new ArrayList<RiskQueue.Row>(n);
        int source = 0;
        int target = 0;
        for (int i = 0; i < n; i++) {
            Object[] row = result.get(i);
            ids[i] = (Long) row[0];
            rows.add(new RiskQueue.Row((ReviewStatus) row[1], (Double) row[2], ((Number) row[3]).intValue() != 0,
                    ((Number) row[4]).intValue() != 0));
            sourceStart[i] = source;
            targetStart[i] = target;
            source += ((Number) row[5]).intValue();
            target += ((Number) row[6]).intValue();
        }
        return new Rows(ids, sourceStart, targetStart, rows);
    }

    /** Views of the pairs at {@code positions}, by id: the pairs in one query, each side's sentences in one more. */
    private static Map<Long, PairView> views(Document document, Rows rows, List<Integer> positions) {
        Map<Long, PairView> views = new HashMap<>();
        if (positions.isEmpty()) {
            return views;
        }
        List<Long> ids = positions.stream().map(position -> rows.ids()[position]).toList();
        Map<Long, SentencePair> pairs = new HashMap<>();
        for (SentencePair pair : SentencePair.<SentencePair>list("id in ?1", ids)) {
            pairs.put(pair.id, pair);
        }
        Map<Long, List<String>> source = sentenceTexts(Side.SOURCE, ids);
        Map<Long, List<String>> target = sentenceTexts(Side.TARGET, ids);
        for (int position : positions) {
            SentencePair pair = pairs.get(rows.ids()[position]);
            views.put(pair.id, PairView.of(document, pair, position,
                    sentences(rows.sourceStart()[position], source.getOrDefault(pair.id, List.of())),
                    sentences(rows.targetStart()[position], target.getOrDefault(pair.id, List.of()))));
        }
        return views;
    }

    /** The texts of the sentences each pair covers on {@code side}, in order, by pair id. */
    private static Map<Long, List<String>> sentenceTexts(Side side, List<Long> pairIds) {
        String range = side == Side.SOURCE ? "s.ord >= p.sourceFrom and s.ord < p.sourceTo"
                : "s.ord >= p.targetFrom and s.ord < p.targetTo";
        Map<Long, List<String>> texts = new HashMap<>();
        SentencePair.getEntityManager().createQuery("select p.id, s.text from SentencePair p, Sentence s"
                        + " where p.id in :ids and s.document = p.document and s.side = :side and " + range
                        + " order by p.id, s.ord", Object[].class)
                .setParameter("ids", pairIds).setParameter("side", side).getResultList()
                .forEach(row -> texts.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return texts;
    }

    private static List<SentenceView> sentences(int firstIndex, List<String> texts) {
        var views = new ArrayList<SentenceView>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            views.add(new SentenceView(firstIndex + i, texts.get(i)));
        }
        return views;
    }
}
