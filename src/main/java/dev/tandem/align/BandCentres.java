// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.List;

/**
 * Where a {@link Band} is centred: for every row {@code i ∈ [0, S]} a target position in
 * {@code [0, T]}, non-decreasing in {@code i}, starting at 0 and ending at {@code T}.
 */
final class BandCentres {

    private BandCentres() {
    }

    /** The straight diagonal {@code round(i·T/S)}. */
    static int[] diagonal(int sourceCount, int targetCount) {
        int[] centres = new int[sourceCount + 1];
        for (int i = 0; i <= sourceCount; i++) {
            centres[i] = sourceCount == 0 ? 0 : (int) Math.round((double) i * targetCount / sourceCount);
        }
        centres[sourceCount] = targetCount;
        return centres;
    }

    /**
     * The piecewise-linear curve through the end points of {@code path}'s beads, each scaled by
     * {@code sourceScale} and {@code targetScale} and clipped to the lattice (a path over blocks of
     * sentences then guides the search over sentences). Rows inside a many-to-one bead are
     * interpolated; a row holding several points (0-n beads) takes the first.
     */
    static int[] along(List<ScoredBead> path, int sourceScale, int targetScale, int sourceCount, int targetCount) {
        int[] centres = new int[sourceCount + 1];
        int previousRow = 0;
        int previousColumn = 0;
        for (ScoredBead bead : path) {
            int row = Math.min(sourceCount, bead.sourceEnd() * sourceScale);
            int column = Math.min(targetCount, bead.targetEnd() * targetScale);
            for (int i = previousRow + 1; i <= row; i++) {
                centres[i] = previousColumn + (int) Math.round((double) (column - previousColumn) * (i - previousRow) / (row - previousRow));
            }
            if (row > previousRow) {
                previousRow = row;
                previousColumn = column;
            }
        }
        for (int i = previousRow + 1; i <= sourceCount; i++) {
            centres[i] = targetCount;
        }
        centres[sourceCount] = targetCount;
        return centres;
    }
}
