// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.Objects;

/**
 * One pair of a document under review: source sentences {@code [sourceStart, sourceEnd)} belong
 * with target sentences {@code [targetStart, targetEnd)}. Indexes are absolute, 0-based sentence
 * numbers of the document. A pair always has at least one sentence, on either side; one side may
 * be empty (an addition or omission by the translator).
 *
 * @param status     review status, never {@code null}
 * @param confidence the aligner's probability-like estimate in {@code [0, 1]} that the pair is right, or
 *                   {@code null} when the aligner did not score this pair (a person made or changed it, or it
 *                   came from a bilingual file): nothing else stands in for an estimate
 */
public record PairState(int sourceStart, int sourceEnd, int targetStart, int targetEnd,
                        ReviewStatus status, Double confidence) {

    public PairState {
        Objects.requireNonNull(status, "status");
        if (sourceStart < 0 || targetStart < 0 || sourceEnd < sourceStart || targetEnd < targetStart) {
            throw new IllegalArgumentException("bad pair ranges [" + sourceStart + "," + sourceEnd + ")×["
                    + targetStart + "," + targetEnd + ")");
        }
        if (sourceEnd == sourceStart && targetEnd == targetStart) {
            throw new IllegalArgumentException("a pair needs at least one sentence");
        }
        if (confidence != null && !(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
    }

    /** Number of sentences of {@code side} in this pair, ≥ 0. */
    public int count(Side side) {
        return end(side) - start(side);
    }

    /** First sentence index of {@code side} (the boundary index when that side is empty). */
    public int start(Side side) {
        return side == Side.SOURCE ? sourceStart : targetStart;
    }

    /** One past the last sentence index of {@code side}. */
    public int end(Side side) {
        return side == Side.SOURCE ? sourceEnd : targetEnd;
    }

    /** Whether sentence {@code index} of {@code side} is in this pair. */
    public boolean contains(Side side, int index) {
        return index >= start(side) && index < end(side);
    }

    /** Whether the aligner scored this pair, i.e. it has a confidence. */
    public boolean scored() {
        return confidence != null;
    }

    /** This pair without a confidence: its sentences changed since the aligner scored it. */
    public PairState unscored() {
        return new PairState(sourceStart, sourceEnd, targetStart, targetEnd, status, null);
    }

    /** This pair moved by {@code sourceDelta} and {@code targetDelta} sentences. */
    public PairState shifted(int sourceDelta, int targetDelta) {
        return new PairState(sourceStart + sourceDelta, sourceEnd + sourceDelta,
                targetStart + targetDelta, targetEnd + targetDelta, status, confidence);
    }
}
