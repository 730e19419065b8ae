// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A document with one side's sentences of some gold beads removed, as a translator who left a passage out gives it:
 * that side's remaining sentences and the other gold beads with that side renumbered.
 *
 * @param kept     the cut side's sentences that remain
 * @param rest     the gold beads outside the passage, indices of the cut side renumbered
 * @param orphans  the other side's sentences of the passage, which now have no counterpart
 */
public record LeftOutPassage(List<String> kept, Set<EvalScorer.Alignment> rest, Set<Integer> orphans) {

    /**
     * {@code gold} with the sentences of {@code omitted} (a run of its beads) removed from {@code cutSide}: the target's
     * sentences when {@code fromTranslation}, the source's else.
     */
    public static LeftOutPassage of(List<EvalScorer.Alignment> gold, List<EvalScorer.Alignment> omitted,
                                    List<String> cutSide, boolean fromTranslation) {
        Set<Integer> removed = new HashSet<>();
        Set<Integer> orphans = new HashSet<>();
        for (EvalScorer.Alignment bead : omitted) {
            removed.addAll(fromTranslation ? bead.target() : bead.source());
            orphans.addAll(fromTranslation ? bead.source() : bead.target());
        }
        List<String> kept = new ArrayList<>();
        int[] newIndex = new int[cutSide.size()];
        for (int i = 0; i < cutSide.size(); i++) {
            newIndex[i] = removed.contains(i) ? -1 : kept.size();
            if (!removed.contains(i)) {
                kept.add(cutSide.get(i));
            }
        }
        Set<EvalScorer.Alignment> rest = new HashSet<>();
        for (EvalScorer.Alignment bead : gold) {
            if (!omitted.contains(bead)) {
                List<Integer> renumbered = (fromTranslation ? bead.target() : bead.source()).stream()
                        .map(i -> newIndex[i]).toList();
                rest.add(fromTranslation ? new EvalScorer.Alignment(bead.source(), renumbered)
                        : new EvalScorer.Alignment(renumbered, bead.target()));
            }
        }
        return new LeftOutPassage(kept, rest, orphans);
    }
}
