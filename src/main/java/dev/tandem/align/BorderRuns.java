// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.List;

/**
 * Unpaired runs at a side's start or end: a translator's preface, an original's front matter, or an original of
 * which only a part was translated. Their sentences have no counterpart, so pairing them is wrong, yet every
 * unpaired sentence costs the full 0-1 (1-0) prior, and dozens of them cost more than stretching real beads over
 * them. Here the first sentence of a run on the path's first or last row (column) costs as one unpaired sentence
 * does anywhere, and each further one {@link #EXTEND} nats instead of the prior: a discount (a negative cost) on
 * the border beads after the first, so that a run's cost grows slowly with its length, as the end gaps of a
 * semi-global alignment do. Runs in the middle of a text keep the full prior.
 */
final class BorderRuns implements BeadScorer {

    /**
     * Cost in nats of each unpaired sentence of a border run after its first. Measured on mac/dev zh→en with 5, 30 and
     * 100 sentences of another chapter before or after either side: at 1 no run of 5 or 30 is paired with more than
     * two real sentences (strict F1 of the real part 0.845–0.856, against 0.864 without the foreign sentences and
     * 0.757–0.828 before, with 40–108 of them paired); at ½ a run of 30 before the translation and another after the
     * original were taken for one run the other way (42 paired), at 1½ a run of 100 was paired more often. The
     * dev sets' figures move by 0.003 at most.
     */
    static final double EXTEND = 1.0;

    private final int sourceCount;
    private final int targetCount;
    private final double targetDiscount;
    private final double sourceDiscount;

    private BorderRuns(int sourceCount, int targetCount, double targetDiscount, double sourceDiscount) {
        this.sourceCount = sourceCount;
        this.targetCount = targetCount;
        this.targetDiscount = targetDiscount;
        this.sourceDiscount = sourceDiscount;
    }

    /** For the priors of {@code types}; null when a run would cost no less than single unpaired sentences. */
    static BorderRuns of(List<BeadType> types, int sourceCount, int targetCount) {
        double[] unpaired = BeadTypes.unpairedCosts(types);
        double source = discount(unpaired[0]);
        double target = discount(unpaired[1]);
        return target > 0.0 || source > 0.0 ? new BorderRuns(sourceCount, targetCount, target, source) : null;
    }

    /** What a run's further sentence saves against an unpaired sentence costing {@code cost} (0 if none or not less). */
    private static double discount(double cost) {
        return Double.isNaN(cost) ? 0.0 : Math.max(0.0, cost - EXTEND);
    }

    /** The lowest cost this scorer gives a bead that pairs sentences ({@code paired}: 0) or leaves one unpaired. */
    double floor(boolean paired) {
        return paired ? 0.0 : -Math.max(targetDiscount, sourceDiscount);
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        if (!atTextEdge(s0, s1, t0, t1, sourceCount, targetCount)) {
            return 0.0;
        }
        // every bead of the run but its first: the one at the text's edge on the first row, the last on the last row
        if (s0 == s1) {
            return (s0 == 0 ? t0 > 0 : t1 < targetCount) ? -targetDiscount : 0.0;
        }
        return (t0 == 0 ? s0 > 0 : s1 < sourceCount) ? -sourceDiscount : 0.0;
    }

    /**
     * Whether the bead leaves sentences unpaired on the first or last row (column) of the search: in a run at a side's
     * start or end, where one text has not begun or has ended.
     */
    static boolean atTextEdge(int s0, int s1, int t0, int t1, int sourceCount, int targetCount) {
        return s0 == s1 && (s0 == 0 || s0 == sourceCount) || t0 == t1 && (t0 == 0 || t0 == targetCount);
    }

    /**
     * {@code {sourceFrom, sourceTo, targetFrom, targetTo}}: the sentences of {@code path} between its unpaired runs at
     * either end, the part of the document that has a counterpart (the whole document when that part is empty).
     */
    static int[] core(List<ScoredBead> path, int sourceCount, int targetCount) {
        int first = 0;
        while (first < path.size() && !path.get(first).pairs()) {
            first++;
        }
        int last = path.size() - 1;
        while (last >= first && !path.get(last).pairs()) {
            last--;
        }
        if (last < first) {
            return new int[] {0, sourceCount, 0, targetCount};
        }
        return new int[] {path.get(first).sourceStart(), path.get(last).sourceEnd(), path.get(first).targetStart(),
                path.get(last).targetEnd()};
    }
}
