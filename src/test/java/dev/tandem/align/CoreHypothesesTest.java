// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreHypothesesTest {

    @Test
    void straightShouldFollowTheHypothesisThenRunOnToTheEnd() {
        BandCentres centres = CoreHypotheses.straight(new CoreHypotheses.Core(0, 4, 0, 8), 6, 8);
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 8, 8}, centres.low());
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 8, 8}, centres.high());
        BandCentres targetLonger = CoreHypotheses.straight(new CoreHypotheses.Core(0, 4, 0, 4), 4, 10);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, targetLonger.low());
        assertEquals(10, targetLonger.high()[4], "the last row spans the target's rest");
    }

    @Test
    void straightShouldRunToALastPartFirst() {
        BandCentres sourceRest = CoreHypotheses.straight(new CoreHypotheses.Core(2, 6, 0, 8), 6, 8);
        assertArrayEquals(new int[] {0, 0, 0, 2, 4, 6, 8}, sourceRest.low());
        assertArrayEquals(new int[] {0, 0, 0, 2, 4, 6, 8}, sourceRest.high());
        BandCentres targetRest = CoreHypotheses.straight(new CoreHypotheses.Core(0, 4, 6, 10), 4, 10);
        assertArrayEquals(new int[] {0, 7, 8, 9, 10}, targetRest.low());
        assertEquals(6, targetRest.high()[0], "the first row spans the target's unpaired start");
    }

    @Test
    void placedShouldKeepTheCoreCentresAndRunOnToTheEnd() {
        BandCentres core = BandCentres.diagonal(2, 4);
        BandCentres first = CoreHypotheses.placed(core, new CoreHypotheses.Core(0, 2, 0, 4), 5, 6);
        assertArrayEquals(new int[] {0, 2, 4, 4, 4, 4}, first.low());
        assertArrayEquals(new int[] {0, 2, 4, 4, 4, 6}, first.high());
        BandCentres last = CoreHypotheses.placed(core, new CoreHypotheses.Core(3, 5, 2, 6), 5, 6);
        assertArrayEquals(new int[] {0, 2, 2, 2, 4, 6}, last.low());
        assertArrayEquals(new int[] {2, 2, 2, 2, 4, 6}, last.high());
    }

    @Test
    void hypothesesShouldCutEitherSideAtItsStartOrItsEnd() {
        List<CoreHypotheses.Core> hypotheses = CoreHypotheses.hypotheses(10, 20);
        assertEquals(4 * CoreHypotheses.SHARES.length, hypotheses.size());
        assertTrue(hypotheses.contains(new CoreHypotheses.Core(0, 5, 0, 20)), "the first half of the source");
        assertTrue(hypotheses.contains(new CoreHypotheses.Core(5, 10, 0, 20)), "the last half of the source");
        assertTrue(hypotheses.contains(new CoreHypotheses.Core(0, 10, 0, 18)), "the first 90 % of the target");
        assertTrue(hypotheses.contains(new CoreHypotheses.Core(0, 10, 2, 20)), "the last 90 % of the target");
    }

    @Test
    void hypothesesShouldTryAPartOfTheShortSidesSizeWhereOneSideIsMuchShorter() {
        List<CoreHypotheses.Core> hypotheses = CoreHypotheses.hypotheses(300, 40);
        assertTrue(hypotheses.contains(new CoreHypotheses.Core(0, 40, 0, 40)), "the source's first 40 sentences");
        assertTrue(hypotheses.contains(new CoreHypotheses.Core(260, 300, 0, 40)), "its last 40");
        assertTrue(hypotheses.contains(new CoreHypotheses.Core(0, 20, 0, 40)), "its first 20");
        assertTrue(hypotheses.contains(new CoreHypotheses.Core(0, 60, 0, 40)), "its first 60");
        assertEquals(4 * CoreHypotheses.SHARES.length, CoreHypotheses.hypotheses(300, 200).size(),
                "sides of comparable size get the shares alone");
    }

    @Test
    void expectedRightShouldCountOnlyBeadsThatPairSentences() {
        List<ScoredBead> path = List.of(new ScoredBead(0, 1, 0, 1, 0), new ScoredBead(1, 2, 1, 1, 0),
                new ScoredBead(2, 3, 1, 3, 0));
        assertEquals(0.9 + 0.6, CoreHypotheses.expectedRight(path, new double[] {0.9, 0.99, 0.6}), 1e-12);
    }
}
