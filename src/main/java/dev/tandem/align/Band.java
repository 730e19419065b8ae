// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * The searched part of the alignment lattice: for every row {@code i ∈ [0, rows)} (source prefix
 * length) the column window {@code [lo(i), hi(i))} of target prefix lengths. Windows are non-empty,
 * their bounds non-decreasing in {@code i}, consecutive windows overlap (so 1-0 and 0-1 steps
 * connect {@code (0,0)} with the last cell), and cells are numbered row by row so a search can keep
 * one flat array of size {@link #cellCount()} — linear in document length for a fixed radius.
 */
final class Band {

    private final int[] lo;
    private final int[] hi;
    private final long[] offset;
    private final int radius;

    private Band(int[] lo, int[] hi, int radius) {
        this.lo = lo;
        this.hi = hi;
        this.radius = radius;
        this.offset = new long[lo.length + 1];
        for (int i = 0; i < lo.length; i++) {
            offset[i + 1] = offset[i] + (hi[i] - lo[i]);
        }
    }

    /**
     * Window of half-width {@code radius} around the diagonal {@code round(i·T/S)}, clipped to
     * {@code [0, T]} and stretched where needed to keep consecutive rows connected.
     */
    static Band diagonal(int sourceCount, int targetCount, int radius) {
        return around(BandCentres.diagonal(sourceCount, targetCount), targetCount, radius);
    }

    /**
     * Window reaching {@code radius} below {@code centres.low()[i]} and above
     * {@code centres.high()[i]} for every row {@code i}, clipped to
     * {@code [0, T]} and stretched where needed so that row 0 holds {@code (0, 0)}, the last row
     * holds {@code (S, T)} and consecutive rows stay connected.
     */
    static Band around(BandCentres centres, int targetCount, int radius) {
        if (radius < 1) {
            throw new IllegalArgumentException("radius must be ≥ 1: " + radius);
        }
        int rows = centres.rows();
        int[] lo = new int[rows];
        int[] hi = new int[rows];
        for (int i = 0; i < rows; i++) {
            lo[i] = (int) Math.max(0, (long) centres.low()[i] - radius);
            hi[i] = (int) Math.min(targetCount + 1L, (long) centres.high()[i] + radius + 1L);
        }
        lo[0] = 0;
        hi[rows - 1] = targetCount + 1; // a zero-row document must still reach (0, T)
        for (int i = 1; i < rows; i++) {
            // keep windows overlapping, so the 1-0 step from the previous row always lands inside
            lo[i] = Math.max(lo[i - 1], Math.min(lo[i], hi[i - 1] - 1));
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        return new Band(lo, hi, radius);
    }

    int rows() {
        return lo.length;
    }

    int lo(int row) {
        return lo[row];
    }

    int hi(int row) {
        return hi[row];
    }

    int radius() {
        return radius;
    }

    boolean contains(int row, int column) {
        return row >= 0 && row < lo.length && column >= lo[row] && column < hi[row];
    }

    /** Flat index of a cell inside the band; callers check {@link #contains} first. */
    int index(int row, int column) {
        return (int) (offset[row] + column - lo[row]);
    }

    long cellCount() {
        return offset[lo.length];
    }

    /** True when the window of {@code row} is cut by the band (not by the lattice) within {@code margin} of {@code column}. */
    boolean nearEdge(int row, int column, int targetCount, int margin) {
        return (lo[row] > 0 && column - lo[row] < margin) || (hi[row] <= targetCount && hi[row] - 1 - column < margin);
    }
}
