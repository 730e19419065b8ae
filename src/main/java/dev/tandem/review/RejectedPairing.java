// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentences a reviewer rejected as each other's translation, by their texts: what a realignment that replaced the
 * rejected pair still knows of it, so that realigning the stretch again does not propose the pairing once more.
 * Texts are compared by {@link SentenceKey}; a sentence edited since is another sentence, and the rejection lapses.
 *
 * @param source the source sentences of the rejected pair, at least one
 * @param target its target sentences, at least one
 */
public record RejectedPairing(List<String> source, List<String> target) {

    public RejectedPairing {
        source = source.stream().map(SentenceKey::of).toList();
        target = target.stream().map(SentenceKey::of).toList();
        if (source.isEmpty() || target.isEmpty()) {
            throw new IllegalArgumentException("a rejected pairing has sentences on both sides");
        }
    }

    /**
     * The rejected pairs of {@code window} that pair sentences of both sides (a sentence rejected as unpaired names no
     * pairing to avoid).
     */
    public static List<RejectedPairing> in(Window window) {
        List<RejectedPairing> rejected = new ArrayList<>();
        for (PairState pair : window.pairs()) {
            if (pair.status() == ReviewStatus.REJECTED && pair.count(Side.SOURCE) > 0 && pair.count(Side.TARGET) > 0) {
                rejected.add(new RejectedPairing(
                        window.source().subList(pair.sourceStart() - window.sourceStart(),
                                pair.sourceEnd() - window.sourceStart()),
                        window.target().subList(pair.targetStart() - window.targetStart(),
                                pair.targetEnd() - window.targetStart())));
            }
        }
        return rejected;
    }

    /** Every place in {@code stretch} where one of {@code pairings} could be proposed, as beads counted from its start. */
    static Set<Bead> beadsIn(Window stretch, Collection<RejectedPairing> pairings) {
        Set<Bead> beads = new LinkedHashSet<>();
        if (pairings.isEmpty()) {
            return beads;
        }
        List<String> source = stretch.source().stream().map(SentenceKey::of).toList();
        List<String> target = stretch.target().stream().map(SentenceKey::of).toList();
        Map<String, List<Integer>> sourceAt = positions(source);
        Map<String, List<Integer>> targetAt = positions(target);
        for (RejectedPairing pairing : pairings) {
            for (int s : sourceAt.getOrDefault(pairing.source.get(0), List.of())) {
                if (!runs(source, s, pairing.source)) {
                    continue;
                }
                for (int t : targetAt.getOrDefault(pairing.target.get(0), List.of())) {
                    if (runs(target, t, pairing.target)) {
                        beads.add(new Bead(s, s + pairing.source.size(), t, t + pairing.target.size(), 0.0));
                    }
                }
            }
        }
        return beads;
    }

    private static Map<String, List<Integer>> positions(List<String> keys) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            positions.computeIfAbsent(keys.get(k), key -> new ArrayList<>()).add(k);
        }
        return positions;
    }

    private static boolean runs(List<String> keys, int from, List<String> run) {
        return from + run.size() <= keys.size() && keys.subList(from, from + run.size()).equals(run);
    }
}
