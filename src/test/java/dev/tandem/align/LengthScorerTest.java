// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LengthScorerTest {

    @Test
    void matchingOneToOneCostsLessThanMismatched() {
        LengthScorer scorer = new LengthScorer(new int[] {50, 90}, new int[] {50, 90}, 6.8);
        assertTrue(scorer.cost(0, 1, 0, 1) < scorer.cost(0, 1, 1, 2));
        assertTrue(scorer.cost(0, 1, 0, 1) >= 0.0);
    }

    @Test
    void perfectMatchCostsNothingAndNullBeadsCostNothing() {
        LengthScorer scorer = new LengthScorer(new int[] {40}, new int[] {40}, 6.8);
        assertEquals(0.0, scorer.cost(0, 1, 0, 1), 1e-6);
        assertEquals(0.0, scorer.cost(0, 1, 0, 0));
        assertEquals(0.0, scorer.cost(0, 0, 0, 1));
    }

    @Test
    void tailMatchesTheNormalDistribution() {
        // 2·(1 − Φ(1.96)) = 0.05
        assertEquals(Math.log(0.05), LengthScorer.lnTwoSidedTail(1.959964), 1e-5);
        assertEquals(0.0, LengthScorer.lnTwoSidedTail(0.0), 1e-6);
        // far in the tail the log stays finite and ≈ −δ²/2
        double far = LengthScorer.lnTwoSidedTail(40.0);
        assertTrue(Double.isFinite(far) && far < -800 && far > -805, "got " + far);
    }

    @Test
    void ratioIsNormalisedByTheDocument() {
        // a zh-like side with a third of the characters: 10 ↔ 30 is a perfect match there
        LengthScorer scorer = new LengthScorer(new int[] {10, 20}, new int[] {30, 60}, 6.8);
        assertEquals(3.0, scorer.ratio(), 1e-12);
        assertEquals(0.0, scorer.delta(0, 1, 0, 1), 1e-12);
        assertTrue(scorer.cost(0, 1, 0, 1) < scorer.cost(0, 1, 1, 2));
    }

    @Test
    void countsCodePointsNotCharsOrBytes() {
        assertEquals(List.of(2, 3), toList(LengthScorer.codePointLengths(List.of("𠀀字", "abc"))));
    }

    @Test
    void varianceEstimateIsRobust() {
        int[] source = new int[41];
        int[] target = new int[41];
        for (int k = 0; k < 40; k++) {
            source[k] = 100;
            target[k] = k % 2 == 0 ? 110 : 90;
        }
        source[40] = 100;
        target[40] = 1000; // one wild outlier must not dominate
        LengthScorer scorer = new LengthScorer(source, target, 6.8);
        List<ScoredBead> path = new java.util.ArrayList<>();
        for (int k = 0; k <= 40; k++) {
            path.add(new ScoredBead(k, k + 1, k, k + 1, 0));
        }
        double expectedSquare = Math.pow(100 - scorer.ratio() * 100 + 10, 2) / (scorer.ratio() * 100);
        double estimate = scorer.estimateVariance(path, 20, -1);
        assertTrue(estimate > 0 && estimate < 10 * expectedSquare / 0.455, "estimate " + estimate);
        assertEquals(-1, scorer.estimateVariance(path.subList(0, 5), 20, -1));
    }

    private static List<Integer> toList(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
