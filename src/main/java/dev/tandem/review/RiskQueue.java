// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The unreviewed pairs a person should look at, riskiest first. It uses only what holds for every language pair, with
 * no weights tuned on any corpus: whether the aligner scored the pair, whether a QA check flagged it, its confidence,
 * and the same facts about its two neighbours.
 *
 * <p>A pair is <em>queued</em> when it is unreviewed ({@link ReviewStatus#AUTO}) and "confirm confident" would not
 * confirm it ({@link Row#confident()} false; the caller decides that with the one criterion confirm-confident uses).
 * Queued pairs are ordered by, in turn:
 * <ol>
 *   <li><b>unchecked first:</b> a pair the aligner did not score (confidence null: a reviewer made or changed it) or
 *       that carries a QA flag; nothing vouches for it. Among these, unscored before flagged, then flagged by
 *       confidence ascending;</li>
 *   <li><b>effective confidence, ascending:</b> a pair's own confidence, lowered to its neighbour's when a neighbour
 *       (position ± 1) is <em>troubled</em>. A troubled neighbour is one no person confirmed that is rejected,
 *       unscored, flagged or below {@link #DOUBTFUL} (0.5); an unscored, flagged or rejected neighbour counts as
 *       confidence 0. An error next to a pair often shifts that pair's boundary too, so such a pair is seen right
 *       after its neighbour rather than pages later;</li>
 *   <li>its own confidence, ascending; then document order.</li>
 * </ol>
 * A confirmed neighbour never raises risk: a person has checked that boundary. The order is a total order, so the
 * same document always gives the same queue.
 */
public final class RiskQueue {
    /** Below this confidence a neighbour is doubtful enough to raise the risk of the pairs beside it. */
    public static final double DOUBTFUL = 0.5;

    private RiskQueue() {
    }

    /**
     * One pair of the document, as the ranking needs it.
     *
     * @param status     review status
     * @param confidence the aligner's confidence in [0, 1], or null when it did not score the pair
     * @param flagged    whether a QA check flagged the pair
     * @param confident  whether "confirm confident" would confirm it now (such pairs are never queued)
     */
    public record Row(ReviewStatus status, Double confidence, boolean flagged, boolean confident) {
        public Row {
            Objects.requireNonNull(status, "status");
        }

        boolean unchecked() {
            return confidence == null || flagged;
        }

        /** Whether the pair raises the risk of its neighbours, and as what confidence; null when it does not. */
        Double troubleAs() {
            if (status == ReviewStatus.CONFIRMED) {
                return null;
            }
            if (status == ReviewStatus.REJECTED || unchecked()) {
                return 0.0;
            }
            return confidence < DOUBTFUL ? confidence : null;
        }
    }

    /** Whether the pair is in the queue: unreviewed, and not one confirm-confident would confirm. */
    public static boolean queued(Row row) {
        return row.status() == ReviewStatus.AUTO && !row.confident();
    }

    /**
     * The positions of the queued pairs of a document, riskiest first. Linear in the rows plus the sort of the
     * queued ones; no text is built here (see {@link #reason}), so 20,000 pairs rank in a few milliseconds.
     *
     * @param rows every pair of the document in document order (index = 0-based position); empty gives an empty queue
     */
    public static List<Integer> rank(List<Row> rows) {
        record Ranked(int position, int level, double effective, double own) {
        }
        var ranked = new ArrayList<Ranked>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!queued(row)) {
                continue;
            }
            if (row.confidence() == null) {
                ranked.add(new Ranked(i, 0, 0, -1));
            } else if (row.flagged()) {
                ranked.add(new Ranked(i, 0, 1, row.confidence()));
            } else {
                double effective = row.confidence();
                for (int n : new int[] {i - 1, i + 1}) {
                    Double trouble = troubleAt(rows, n);
                    if (trouble != null) {
                        effective = Math.min(effective, trouble);
                    }
                }
                ranked.add(new Ranked(i, 1, effective, row.confidence()));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::level).thenComparingDouble(Ranked::effective)
                .thenComparingDouble(Ranked::own).thenComparingInt(Ranked::position));
        return ranked.stream().map(Ranked::position).toList();
    }

    /**
     * Why the pair at {@code position} is queued, in the reviewer's words, e.g. "confidence 0.42; next to pair 13
     * (QA flag)" (pairs are numbered from 1, as on the pages).
     */
    public static String reason(List<Row> rows, int position) {
        Row row = rows.get(position);
        if (row.confidence() == null) {
            return "not scored by the aligner";
        }
        if (row.flagged()) {
            return "QA flag, confidence " + format(row.confidence());
        }
        var reason = new StringBuilder("confidence ").append(format(row.confidence()));
        for (int n : new int[] {position - 1, position + 1}) {
            if (troubleAt(rows, n) != null) {
                reason.append("; next to pair ").append(n + 1).append(" (").append(describe(rows.get(n))).append(')');
            }
        }
        return reason.toString();
    }

    private static Double troubleAt(List<Row> rows, int position) {
        return position < 0 || position >= rows.size() ? null : rows.get(position).troubleAs();
    }

    private static String describe(Row neighbour) {
        if (neighbour.status() == ReviewStatus.REJECTED) {
            return "rejected";
        }
        if (neighbour.confidence() == null) {
            return "not scored";
        }
        if (neighbour.flagged()) {
            return "QA flag";
        }
        return "confidence " + format(neighbour.confidence());
    }

    private static String format(double confidence) {
        return String.format(Locale.ROOT, "%.2f", confidence);
    }
}
