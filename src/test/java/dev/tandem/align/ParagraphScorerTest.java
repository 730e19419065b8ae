// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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

    @Test
    void aRunOfUnpairedSentencesMayHoldWholeParagraphs() {
        // the source's sentences [1,3) left unpaired as one run (GapRuns) cross the boundary at 2 as two 1-0 beads
        // would not; it still ends at the source's end and the target's paragraph end (1 is one): free
        assertEquals(0.0, scorer.cost(1, 3, 1, 1));
        assertEquals(3.0, scorer.cost(0, 2, 2, 2), "it ends at a paragraph end of the source only");
    }

    @Test
    void keepsItsCostsWhereTheParagraphsOfBothSidesEndTogether() {
        // six source sentences in paragraphs of two, three target sentences one per paragraph: each pair of source
        // sentences is one target sentence, and every paragraph end of either side falls on one of the other
        ParagraphScorer full = new ParagraphScorer(new int[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 2}, 4.0, 3.0);
        ParagraphScorer weighed = full.weighedBy(path(2, 1, 2, 1, 2, 1));
        assertEquals(1.0, weighed.weight(), 1e-9);
        assertEquals(3.0, weighed.cost(0, 1, 0, 1));
    }

    @Test
    void dropsItsCostsWhereEachSentenceIsAParagraph() {
        // one sentence per line on both sides, as many files are: every sentence end is a paragraph end, so
        // paragraphs say nothing the sentences do not, and 2-1 beads are no worse for "crossing" them
        int[] source = {0, 1, 2, 3, 4, 5, 6, 7};
        int[] target = {0, 1, 2, 3, 4, 5};
        ParagraphScorer weighed = new ParagraphScorer(source, target, 4.0, 3.0).weighedBy(path(2, 1, 1, 1, 2, 1, 1, 1,
                1, 1, 1, 1));
        assertEquals(0.0, weighed.weight(), 1e-9);
        assertEquals(0.0, weighed.cost(0, 2, 0, 1));
    }

    @Test
    void weighsParagraphsBrokenDifferentlyOnEachSideLow() {
        // paragraphs of three source and four target sentences, 1-1 throughout: their ends meet at 12 alone
        int[] source = new int[24];
        int[] target = new int[24];
        for (int i = 0; i < 24; i++) {
            source[i] = i / 3;
            target[i] = i / 4;
        }
        int[] shapes = new int[48];
        java.util.Arrays.fill(shapes, 1);
        double weight = new ParagraphScorer(source, target, 4.0, 3.0).weighedBy(path(shapes)).weight();
        assertTrue(weight < 0.25, "weight " + weight);
    }

    /** A path from consecutive (source count, target count) shapes. */
    private static List<ScoredBead> path(int... shapes) {
        List<ScoredBead> path = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (int k = 0; k < shapes.length; k += 2) {
            path.add(new ScoredBead(s, s + shapes[k], t, t + shapes[k + 1], 0.0));
            s += shapes[k];
            t += shapes[k + 1];
        }
        return path;
    }
}
