// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import dev.tandem.review.Side;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Translates between stored sparse order keys and the dense 0-based ranks the rest of the application sees. A rank is
 * the number of keys below: an index-only count, with no row read.
 */
public final class Ranks {
    /** Gap between neighbouring keys when keys are (re)assigned. */
    public static final long GAP = 1L << 32;
    /** The upper end of the last pair's ranges. */
    public static final long END = Long.MAX_VALUE;

    private Ranks() {
    }

    public static long pairsBelow(Document document, long ord) {
        Optional<LayoutIndex> index = LayoutIndex.of(document);
        if (index.isPresent()) {
            return index.get().pairsBelow(ord);
        }
        return Panache.getEntityManager().createQuery(
                        "select count(p) from SentencePair p where p.document = ?1 and p.ord < ?2", Long.class)
                .setParameter(1, document).setParameter(2, ord).getSingleResult();
    }

    public static long sentencesBelow(Document document, Side side, long ord) {
        Optional<LayoutIndex> index = LayoutIndex.of(document);
        if (index.isPresent()) {
            return index.get().sentencesBelow(side, ord);
        }
        return Panache.getEntityManager().createQuery(
                        "select count(s) from Sentence s where s.document = ?1 and s.side = ?2 and s.ord < ?3", Long.class)
                .setParameter(1, document).setParameter(2, side).setParameter(3, ord).getSingleResult();
    }

    /** The key of the pair at {@code rank}, or null when there is none. */
    public static Long pairOrdAt(Document document, int rank) {
        Optional<LayoutIndex> index = LayoutIndex.of(document);
        if (index.isPresent()) {
            return index.get().pairAt(rank);
        }
        List<Long> keys = Panache.getEntityManager().createQuery(
                        "select p.ord from SentencePair p where p.document = ?1 order by p.ord", Long.class)
                .setParameter(1, document).setFirstResult(Math.max(0, rank)).setMaxResults(1).getResultList();
        return keys.isEmpty() ? null : keys.get(0);
    }

    /** The key of sentence {@code rank} of {@code side}, or null when there is none. */
    public static Long sentenceOrdAt(Document document, Side side, int rank) {
        Optional<LayoutIndex> index = LayoutIndex.of(document);
        if (index.isPresent()) {
            return index.get().sentenceAt(side, rank);
        }
        List<Long> keys = Panache.getEntityManager().createQuery(
                        "select s.ord from Sentence s where s.document = ?1 and s.side = ?2 order by s.ord", Long.class)
                .setParameter(1, document).setParameter(2, side).setFirstResult(Math.max(0, rank)).setMaxResults(1)
                .getResultList();
        return keys.isEmpty() ? null : keys.get(0);
    }

    /** The keys of the pairs at positions {@code first} to {@code last}: the key at index i is the pair at first + i. */
    public static long[] pairOrds(Document document, int first, int last) {
        Optional<LayoutIndex> index = LayoutIndex.of(document);
        if (index.isPresent()) {
            return index.get().pairs(first, last);
        }
        return toArray(Panache.getEntityManager().createQuery(
                        "select p.ord from SentencePair p where p.document = ?1 order by p.ord", Long.class)
                .setParameter(1, document).setFirstResult(first).setMaxResults(last - first + 1).getResultList());
    }

    /** Fills the dense ranks ({@code position}, sentence ranges) of {@code pairs}, all of {@code document}. */
    public static void fill(Document document, List<SentencePair> pairs) {
        fillPositions(document, pairs);
        fillSide(document, Side.SOURCE, pairs);
        fillSide(document, Side.TARGET, pairs);
    }

    /** Fills the {@code position} of {@code pairs}, all of {@code document}. */
    public static void fillPositions(Document document, List<SentencePair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        long minOrd = Long.MAX_VALUE;
        long maxOrd = Long.MIN_VALUE;
        for (SentencePair pair : pairs) {
            minOrd = Math.min(minOrd, pair.ord);
            maxOrd = Math.max(maxOrd, pair.ord);
        }
        Optional<LayoutIndex> index = LayoutIndex.of(document);
        if (index.isPresent()) {
            for (SentencePair pair : pairs) {
                pair.position = index.get().pairsBelow(pair.ord);
            }
            return;
        }
        if (pairs.size() == 1) {
            pairs.get(0).position = (int) pairsBelow(document, minOrd);
            return;
        }
        // The keys from the first pair to the last, and (once: it does not depend on the row) the count below them.
        List<Object[]> rows = Panache.getEntityManager().createQuery("select p.ord, (select count(b) from SentencePair b"
                        + " where b.document = ?1 and b.ord < ?2) from SentencePair p where p.document = ?1"
                        + " and p.ord >= ?2 and p.ord <= ?3 order by p.ord", Object[].class)
                .setParameter(1, document).setParameter(2, minOrd).setParameter(3, maxOrd).getResultList();
        int base = ((Number) rows.get(0)[1]).intValue();
        long[] ords = new long[rows.size()];
        for (int i = 0; i < ords.length; i++) {
            ords[i] = (Long) rows.get(i)[0];
        }
        for (SentencePair pair : pairs) {
            pair.position = base + lowerBound(ords, pair.ord);
        }
    }

    /** Fills the sentence ranges of {@code pairs}, all of {@code document}, on {@code side}. */
    public static void fillSide(Document document, Side side, List<SentencePair> pairs) {
        boolean source = side == Side.SOURCE;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (SentencePair pair : pairs) {
            min = Math.min(min, source ? pair.sourceFrom : pair.targetFrom);
            max = Math.max(max, source ? pair.sourceFrom : pair.targetFrom);
        }
        int base = (int) sentencesBelow(document, side, min);
        Optional<LayoutIndex> index = LayoutIndex.of(document);
        long[] ords = min == max ? new long[0] : index.isPresent() ? index.get().sentences(side, min, max) : toArray(Panache.getEntityManager().createQuery(
                        "select s.ord from Sentence s where s.document = ?1 and s.side = ?2 and s.ord >= ?3"
                                + " and s.ord < ?4 order by s.ord", Long.class)
                .setParameter(1, document).setParameter(2, side).setParameter(3, min).setParameter(4, max)
                .getResultList());
        for (SentencePair pair : pairs) {
            pair.startAt(side, base + lowerBound(ords, source ? pair.sourceFrom : pair.targetFrom));
        }
    }

    /** Sorts pairs by key. */
    public static void sort(List<SentencePair> pairs) {
        pairs.sort(Comparator.comparingLong(p -> p.ord));
    }

    /** The number of keys in {@code sorted} below {@code key}. */
    public static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long[] toArray(List<Long> keys) {
        long[] out = new long[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = keys.get(i);
        }
        return out;
    }
}
