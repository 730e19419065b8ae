// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.LayoutIndex;
import dev.tandem.model.Ranks;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences of some pairs of one document: their texts by index, and their ranks ({@code sourceStart}…) when the
 * pairs do not have them yet.
 *
 * <p>Rows that touch (a page of consecutive pairs) are read in one statement for both sides, which also counts the
 * sentences before them for the ranks. Rows far apart (a filtered page) read only their own sentences, as runs of
 * touching key ranges, and their ranks apart: reading the sentences between them would load the whole span.
 */
final class RowSentences {
    private final Document document;
    private final Side side;
    private final boolean source;

    private RowSentences(Document document, Side side) {
        this.document = document;
        this.side = side;
        this.source = side == Side.SOURCE;
    }

    /** The texts of {@code pairs}' sentences on each side, by index. */
    record Texts(Map<Integer, String> source, Map<Integer, String> target) {
    }

    /** The texts of {@code pairs}' sentences, by index; fills their sentence ranks unless {@code ranked}. */
    static Texts read(Document document, List<SentencePair> pairs, boolean ranked) {
        var source = new RowSentences(document, Side.SOURCE);
        var target = new RowSentences(document, Side.TARGET);
        long[] sourceRun = ranked ? null : source.touchingRun(pairs);
        long[] targetRun = ranked ? null : target.touchingRun(pairs);
        if (sourceRun != null && targetRun != null) {
            return readTouching(document, pairs, source, sourceRun, target, targetRun);
        }
        return new Texts(source.read(pairs, ranked), target.read(pairs, ranked));
    }

    private Map<Integer, String> read(List<SentencePair> pairs, boolean ranked) {
        long[] run = ranked ? null : touchingRun(pairs);
        if (run != null) {
            return rank(pairs, run, readRun(run));
        }
        if (!ranked) {
            Ranks.fillSide(document, side, pairs);
        }
        return readRuns(pairs, runs(pairs));
    }

    /** The one key range holding every pair's sentences on this side, when they touch; else null. */
    private long[] touchingRun(List<SentencePair> pairs) {
        List<long[]> runs = runs(pairs);
        if (runs.size() != 1) {
            return null;
        }
        long[] run = runs.get(0);
        return pairs.stream().allMatch(p -> from(p) >= run[0] && from(p) <= run[1]) ? run : null;
    }

    /**
     * Both sides' runs in one statement (a union of the two index ranges, each row with the count of its side's
     * sentences before its run, a subquery that does not depend on the row).
     */
    private static Texts readTouching(Document document, List<SentencePair> pairs, RowSentences source,
                                      long[] sourceRun, RowSentences target, long[] targetRun) {
        boolean counted = LayoutIndex.of(document).isEmpty();
        List<Object[]> rows = Sentence.getEntityManager().createQuery(runQuery("1", counted) + " union all "
                        + runQuery("2", counted), Object[].class)
                .setParameter("document", document)
                .setParameter("side1", Side.SOURCE).setParameter("from1", sourceRun[0]).setParameter("to1", sourceRun[1])
                .setParameter("side2", Side.TARGET).setParameter("from2", targetRun[0]).setParameter("to2", targetRun[1])
                .getResultList();
        // sorted here: Hibernate puts an ORDER BY after a union on its last query alone, so the first side came in
        // the table's physical order (on PostgreSQL, after an edit, pairs showed their neighbours' sentences)
        Comparator<Object[]> byKey = Comparator.comparingLong(row -> (Long) row[1]);
        List<Object[]> sourceRows = rows.stream().filter(row -> row[0] == Side.SOURCE).sorted(byKey).toList();
        List<Object[]> targetRows = rows.stream().filter(row -> row[0] == Side.TARGET).sorted(byKey).toList();
        return new Texts(source.rank(pairs, sourceRun, sourceRows), target.rank(pairs, targetRun, targetRows));
    }

    private List<Object[]> readRun(long[] run) {
        return Sentence.getEntityManager().createQuery(runQuery("", LayoutIndex.of(document).isEmpty())
                        + " order by s.ord", Object[].class)
                .setParameter("document", document).setParameter("side", side)
                .setParameter("from", run[0]).setParameter("to", run[1]).getResultList();
    }

    /**
     * Side, key and text of a run's sentences, with the count before the run unless the document's
     * {@link LayoutIndex} knows it; its parameters end in {@code suffix}.
     */
    private static String runQuery(String suffix, boolean countBefore) {
        String side = ":side" + suffix;
        String from = ":from" + suffix;
        return "select s.side, s.ord, s.text" + (countBefore ? ", (select count(b) from Sentence b where"
                + " b.document = :document and b.side = " + side + " and b.ord < " + from + ")" : "")
                + " from Sentence s where s.document = :document and s.side = " + side + " and s.ord >= " + from
                + " and s.ord < :to" + suffix;
    }

    /**
     * The texts of a run read with {@link #readRun} (side, key, text, sentences before the run), by index; fills the
     * pairs' ranks on this side.
     */
    private Map<Integer, String> rank(List<SentencePair> pairs, long[] run, List<Object[]> rows) {
        int base = rows.isEmpty() || rows.get(0).length < 4 ? (int) Ranks.sentencesBelow(document, side, run[0])
                : ((Number) rows.get(0)[3]).intValue();
        long[] ords = new long[rows.size()];
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ords[i] = (Long) rows.get(i)[1];
            texts.put(base + i, (String) rows.get(i)[2]);
        }
        for (SentencePair pair : pairs) {
            pair.startAt(side, base + Ranks.lowerBound(ords, from(pair)));
        }
        return texts;
    }

    /** One statement for the sentences of all runs; the pairs' ranks are known. */
    private Map<Integer, String> readRuns(List<SentencePair> pairs, List<long[]> runs) {
        Map<Integer, String> texts = new HashMap<>();
        if (runs.isEmpty()) {
            return texts;
        }
        var where = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("(s.ord >= :from").append(i).append(" and s.ord < :to")
                    .append(i).append(')');
        }
        var query = Sentence.getEntityManager().createQuery("select s.ord, s.text from Sentence s where s.document = "
                        + ":document and s.side = :side and (" + where + ") order by s.ord", Object[].class)
                .setParameter("document", document).setParameter("side", side);
        for (int i = 0; i < runs.size(); i++) {
            query.setParameter("from" + i, runs.get(i)[0]).setParameter("to" + i, runs.get(i)[1]);
        }
        List<Object[]> rows = query.getResultList();
        long[] ords = new long[rows.size()];
        for (int i = 0; i < ords.length; i++) {
            ords[i] = (Long) rows.get(i)[0];
        }
        for (SentencePair pair : pairs) {
            int first = Ranks.lowerBound(ords, from(pair));
            int start = source ? pair.sourceStart : pair.targetStart;
            for (int k = 0; k < count(pair) && first + k < ords.length; k++) {
                texts.put(start + k, (String) rows.get(first + k)[1]);
            }
        }
        return texts;
    }

    /** The key ranges of the pairs with sentences on this side, touching ranges joined, in key order. */
    private List<long[]> runs(List<SentencePair> pairs) {
        List<SentencePair> sorted = pairs.stream().filter(p -> count(p) > 0)
                .sorted(Comparator.comparingLong(this::from)).toList();
        List<long[]> runs = new ArrayList<>();
        for (SentencePair pair : sorted) {
            long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && from(pair) <= last[1]) {
                last[1] = Math.max(last[1], to(pair));
            } else {
                runs.add(new long[] {from(pair), to(pair)});
            }
        }
        return runs;
    }

    private long from(SentencePair pair) {
        return source ? pair.sourceFrom : pair.targetFrom;
    }

    private long to(SentencePair pair) {
        return source ? pair.sourceTo : pair.targetTo;
    }

    private int count(SentencePair pair) {
        return source ? pair.sourceCount : pair.targetCount;
    }
}
