// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.Arrays;

/**
 * Counts of (source id, target id) pairs in an open-addressing table of primitive longs, since a
 * boxed map of millions of co-occurrences would dominate both the time and the memory of lexicon
 * learning. Each distinct pair also gets a dense index, in order of first appearance, so that callers
 * can keep per-pair values in plain arrays. Not thread-safe.
 */
final class PairCounter {

    private static final int NONE = -1;

    /** Open-addressing slots: the dense index of the pair in the slot, or {@link #NONE}. */
    private int[] slots = new int[1 << 12];
    private long[] keys = new long[1 << 11];
    private int[] counts = new int[1 << 11];
    private int size;

    PairCounter() {
        Arrays.fill(slots, NONE);
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

    /** Counts one more occurrence of {@code key}; returns its dense index. */
    int add(long key) {
        int slot = slot(key);
        int index = slots[slot];
        if (index == NONE) {
            index = size++;
            if (index == keys.length) {
                keys = Arrays.copyOf(keys, 2 * keys.length);
                counts = Arrays.copyOf(counts, 2 * counts.length);
            }
            keys[index] = key;
            slots[slot] = index;
            if (2 * size > slots.length) {
                rehash();
            }
        }
        counts[index]++;
        return index;
    }

    /** The dense index of {@code key}, or −1 if it was never added. */
    int indexOf(long key) {
        return slots[slot(key)];
    }

    /** Number of distinct pairs. */
    int size() {
        return size;
    }

    /** The pair of dense index {@code index}. */
    long key(int index) {
        return keys[index];
    }

    /** Calls {@code action} with every pair and its count, in order of first appearance. */
    void forEach(java.util.function.ObjLongConsumer<Integer> action) {
        for (int index = 0; index < size; index++) {
            action.accept(counts[index], keys[index]);
        }
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = slots.length - 1;
        int slot = (int) (mix(key) & mask);
        while (slots[slot] != NONE && keys[slots[slot]] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, NONE);
        int mask = slots.length - 1;
        for (int index = 0; index < size; index++) {
            int slot = (int) (mix(keys[index]) & mask);
            while (slots[slot] != NONE) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = index;
        }
    }
}
