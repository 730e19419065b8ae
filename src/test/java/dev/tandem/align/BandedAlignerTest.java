// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BandedAlignerTest extends AlignerContractTest {

    @Override
    Aligner aligner() {
        // a narrow band, so the contract cases also exercise widening
        return new BandedAligner(TYPES, 1, 1, 2.0);
    }

    @Test
    void wideBandEqualsFullSearchOnRandomInputs() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int[][] sides = randomParallelLengths(random);
            BeadScorer scorer = lengths(sides[0], sides[1]);
            int s = sides[0].length;
            int t = sides[1].length;
            List<ScoredBead> full = new FullAligner(TYPES).align(s, t, scorer);
            List<ScoredBead> banded = new BandedAligner(TYPES, s + t + 1, 0, 2.0).align(s, t, scorer);
            assertEquals(full, banded, "round " + round);
        }
    }

    @Test
    void adaptiveWideningFindsTheFullOptimumFromANarrowBand() {
        Random random = new Random(7);
        int agreed = 0;
        for (int round = 0; round < 200; round++) {
            int[][] sides = randomParallelLengths(random);
            BeadScorer scorer = lengths(sides[0], sides[1]);
            int s = sides[0].length;
            int t = sides[1].length;
            List<ScoredBead> full = new FullAligner(TYPES).align(s, t, scorer);
            List<ScoredBead> banded = new BandedAligner(TYPES, 2, 2, 1.5).align(s, t, scorer);
            assertCoversInOrder(banded, s, t);
            agreed += full.equals(banded) ? 1 : 0;
        }
        // widening is a heuristic, but on inputs this regular it should almost always reach the optimum
        assertEquals(200, agreed, 10);
    }

    @Test
    void shouldWidenTheBandOnlyAroundTheStretchThatNeedsIt() {
        // 600 sentences translated one to one, except 60 extra target sentences in the middle: the path leaves
        // the diagonal there by far more than the initial radius
        Random random = new Random(3);
        int[] source = new int[600];
        int[] target = new int[660];
        for (int i = 0, j = 0; i < source.length; i++) {
            source[i] = 20 + random.nextInt(100);
            target[j++] = source[i];
            if (i == 300) {
                for (int k = 0; k < 60; k++) {
                    target[j++] = 20 + random.nextInt(100);
                }
            }
        }
        // evidence that makes the true path the optimum: a paired bead costs its length difference
        int[] sourcePrefix = prefix(source);
        int[] targetPrefix = prefix(target);
        BeadScorer scorer = (s0, s1, t0, t1) -> s0 == s1 || t0 == t1 ? 0.0
                : Math.abs((sourcePrefix[s1] - sourcePrefix[s0]) - (targetPrefix[t1] - targetPrefix[t0]));
        List<ScoredBead> full = new FullAligner(TYPES).align(source.length, target.length, scorer);
        BandedAligner.Result banded = new BandedAligner(TYPES, 4, 2, 2.0).search(source.length, target.length, scorer);
        assertEquals(spans(full), spans(banded.path()), "the optimum, found in the locally widened band");
        Band band = banded.band();
        int widest = 0;
        for (int i = 0; i < band.rows(); i++) {
            widest = Math.max(widest, band.hi(i) - band.lo(i));
        }
        assertTrue(widest > 40, "wide where the extra sentences are: " + widest);
        for (int row : new int[] {20, 60, 580}) {
            assertTrue(band.hi(row) - band.lo(row) <= 2 * 4 + 10, "narrow far from them, row " + row + ": "
                    + band.lo(row) + ".." + band.hi(row));
        }
        // widening everywhere to the widest radius would search (rows × widest) cells
        assertTrue(band.cellCount() < 0.7 * band.rows() * widest, "cells " + band.cellCount() + ", widest " + widest);
    }

    private static int[] prefix(int[] lengths) {
        int[] prefix = new int[lengths.length + 1];
        for (int i = 0; i < lengths.length; i++) {
            prefix[i + 1] = prefix[i] + lengths[i];
        }
        return prefix;
    }

    private static List<String> spans(List<ScoredBead> path) {
        return path.stream().map(b -> b.sourceStart() + "-" + b.sourceEnd() + ":" + b.targetStart() + "-" + b.targetEnd())
                .toList();
    }

    @Test
    void bandCellsGrowLinearlyWithDocumentLength() {
        Band small = Band.diagonal(1000, 1300, 20);
        Band large = Band.diagonal(10000, 13000, 20);
        double perRowSmall = (double) small.cellCount() / small.rows();
        double perRowLarge = (double) large.cellCount() / large.rows();
        assertEquals(perRowSmall, perRowLarge, 1.0);
    }

    /** Random sentence lengths with a noisy translation: random splits, merges, insertions and deletions. */
    static int[][] randomParallelLengths(Random random) {
        int n = random.nextInt(25);
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int length = 5 + random.nextInt(120);
            int roll = random.nextInt(20);
            if (roll == 0) {
                source.add(length);
            } else if (roll == 1) {
                target.add(length);
            } else if (roll <= 4) {
                int first = 1 + random.nextInt(length);
                source.add(length);
                target.add(first);
                target.add(Math.max(1, length - first + random.nextInt(7) - 3));
            } else if (roll <= 6) {
                int first = 1 + random.nextInt(length);
                source.add(first);
                source.add(length - first + 1);
                target.add(length + random.nextInt(7) - 3);
            } else {
                source.add(length);
                target.add(Math.max(1, length + random.nextInt(11) - 5));
            }
        }
        return new int[][] {source.stream().mapToInt(Integer::intValue).toArray(),
                target.stream().mapToInt(Integer::intValue).toArray()};
    }
}
