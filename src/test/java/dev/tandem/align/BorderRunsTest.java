// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BorderRunsTest {

    private static final List<BeadType> TYPES = List.of(BeadType.ofProbability(1, 1, 0.9),
            BeadType.ofProbability(0, 1, 0.01), BeadType.ofProbability(1, 0, 0.01));

    @Test
    void shouldDiscountEveryUnpairedSentenceOfARunAtAnEndButItsFirst() {
        BorderRuns runs = BorderRuns.of(TYPES, 10, 12);
        double discount = -Math.log(0.01) - BorderRuns.EXTEND;
        // a leading run of the target: its first sentence costs as any unpaired one, the next ones the discount less
        assertEquals(0.0, runs.cost(0, 0, 0, 1));
        assertEquals(-discount, runs.cost(0, 0, 1, 2), 1e-12);
        // a trailing run of the target ends at the last cell: the beads before its last one are discounted
        assertEquals(-discount, runs.cost(10, 10, 10, 11), 1e-12);
        assertEquals(0.0, runs.cost(10, 10, 11, 12));
        // the same for the source, down the first and the last column
        assertEquals(-discount, runs.cost(3, 4, 0, 0), 1e-12);
        assertEquals(0.0, runs.cost(0, 1, 0, 0));
        assertEquals(-discount, runs.cost(5, 6, 12, 12), 1e-12);
        assertEquals(0.0, runs.cost(9, 10, 12, 12));
        // an unpaired sentence in the middle, and every pair, keep their cost
        assertEquals(0.0, runs.cost(4, 4, 5, 6));
        assertEquals(0.0, runs.cost(4, 5, 5, 6));
        assertEquals(-discount, runs.floor(false), 1e-12);
        assertEquals(0.0, runs.floor(true));
    }

    @Test
    void shouldGiveNoDiscountWhenAnUnpairedSentenceCostsLessThanARunsNextOne() {
        assertNull(BorderRuns.of(List.of(BeadType.ofProbability(1, 1, 0.5), BeadType.ofProbability(0, 1, 0.5),
                BeadType.ofProbability(1, 0, 0.5)), 10, 12));
    }

    @Test
    void coreShouldBeThePathBetweenItsUnpairedEnds() {
        List<ScoredBead> path = List.of(new ScoredBead(0, 0, 0, 1, 0), new ScoredBead(0, 0, 1, 2, 0),
                new ScoredBead(0, 1, 2, 3, 0), new ScoredBead(1, 1, 3, 4, 0), new ScoredBead(1, 2, 4, 5, 0),
                new ScoredBead(2, 3, 5, 5, 0));
        assertArrayEquals(new int[] {0, 2, 2, 5}, BorderRuns.core(path, 3, 5));
        assertArrayEquals(new int[] {0, 3, 0, 5}, BorderRuns.core(List.of(new ScoredBead(0, 3, 5, 5, 0),
                new ScoredBead(3, 3, 0, 5, 0)), 3, 5));
    }
}
