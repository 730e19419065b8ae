// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.List;

/**
 * A contiguous stretch of a document under review: the pairs at positions
 * {@code [firstPair, firstPair + pairs.size())}, the source sentences
 * {@code [sourceStart, sourceStart + source.size())} with their texts, and the target sentences
 * likewise. Positions and sentence indexes are absolute (0-based in the whole document).
 *
 * <p>Invariant, checked on construction: the pairs tile exactly the window's sentences of both
 * sides, in order: the first pair starts at {@code sourceStart}/{@code targetStart}, each pair
 * starts where the previous one ends, the last one ends at {@link #sourceEnd()}/{@link #targetEnd()},
 * and every pair has at least one sentence. A window without pairs has no sentences. A window that
 * covers a whole document (starting at 0) is the document. Instances are immutable.
 */
public record Window(int firstPair, int sourceStart, int targetStart,
                     List<String> source, List<String> target, List<PairState> pairs) {

    public Window {
        if (firstPair < 0 || sourceStart < 0 || targetStart < 0) {
            throw new IllegalArgumentException("window starts must be ≥ 0: pair " + firstPair
                    + ", source " + sourceStart + ", target " + targetStart);
        }
        source = List.copyOf(source);
        target = List.copyOf(target);
        pairs = List.copyOf(pairs);
        int s = sourceStart;
        int t = targetStart;
        for (int k = 0; k < pairs.size(); k++) {
            PairState pair = pairs.get(k);
            if (pair.sourceStart() != s || pair.targetStart() != t) {
                throw new IllegalArgumentException("pair " + (firstPair + k) + " starts at source " + pair.sourceStart()
                        + ", target " + pair.targetStart() + " instead of source " + s + ", target " + t);
            }
            s = pair.sourceEnd();
            t = pair.targetEnd();
        }
        if (s != sourceStart + source.size() || t != targetStart + target.size()) {
            throw new IllegalArgumentException("pairs end at source " + s + ", target " + t + " but the sentences end at source "
                    + (sourceStart + source.size()) + ", target " + (targetStart + target.size()));
        }
    }

    /** A whole document: pairs from position 0, sentences from index 0. */
    public static Window document(List<String> source, List<String> target, List<PairState> pairs) {
        return new Window(0, 0, 0, source, target, pairs);
    }

    /** One past the last pair position. */
    public int endPair() {
        return firstPair + pairs.size();
    }

    /** One past the last source sentence index. */
    public int sourceEnd() {
        return sourceStart + source.size();
    }

    /** One past the last target sentence index. */
    public int targetEnd() {
        return targetStart + target.size();
    }

    /** The sentence texts of {@code side}, in order. */
    public List<String> sentences(Side side) {
        return side == Side.SOURCE ? source : target;
    }

    /** Absolute index of the first sentence of {@code side}. */
    public int sentenceStart(Side side) {
        return side == Side.SOURCE ? sourceStart : targetStart;
    }

    /** One past the absolute index of the last sentence of {@code side}. */
    public int sentenceEnd(Side side) {
        return sentenceStart(side) + sentences(side).size();
    }

    /** Whether the pair at absolute {@code position} is in this window. */
    public boolean containsPair(int position) {
        return position >= firstPair && position < endPair();
    }

    /** Whether sentence {@code index} (absolute) of {@code side} is in this window. */
    public boolean containsSentence(Side side, int index) {
        return index >= sentenceStart(side) && index < sentenceEnd(side);
    }

    /** The pair at absolute {@code position}; {@link IllegalArgumentException} if it is outside this window. */
    public PairState pairAt(int position) {
        if (!containsPair(position)) {
            throw new IllegalArgumentException("pair " + position + " is outside [" + firstPair + "," + endPair() + ")");
        }
        return pairs.get(position - firstPair);
    }

    /** The text of sentence {@code index} (absolute) of {@code side}; {@link IllegalArgumentException} if outside. */
    public String sentence(Side side, int index) {
        if (!containsSentence(side, index)) {
            throw new IllegalArgumentException(side.label() + " sentence " + index + " is outside this window");
        }
        return sentences(side).get(index - sentenceStart(side));
    }

    /** The texts of the {@code side} sentences of the pair at {@code position}. */
    public List<String> sentencesOf(int position, Side side) {
        PairState pair = pairAt(position);
        int base = sentenceStart(side);
        return sentences(side).subList(pair.start(side) - base, pair.end(side) - base);
    }

    /**
     * Position of the pair holding sentence {@code index} (absolute) of {@code side};
     * {@link IllegalArgumentException} if the sentence is outside this window.
     */
    public int positionOf(Side side, int index) {
        if (!containsSentence(side, index)) {
            throw new IllegalArgumentException(side.label() + " sentence " + index + " is outside this window");
        }
        int lo = 0;
        int hi = pairs.size() - 1;
        // binary search on pair ends: the first pair whose end exceeds index holds it (empty sides never do)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs.get(mid).end(side) <= index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return firstPair + lo;
    }

    /**
     * The sub-window of the pairs at positions {@code [fromPair, toPair)} with their sentences, as a
     * server loads the neighbourhood of a pair. An empty range is allowed and yields an empty window
     * anchored at that boundary. {@link IllegalArgumentException} if the range is not inside this window.
     */
    public Window slice(int fromPair, int toPair) {
        if (fromPair < firstPair || toPair > endPair() || fromPair > toPair) {
            throw new IllegalArgumentException("pairs [" + fromPair + "," + toPair + ") are not inside ["
                    + firstPair + "," + endPair() + ")");
        }
        int s0 = boundary(fromPair, Side.SOURCE);
        int s1 = boundary(toPair, Side.SOURCE);
        int t0 = boundary(fromPair, Side.TARGET);
        int t1 = boundary(toPair, Side.TARGET);
        return new Window(fromPair, s0, t0,
                source.subList(s0 - sourceStart, s1 - sourceStart),
                target.subList(t0 - targetStart, t1 - targetStart),
                pairs.subList(fromPair - firstPair, toPair - firstPair));
    }

    /** The sentence index of {@code side} where the pair at {@code position} starts (or the window ends). */
    private int boundary(int position, Side side) {
        return position == endPair() ? sentenceEnd(side) : pairs.get(position - firstPair).start(side);
    }
}
