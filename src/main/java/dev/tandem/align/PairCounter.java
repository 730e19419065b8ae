// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * Counts of (source id, target id) pairs in an open-addressing table of primitive longs, since a
 * boxed map of millions of co-occurrences would dominate both the time and the memory of lexicon
 * learning. Not thread-safe.
 */
final class PairCounter {

    private static final long EMPTY = -1L;

    private long[] keys = new long[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;

    PairCounter() {
        java.util.Arrays.fill(keys, EMPTY);
    }

    static long key(int source, int target) {
        return ((long) source << 32) | (target & 0xffffffffL);
    }

    static int source(long key) {
        return (int) (key >>> 32);
    }

    static int target(long key) {
        return (int) key;
    }

    void add(long key) {
        int slot = slot(keys, key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
            if (2 * size > keys.length) {
                grow();
                slot = slot(keys, key);
            }
        }
        counts[slot]++;
    }

    /** Calls {@code action} with every pair and its count, in no particular order. */
    void forEach(java.util.function.ObjLongConsumer<Integer> action) {
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != EMPTY) {
                action.accept(counts[s], keys[s]);
            }
        }
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int slot = (int) (mix(key) & mask);
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                int slot = slot(keys, oldKeys[s]);
                keys[slot] = oldKeys[s];
                counts[slot] = oldCounts[s];
            }
        }
    }
}
