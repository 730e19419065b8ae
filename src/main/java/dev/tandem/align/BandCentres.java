// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.List;

/**
 * Where a {@link Band} is centred: for every row {@code i ∈ [0, S]} the target positions
 * {@code [low[i], high[i]]} the band must hold with its radius on either side; both
 * non-decreasing in {@code i}, within {@code [0, T]}. A row spans more than one position where a
 * path holds several lattice points in it (a 0-n bead).
 */
record BandCentres(int[] low, int[] high) {

    /** The straight diagonal {@code round(i·T/S)}. */
    static BandCentres diagonal(int sourceCount, int targetCount) {
        int[] centres = new int[sourceCount + 1];
        for (int i = 0; i <= sourceCount; i++) {
            centres[i] = sourceCount == 0 ? 0 : (int) Math.round((double) i * targetCount / sourceCount);
        }
        centres[sourceCount] = targetCount;
        return new BandCentres(centres, centres);
    }

    /**
     * The piecewise-linear curve through the lattice points of {@code path}, each scaled by
     * {@code sourceScale} and {@code targetScale} and clipped to the lattice (a path over blocks of
     * sentences then guides the search over sentences). Rows inside a many-to-one bead are
     * interpolated; a row holding several points spans from the first to the last.
     */
    static BandCentres along(List<ScoredBead> path, int sourceScale, int targetScale, int sourceCount, int targetCount) {
        int[] low = new int[sourceCount + 1];
        int[] high = new int[sourceCount + 1];
        int previousRow = 0;
        int previousColumn = 0;
        for (ScoredBead bead : path) {
            int row = Math.min(sourceCount, bead.sourceEnd() * sourceScale);
            int column = Math.min(targetCount, bead.targetEnd() * targetScale);
            if (row == previousRow) {
                high[row] = Math.max(high[row], column);
            } else {
                for (int i = previousRow + 1; i <= row; i++) {
                    int j = previousColumn + (int) Math.round((double) (column - previousColumn) * (i - previousRow) / (row - previousRow));
                    low[i] = j;
                    high[i] = j;
                }
                low[row] = Math.min(low[row], column);
            }
            previousRow = row;
            previousColumn = column;
        }
        for (int i = previousRow + 1; i <= sourceCount; i++) {
            low[i] = targetCount;
            high[i] = targetCount;
        }
        high[sourceCount] = targetCount;
        return new BandCentres(low, high);
    }

    int rows() {
        return low.length;
    }
}
