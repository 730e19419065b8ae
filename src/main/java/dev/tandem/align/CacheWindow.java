// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * The column window {@code [start, end)} of one row of a per-row cache over {@code [0, limit)}, as the banded
 * scorers keep them: a row caches only the columns near the band. A column outside the window widens it at least
 * to twice its width, so a row is reallocated O(log width) times however often the passes move across it; growing
 * by a fixed step reallocated and copied (and NaN-filled) the row at every step.
 */
record CacheWindow(int start, int end) {

    /** Columns taken in on either side of the first column a row is asked for. */
    static final int INITIAL_REACH = 16;

    /** The window of a row first asked for {@code column}. */
    static CacheWindow first(int column, int limit) {
        return new CacheWindow(Math.max(0, column - INITIAL_REACH), Math.min(limit, column + INITIAL_REACH + 1));
    }

    /** The window of a row that held {@code [start, start + width)} and is asked for {@code column} outside it. */
    static CacheWindow grown(int start, int width, int column, int limit) {
        if (width == 0) {
            return first(column, limit);
        }
        int end = start + width;
        int newStart = column < start ? Math.max(0, Math.min(column - INITIAL_REACH, start - width)) : start;
        int newEnd = column >= end ? Math.min(limit, Math.max(column + INITIAL_REACH + 1, end + width)) : end;
        return new CacheWindow(newStart, newEnd);
    }

    int width() {
        return end - start;
    }
}
