// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * An aligned bead: source sentences {@code [sourceStart, sourceEnd)} correspond to target
 * sentences {@code [targetStart, targetEnd)}. Indices are 0-based sentence numbers. One side may be
 * empty (an insertion {@code 0-n} or deletion {@code n-0}), never both.
 *
 * @param confidence probability-like value in {@code [0, 1]}; bigger means more likely right
 */
public record Bead(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double confidence) {

    public Bead {
        if (sourceStart < 0 || targetStart < 0 || sourceEnd < sourceStart || targetEnd < targetStart) {
            throw new IllegalArgumentException("bad bead ranges [" + sourceStart + "," + sourceEnd + ")×["
                    + targetStart + "," + targetEnd + ")");
        }
        if (sourceEnd == sourceStart && targetEnd == targetStart) {
            throw new IllegalArgumentException("a bead needs at least one sentence");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
    }

    /** Whether this bead pairs sentences of both sides, rather than leaving one side's sentences unpaired. */
    public boolean pairs() {
        return sourceEnd > sourceStart && targetEnd > targetStart;
    }

    /** Number of source sentences in this bead. */
    public int sourceCount() {
        return sourceEnd - sourceStart;
    }

    /** Number of target sentences in this bead. */
    public int targetCount() {
        return targetEnd - targetStart;
    }
}
