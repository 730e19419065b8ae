// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link Aligner} contract, run against every search implementation. */
abstract class AlignerContractTest {

    static final List<BeadType> TYPES = AlignerSettings.DEFAULT_BEAD_TYPES;

    abstract Aligner aligner();

    /** Length cost over explicit sentence lengths, with a ratio of 1 unless the lengths say otherwise. */
    static BeadScorer lengths(int[] source, int[] target) {
        return new LengthScorer(source, target, 6.8);
    }

    static void assertCoversInOrder(List<ScoredBead> path, int sourceCount, int targetCount) {
        int i = 0;
        int j = 0;
        for (ScoredBead bead : path) {
            assertEquals(i, bead.sourceStart(), "source gap or overlap at " + bead);
            assertEquals(j, bead.targetStart(), "target gap or overlap at " + bead);
            assertTrue(bead.sourceEnd() > bead.sourceStart() || bead.targetEnd() > bead.targetStart());
            i = bead.sourceEnd();
            j = bead.targetEnd();
        }
        assertEquals(sourceCount, i);
        assertEquals(targetCount, j);
    }

    @Test
    void preservesAllSentences() {
        int[] source = {20, 35, 12, 80, 44, 9, 61};
        int[] target = {22, 30, 15, 40, 38, 47, 10, 58, 3};
        List<ScoredBead> path = aligner().align(source.length, target.length, lengths(source, target));
        assertCoversInOrder(path, source.length, target.length);
    }

    @Test
    void emptyInputs() {
        assertEquals(List.of(), aligner().align(0, 0, lengths(new int[0], new int[0])));
    }

    @Test
    void oneSideEmptyGivesOnlyNullBeads() {
        List<ScoredBead> deletions = aligner().align(3, 0, lengths(new int[] {5, 6, 7}, new int[0]));
        assertCoversInOrder(deletions, 3, 0);
        assertTrue(deletions.stream().allMatch(b -> b.targetStart() == b.targetEnd()));
        List<ScoredBead> insertions = aligner().align(0, 4, lengths(new int[0], new int[] {5, 6, 7, 8}));
        assertCoversInOrder(insertions, 0, 4);
        assertTrue(insertions.stream().allMatch(b -> b.sourceStart() == b.sourceEnd()));
    }

    @Test
    void oneToZeroAtEnd() {
        // The last source sentence has no counterpart: everything else matches one to one.
        BeadScorer scorer = (s0, s1, t0, t1) -> {
            boolean diagonalOneToOne = s1 - s0 == 1 && t1 - t0 == 1 && s0 == t0;
            boolean nullBead = s0 == s1 || t0 == t1;
            return diagonalOneToOne || nullBead ? 0.0 : 50.0;
        };
        List<ScoredBead> path = aligner().align(4, 3, scorer);
        assertCoversInOrder(path, 4, 3);
        ScoredBead last = path.get(path.size() - 1);
        assertEquals(new ScoredBead(3, 4, 3, 3, last.cost()), last);
        assertEquals(4, path.size());
    }

    @Test
    void shortAndLongInterleaved() {
        int[] source = {10, 200, 12, 180, 9, 220, 11, 190};
        int[] target = {11, 205, 10, 175, 10, 230, 12, 185};
        List<ScoredBead> path = aligner().align(source.length, target.length, lengths(source, target));
        assertEquals(source.length, path.size());
        for (int k = 0; k < path.size(); k++) {
            assertEquals(new ScoredBead(k, k + 1, k, k + 1, path.get(k).cost()), path.get(k));
        }
    }

    @Test
    void findsOneToTwoWhenTargetSplitsSentence() {
        int[] source = {40, 100, 30};
        int[] target = {41, 48, 50, 31};
        List<ScoredBead> path = aligner().align(source.length, target.length, lengths(source, target));
        assertEquals(3, path.size());
        assertEquals(new ScoredBead(1, 2, 1, 3, path.get(1).cost()), path.get(1));
    }
}
