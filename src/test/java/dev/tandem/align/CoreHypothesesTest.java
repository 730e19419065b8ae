// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreHypothesesTest {

    @Test
    void straightShouldFollowTheHypothesisThenRunOnToTheEnd() {
        BandCentres centres = CoreHypotheses.straight(4, 8, 6, 8);
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 8, 8}, centres.low());
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 8, 8}, centres.high());
        BandCentres targetLonger = CoreHypotheses.straight(4, 4, 4, 10);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, targetLonger.low());
        assertEquals(10, targetLonger.high()[4], "the last row spans the target's rest");
    }

    @Test
    void extendShouldKeepTheCoreCentresAndRunOnToTheEnd() {
        BandCentres core = BandCentres.diagonal(2, 4);
        BandCentres extended = CoreHypotheses.extend(core, 2, 4, 5, 6);
        assertArrayEquals(new int[] {0, 2, 4, 4, 4, 4}, extended.low());
        assertArrayEquals(new int[] {0, 2, 4, 4, 4, 6}, extended.high());
    }

    @Test
    void expectedRightShouldCountOnlyBeadsThatPairSentences() {
        List<ScoredBead> path = List.of(new ScoredBead(0, 1, 0, 1, 0), new ScoredBead(1, 2, 1, 1, 0),
                new ScoredBead(2, 3, 1, 3, 0));
        assertEquals(0.9 + 0.6, CoreHypotheses.expectedRight(path, new double[] {0.9, 0.99, 0.6}), 1e-12);
    }
}
