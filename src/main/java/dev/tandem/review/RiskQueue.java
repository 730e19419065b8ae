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

    /**
     * A queued pair.
     *
     * @param position 0-based position of the pair in the document (its index in the rows given)
     * @param reason   why it is queued, in the reviewer's words, e.g. "confidence 0.42; next to pair 13 (QA flag)"
     */
    public record Entry(int position, String reason) {
    }

    /** Whether the pair is in the queue: unreviewed, and not one confirm-confident would confirm. */
    public static boolean queued(Row row) {
        return row.status() == ReviewStatus.AUTO && !row.confident();
    }

    /**
     * The queued pairs of a document, riskiest first.
     *
     * @param rows every pair of the document in document order (index = position); empty gives an empty queue
     */
    public static List<Entry> rank(List<Row> rows) {
        record Ranked(int position, int level, double effective, double own, String reason) {
        }
        var ranked = new ArrayList<Ranked>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!queued(row)) {
                continue;
            }
            var reason = new StringBuilder();
            if (row.confidence() == null) {
                reason.append("not scored by the aligner");
            } else if (row.flagged()) {
                reason.append("QA flag, confidence ").append(format(row.confidence()));
            } else {
                reason.append("confidence ").append(format(row.confidence()));
            }
            double own = row.confidence() == null ? -1 : row.confidence();
            double effective = own;
            if (!row.unchecked()) {
                for (int n : new int[] {i - 1, i + 1}) {
                    Double trouble = n < 0 || n >= rows.size() ? null : rows.get(n).troubleAs();
                    if (trouble != null) {
                        effective = Math.min(effective, trouble);
                        reason.append("; next to pair ").append(n + 1).append(" (").append(describe(rows.get(n)))
                                .append(')');
                    }
                }
            }
            // level: 0 unscored, 1 flagged, 2 the rest
            int level = row.confidence() == null ? 0 : row.flagged() ? 1 : 2;
            ranked.add(new Ranked(i, level == 2 ? 1 : 0, level == 2 ? effective : level, own, reason.toString()));
        }
        ranked.sort(Comparator.comparingInt(Ranked::level).thenComparingDouble(Ranked::effective)
                .thenComparingDouble(Ranked::own).thenComparingInt(Ranked::position));
        return ranked.stream().map(r -> new Entry(r.position(), r.reason())).toList();
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
