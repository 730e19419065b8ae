// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * Per-sentence multisets of anchor keys on both sides of a document, stored flat so that the keys
 * of a sentence range {@code [s0, s1)} are one contiguous slice. {@link #unmatched} counts the keys
 * of a bead that find no partner on the other side (the size of the multiset symmetric
 * difference). It is O(1) for beads without keys (the common case) and otherwise
 * O(k·(k + m)) for k source and m target keys in the bead, which stays small because beads span
 * few sentences. Immutable.
 */
final class KeyMultisets {

    private final long[] sourceKeys;
    private final int[] sourceStart;
    private final long[] targetKeys;
    private final int[] targetStart;

    /** @param source keys per source sentence; @param target keys per target sentence (arrays are not copied) */
    KeyMultisets(long[][] source, long[][] target) {
        this.sourceStart = starts(source);
        this.sourceKeys = flatten(source, sourceStart);
        this.targetStart = starts(target);
        this.targetKeys = flatten(target, targetStart);
    }

    /** Keys of source sentences {@code [s0, s1)} and target sentences {@code [t0, t1)} left without a partner. */
    int unmatched(int s0, int s1, int t0, int t1) {
        int a0 = sourceStart[s0];
        int a1 = sourceStart[s1];
        int b0 = targetStart[t0];
        int b1 = targetStart[t1];
        if (a0 == a1 || b0 == b1) {
            return (a1 - a0) + (b1 - b0);
        }
        return (a1 - a0) + (b1 - b0) - 2 * common(a0, a1, b0, b1);
    }

    /** Number of keys in the source range; O(1). */
    int sourceCount(int s0, int s1) {
        return sourceStart[s1] - sourceStart[s0];
    }

    /** Number of keys in the target range; O(1). */
    int targetCount(int t0, int t1) {
        return targetStart[t1] - targetStart[t0];
    }

    /** Size of the multiset intersection: Σ over distinct keys of min(count in source, count in target). */
    private int common(int a0, int a1, int b0, int b1) {
        int common = 0;
        for (int p = a0; p < a1; p++) {
            long key = sourceKeys[p];
            if (occurs(sourceKeys, a0, p, key) > 0) {
                continue; // counted at its first occurrence
            }
            common += Math.min(occurs(sourceKeys, p, a1, key), occurs(targetKeys, b0, b1, key));
        }
        return common;
    }

    private static int occurs(long[] keys, int from, int to, long key) {
        int n = 0;
        for (int p = from; p < to; p++) {
            if (keys[p] == key) {
                n++;
            }
        }
        return n;
    }

    private static int[] starts(long[][] keys) {
        int[] start = new int[keys.length + 1];
        for (int i = 0; i < keys.length; i++) {
            start[i + 1] = start[i] + keys[i].length;
        }
        return start;
    }

    private static long[] flatten(long[][] keys, int[] start) {
        long[] flat = new long[start[keys.length]];
        for (int i = 0; i < keys.length; i++) {
            System.arraycopy(keys[i], 0, flat, start[i], keys[i].length);
        }
        return flat;
    }
}
