// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * Paragraph boundaries as a strong hint. A lattice point {@code (i, j)} is a boundary on a side when
 * a paragraph starts at that sentence index (or it is the start or end of the text). A bead costs
 * {@code crossingCost} for every boundary strictly inside it (on either side) plus
 * {@code mismatchCost} when its end point is a boundary on one side only. Beads that end at
 * paragraph ends on both sides cost nothing extra. Costs are in nats, ≥ 0, O(1) via prefix sums.
 */
public final class ParagraphScorer implements NonNegativeScorer {

    private final boolean[] sourceBoundary;
    private final boolean[] targetBoundary;
    private final int[] sourceBoundaryPrefix;
    private final int[] targetBoundaryPrefix;
    private final double crossingCost;
    private final double mismatchCost;

    /**
     * @param sourceParagraphs paragraph number per source sentence (non-decreasing), not null
     * @param targetParagraphs paragraph number per target sentence (non-decreasing), not null
     */
    public ParagraphScorer(int[] sourceParagraphs, int[] targetParagraphs, double crossingCost, double mismatchCost) {
        if (!(crossingCost >= 0.0) || !(mismatchCost >= 0.0)) {
            throw new IllegalArgumentException("paragraph costs must be ≥ 0");
        }
        this.sourceBoundary = boundaries(sourceParagraphs);
        this.targetBoundary = boundaries(targetParagraphs);
        this.sourceBoundaryPrefix = prefixCounts(sourceBoundary);
        this.targetBoundaryPrefix = prefixCounts(targetBoundary);
        this.crossingCost = crossingCost;
        this.mismatchCost = mismatchCost;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        int crossings = inside(sourceBoundaryPrefix, s0, s1) + inside(targetBoundaryPrefix, t0, t1);
        double cost = crossingCost * crossings;
        if (sourceBoundary[s1] != targetBoundary[t1]) {
            cost += mismatchCost;
        }
        return cost;
    }

    /** Boundaries at points strictly between {@code from} and {@code to}. */
    private static int inside(int[] prefix, int from, int to) {
        return to - from < 2 ? 0 : prefix[to] - prefix[from + 1];
    }

    private static boolean[] boundaries(int[] paragraphs) {
        int n = paragraphs.length;
        boolean[] boundary = new boolean[n + 1];
        boundary[0] = true;
        boundary[n] = true;
        for (int i = 1; i < n; i++) {
            boundary[i] = paragraphs[i] != paragraphs[i - 1];
        }
        return boundary;
    }

    /** prefix[k] = number of boundary points among 0..k−1. */
    private static int[] prefixCounts(boolean[] boundary) {
        int[] prefix = new int[boundary.length + 1];
        for (int i = 0; i < boundary.length; i++) {
            prefix[i + 1] = prefix[i] + (boundary[i] ? 1 : 0);
        }
        return prefix;
    }
}
