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

    private static boolean has(List<BeadType> types, int source, int target) {
        return types.stream().anyMatch(t -> t.source() == source && t.target() == target);
    }

    @Test
    void extraShapesEnterOnlyWhereTheCountRatioCallsForThem() {
        List<BeadType> extra = AlignerSettings.DEFAULT_EXTRA_BEAD_TYPES;
        // balanced counts: today's shapes and priors exactly
        assertEquals(CountRatioPriors.adapt(BASE, 100, 105, 1.0), CountRatioPriors.adapt(BASE, extra, 100, 105, 1.0));
        // two thirds more target sentences (a Chinese novel in English): 1-5, not its mirror
        List<BeadType> longer = CountRatioPriors.adapt(BASE, extra, 100, 166, 1.0);
        assertTrue(has(longer, 1, 5) && !has(longer, 5, 1), longer.toString());
        List<BeadType> shorter = CountRatioPriors.adapt(BASE, extra, 166, 100, 1.0);
        assertTrue(has(shorter, 5, 1) && !has(shorter, 1, 5), shorter.toString());
        // the common shapes keep the tilt they have without the extra one; all priors sum to 1
        List<BeadType> without = CountRatioPriors.adapt(BASE, 100, 166, 1.0);
        assertTrue(probability(longer, 1, 2) < probability(without, 1, 2));
        assertEquals(probability(without, 1, 2) / probability(without, 1, 1),
                probability(longer, 1, 2) / probability(longer, 1, 1), 1e-9);
        assertEquals(1.0, longer.stream().mapToDouble(BeadType::probability).sum(), 1e-9);
    }

    @Test
    void extraShapesMayNotRepeatOrLeaveASideEmpty() {
        List<BeadType> repeated = List.of(BeadType.ofProbability(1, 2, 0.01));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> withExtra(repeated));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> withExtra(List.of(BeadType.ofProbability(0, 2, 0.01))));
    }

    private static AlignerSettings withExtra(List<BeadType> extra) {
        AlignerSettings d = AlignerSettings.defaults();
        return new AlignerSettings(d.beadTypes(), extra, d.countRatioStrength(), d.bandRadius(), d.bandMargin(),
                d.bandGrowth(), d.lengthVariance(), d.estimateVariance(), d.varianceScale(), d.paragraphCrossingCost(),
                d.paragraphMismatchCost(), d.confidenceTemperature(), d.rareShapePrior(), d.rareShapeConfidence(),
                d.anchorCosts(), d.lexiconWeight());
    }
}
