// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * A bead on a search path with its total cost (bead-type prior plus {@link BeadScorer} content
 * cost, −ln P in nats, lower is better). Ranges are half-open sentence index ranges.
 */
public record ScoredBead(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double cost) {

    public ScoredBead {
        if (sourceStart < 0 || targetStart < 0 || sourceEnd < sourceStart || targetEnd < targetStart
                || (sourceEnd == sourceStart && targetEnd == targetStart)) {
            throw new IllegalArgumentException("bad bead ranges");
        }
    }

    /** Whether this bead pairs sentences of both sides, rather than leaving one side's sentences unpaired. */
    public boolean pairs() {
        return sourceEnd > sourceStart && targetEnd > targetStart;
    }

    /** This bead with the given confidence. */
    public Bead withConfidence(double confidence) {
        return new Bead(sourceStart, sourceEnd, targetStart, targetEnd, confidence);
    }
}
