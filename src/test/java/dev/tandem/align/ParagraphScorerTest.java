// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParagraphScorerTest {

    // source: paragraphs {0,1} {2}; target: {0} {1,2}
    private final ParagraphScorer scorer = new ParagraphScorer(new int[] {0, 0, 1}, new int[] {0, 1, 1}, 4.0, 3.0);

    @Test
    void beadEndingAtParagraphEndOnBothSidesIsFree() {
        assertEquals(0.0, scorer.cost(0, 2, 0, 1));
        assertEquals(0.0, scorer.cost(2, 3, 1, 3));
    }

    @Test
    void beadEndingAtParagraphEndOnOneSideCostsMismatch() {
        assertEquals(3.0, scorer.cost(0, 1, 0, 1));
    }

    @Test
    void beadSpanningABoundaryCostsCrossing() {
        // source [1,3) contains the boundary at 2; target [1,3) none; both end at the text end
        assertEquals(4.0, scorer.cost(1, 3, 1, 3));
        // spanning on both sides is charged twice
        assertEquals(8.0, scorer.cost(0, 3, 0, 3));
    }
}
