// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.Objects;

/**
 * One edit of a document: the window {@code before} is replaced by {@code after}. Both windows start
 * at the same place (same {@code firstPair}, {@code sourceStart} and {@code targetStart}); every pair
 * and sentence after the window moves by {@link #pairDelta()}, {@link #sourceDelta()} and
 * {@link #targetDelta()}. Pairs that the edit does not touch are, as far as possible, left out of the
 * windows, so {@code after} is what has to be stored and redrawn. A change whose windows are equal
 * changes nothing.
 */
public record Change(Window before, Window after) {

    public Change {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.firstPair() != after.firstPair() || before.sourceStart() != after.sourceStart()
                || before.targetStart() != after.targetStart()) {
            throw new IllegalArgumentException("before and after must start at the same pair and sentences");
        }
    }

    /** Pairs added (positive) or removed (negative). */
    public int pairDelta() {
        return after.pairs().size() - before.pairs().size();
    }

    /** Source sentences added (positive) or removed (negative). */
    public int sourceDelta() {
        return after.source().size() - before.source().size();
    }

    /** Target sentences added (positive) or removed (negative). */
    public int targetDelta() {
        return after.target().size() - before.target().size();
    }

    /** The change that undoes this one: {@code after} replaced by {@code before}. */
    public Change inverse() {
        return new Change(after, before);
    }

    /** Whether applying this change leaves the document as it was. */
    public boolean isNoOp() {
        return before.equals(after);
    }
}
