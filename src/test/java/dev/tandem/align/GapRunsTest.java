// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GapRunsTest {

    private static final List<BeadType> TYPES = List.of(BeadType.ofProbability(1, 1, 0.9),
            BeadType.ofProbability(0, 1, 0.01), BeadType.ofProbability(1, 0, 0.02));

    @Test
    void aRunShouldCostOneUnpairedSentenceAndTheExtensionForEachFurtherOne() {
        List<BeadType> types = GapRuns.added(TYPES, 2.0);
        assertEquals(TYPES, types.subList(0, 3));
        assertEquals(new BeadType(4, 0, -Math.log(0.02) + 3 * 2.0), types.get(3));
        assertEquals(new BeadType(0, 4, -Math.log(0.01) + 3 * 2.0), types.get(4));
        assertEquals(new BeadType(0, 16, -Math.log(0.01) + 15 * 2.0), types.get(types.size() - 1));
    }

    @Test
    void runsShouldBeSplitIntoOneBeadPerSentence() {
        List<Bead> split = GapRuns.split(List.of(new Bead(0, 1, 0, 2, 0.9), new Bead(1, 4, 2, 2, 0.6),
                new Bead(4, 4, 2, 4, 0.7), new Bead(4, 5, 4, 4, 0.8)));
        assertEquals(List.of(new Bead(0, 1, 0, 2, 0.9), new Bead(1, 2, 2, 2, 0.6), new Bead(2, 3, 2, 2, 0.6),
                new Bead(3, 4, 2, 2, 0.6), new Bead(4, 4, 2, 3, 0.7), new Bead(4, 4, 3, 4, 0.7),
                new Bead(4, 5, 4, 4, 0.8)), split);
    }
}
