// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The pairings a reviewer rejected, as a cost the aligner will not pay: realigned, a rejected pair is not proposed
 * again as it was (found by using Tandem: rejected, then realigned, the pair came back at confidence 0.997 and "Confirm
 * confident" confirmed it). Other beads over the same sentences stay open.
 */
final class RefusedBeads implements NonNegativeScorer {
    /** The refused beads by their first source sentence (the searches call {@link #cost} millions of times). */
    private final Bead[][] bySourceStart;

    private RefusedBeads(Collection<Bead> beads) {
        int size = beads.stream().mapToInt(Bead::sourceStart).max().orElse(0) + 1;
        List<List<Bead>> lists = new ArrayList<>();
        for (int s = 0; s < size; s++) {
            lists.add(new ArrayList<>());
        }
        beads.forEach(bead -> lists.get(bead.sourceStart()).add(bead));
        bySourceStart = lists.stream().map(list -> list.isEmpty() ? null : list.toArray(Bead[]::new))
                .toArray(Bead[][]::new);
    }

    /** The scorer for {@code beads} (their confidences ignored), or null for none. */
    static RefusedBeads of(Collection<Bead> beads) {
        return beads.isEmpty() ? null : new RefusedBeads(beads);
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        Bead[] starting = s0 < bySourceStart.length ? bySourceStart[s0] : null;
        if (starting != null) {
            for (Bead bead : starting) {
                if (bead.sourceEnd() == s1 && bead.targetStart() == t0 && bead.targetEnd() == t1) {
                    return PROHIBITIVE;
                }
            }
        }
        return 0.0;
    }
}
