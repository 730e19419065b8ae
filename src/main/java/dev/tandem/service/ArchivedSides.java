// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.Side;
import java.util.Arrays;

/**
 * The sentence keys of an archived document, both sides, to check its pairs against: each key on a side is used once,
 * keys grow, and the pairs, in order, cover every sentence exactly once with ranges that neither overlap nor hold a
 * count other than the sentences in them. Keys only (8 bytes a sentence), not rows.
 */
final class ArchivedSides {
    private final long[][] keys = {new long[64], new long[64]};
    private final int[] sizes = new int[2];
    private final long[] pairedTo = {Long.MIN_VALUE, Long.MIN_VALUE};
    private final int[] paired = new int[2];
    private long lastPair = Long.MIN_VALUE;
    private int pairs;

    void addSentence(Side side, long ord) {
        int s = side.ordinal();
        if (sizes[s] > 0 && ord <= keys[s][sizes[s] - 1]) {
            throw ProjectArchive.invalid("The " + name(side) + " sentence with key " + ord + " comes after the one"
                    + " with key " + keys[s][sizes[s] - 1] + ": keys must grow.");
        }
        if (sizes[s] == keys[s].length) {
            keys[s] = Arrays.copyOf(keys[s], sizes[s] * 2);
        }
        keys[s][sizes[s]++] = ord;
    }

    void addPair(ProjectArchive.PairRow pair) {
        pairs++;
        if (pair.ord() <= lastPair && pairs > 1) {
            throw ProjectArchive.invalid("Pair " + pairs + " has the key " + pair.ord() + ", not above the pair"
                    + " before it: keys must grow.");
        }
        lastPair = pair.ord();
        cover(Side.SOURCE, pair.sourceFrom(), pair.sourceTo(), pair.sourceCount());
        cover(Side.TARGET, pair.targetFrom(), pair.targetTo(), pair.targetCount());
    }

    /** After the last pair: every sentence of both sides is in one. */
    void checkCovered() {
        for (Side side : Side.values()) {
            int s = side.ordinal();
            if (paired[s] != sizes[s]) {
                throw ProjectArchive.invalid("The pairs cover " + paired[s] + " " + name(side) + " sentences of "
                        + sizes[s] + ": each sentence must be in exactly one pair.");
            }
        }
    }

    private void cover(Side side, long from, long to, int count) {
        int s = side.ordinal();
        if (to < from || from < pairedTo[s] && count > 0) {
            throw ProjectArchive.invalid("Pair " + pairs + " covers the " + name(side) + " keys [" + from + ", " + to
                    + "), which overlap the pair before it or run backwards.");
        }
        int inRange = count > 0 ? lowerBound(s, to) - lowerBound(s, from) : 0;
        if (count < 0 || inRange != count) {
            throw ProjectArchive.invalid("Pair " + pairs + " says it has " + count + " " + name(side) + " sentences"
                    + " in the keys [" + from + ", " + to + "), which hold " + inRange + ": it names sentences the"
                    + " document has not.");
        }
        if (count > 0) {
            pairedTo[s] = to;
        }
        paired[s] += count;
    }

    private int lowerBound(int s, long key) {
        int found = Arrays.binarySearch(keys[s], 0, sizes[s], key);
        return found >= 0 ? found : -found - 1;
    }

    private static String name(Side side) {
        return side == Side.SOURCE ? "source" : "target";
    }
}
