// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountRatioPriorsTest {

    private static final List<BeadType> BASE = AlignerSettings.DEFAULT_BEAD_TYPES;

    private static double probability(List<BeadType> types, int source, int target) {
        return types.stream().filter(t -> t.source() == source && t.target() == target).findFirst().orElseThrow().probability();
    }

    @Test
    void moreTargetSentencesFavourOneToMany() {
        List<BeadType> adapted = CountRatioPriors.adapt(BASE, 100, 133, 1.0);
        assertTrue(probability(adapted, 1, 2) > probability(adapted, 2, 1));
        assertTrue(probability(adapted, 1, 3) > probability(BASE, 1, 3));
        double mean = 0;
        double total = 0;
        for (BeadType type : adapted) {
            mean += type.probability() * (type.target() - 1.33 * type.source());
            total += type.probability();
        }
        assertEquals(1.0, total, 1e-9);
        assertEquals(0.0, mean / total, 1e-6);
    }

    @Test
    void zeroStrengthOrEmptySideKeepsBase() {
        assertEquals(BASE, CountRatioPriors.adapt(BASE, 100, 133, 0.0));
        assertEquals(BASE, CountRatioPriors.adapt(BASE, 0, 5, 1.0));
    }
}
