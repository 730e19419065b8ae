// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import dev.tandem.review.Side;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Comparator;
import java.util.List;

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
        return Panache.getEntityManager().createQuery(
                        "select count(p) from SentencePair p where p.document = ?1 and p.ord < ?2", Long.class)
                .setParameter(1, document).setParameter(2, ord).getSingleResult();
    }

    public static long sentencesBelow(Document document, Side side, long ord) {
        return Panache.getEntityManager().createQuery(
                        "select count(s) from Sentence s where s.document = ?1 and s.side = ?2 and s.ord < ?3", Long.class)
                .setParameter(1, document).setParameter(2, side).setParameter(3, ord).getSingleResult();
    }

    /** The key of the pair at {@code rank}, or null when there is none. */
    public static Long pairOrdAt(Document document, int rank) {
        List<Long> keys = Panache.getEntityManager().createQuery(
                        "select p.ord from SentencePair p where p.document = ?1 order by p.ord", Long.class)
                .setParameter(1, document).setFirstResult(Math.max(0, rank)).setMaxResults(1).getResultList();
        return keys.isEmpty() ? null : keys.get(0);
    }

    /** The key of sentence {@code rank} of {@code side}, or null when there is none. */
    public static Long sentenceOrdAt(Document document, Side side, int rank) {
        List<Long> keys = Panache.getEntityManager().createQuery(
                        "select s.ord from Sentence s where s.document = ?1 and s.side = ?2 order by s.ord", Long.class)
                .setParameter(1, document).setParameter(2, side).setFirstResult(Math.max(0, rank)).setMaxResults(1)
                .getResultList();
        return keys.isEmpty() ? null : keys.get(0);
    }

    /** All pair keys of the document, in order: the key at index i is the pair at position i. */
    public static long[] pairOrds(Document document) {
        return toArray(Panache.getEntityManager().createQuery(
                        "select p.ord from SentencePair p where p.document = ?1 order by p.ord", Long.class)
                .setParameter(1, document).getResultList());
    }

    /** Fills the dense ranks ({@code position}, sentence ranges) of {@code pairs}, all of {@code document}. */
    public static void fill(Document document, List<SentencePair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        var em = Panache.getEntityManager();
        long minOrd = Long.MAX_VALUE;
        long maxOrd = Long.MIN_VALUE;
        for (SentencePair pair : pairs) {
            minOrd = Math.min(minOrd, pair.ord);
            maxOrd = Math.max(maxOrd, pair.ord);
        }
        int base = (int) pairsBelow(document, minOrd);
        long[] ords = pairs.size() == 1 ? new long[] {minOrd} : toArray(em.createQuery(
                        "select p.ord from SentencePair p where p.document = ?1 and p.ord >= ?2 and p.ord <= ?3"
                                + " order by p.ord", Long.class)
                .setParameter(1, document).setParameter(2, minOrd).setParameter(3, maxOrd).getResultList());
        for (SentencePair pair : pairs) {
            pair.position = base + lowerBound(ords, pair.ord);
        }
        fillSide(document, Side.SOURCE, pairs);
        fillSide(document, Side.TARGET, pairs);
    }

    private static void fillSide(Document document, Side side, List<SentencePair> pairs) {
        boolean source = side == Side.SOURCE;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (SentencePair pair : pairs) {
            min = Math.min(min, source ? pair.sourceFrom : pair.targetFrom);
            max = Math.max(max, source ? pair.sourceFrom : pair.targetFrom);
        }
        int base = (int) sentencesBelow(document, side, min);
        long[] ords = min == max ? new long[0] : toArray(Panache.getEntityManager().createQuery(
                        "select s.ord from Sentence s where s.document = ?1 and s.side = ?2 and s.ord >= ?3"
                                + " and s.ord < ?4 order by s.ord", Long.class)
                .setParameter(1, document).setParameter(2, side).setParameter(3, min).setParameter(4, max)
                .getResultList());
        for (SentencePair pair : pairs) {
            int start = base + lowerBound(ords, source ? pair.sourceFrom : pair.targetFrom);
            if (source) {
                pair.sourceStart = start;
                pair.sourceEnd = start + pair.sourceCount;
            } else {
                pair.targetStart = start;
                pair.targetEnd = start + pair.targetCount;
            }
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
