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
    void widensToTheFullOptimumOnALongDocumentWithAStretchInsertedOrDeletedInTheMiddle() {
        // 80 sentences more (or fewer) on one side in the middle of 2000: the alignment leaves the diagonal by
        // 40 before the stretch and comes back after it, beyond the initial radius of 30 over hundreds of rows
        for (long[] gapAndSeed : new long[][] {{80, 2}, {80, 3}, {-80, 1}, {-80, 2}}) {
            int gap = (int) gapAndSeed[0];
            long seed = gapAndSeed[1];
            {
                int[][] sides = parallelLengthsWithGap(new Random(seed), 2000, 1000, gap);
                int s = sides[0].length;
                int t = sides[1].length;
                BeadScorer scorer = lengths(sides[0], sides[1]);
                List<ScoredBead> full = new FullAligner(TYPES).align(s, t, scorer);
                BandedAligner.Result banded = new BandedAligner(TYPES, 30, 5, 2.0).search(s, t, scorer);
                assertTrue(full.equals(banded.path()), "gap " + gap + ", seed " + seed + ": cost " + cost(banded.path())
                        + ", optimum " + cost(full));
                assertTrue(banded.band().radius() > 30, "the band had to widen: radius " + banded.band().radius());
            }
        }
    }

    @Test
    void reSearchesOnlyTheRowsFromTheFirstChangedWindowOn() {
        // 1000 sentences translated one to one, 40 extra target sentences at row 950; the band follows the
        // alignment up to there, then runs straight to the end, so the path presses on its edge only at the end
        Random random = new Random(5);
        int[] source = new int[1000];
        int[] target = new int[1040];
        for (int i = 0, j = 0; i < source.length; i++) {
            if (i == 950) {
                for (int k = 0; k < 40; k++) {
                    target[j++] = 20 + random.nextInt(100);
                }
            }
            source[i] = 20 + random.nextInt(100);
            target[j++] = source[i];
        }
        List<ScoredBead> guide = new ArrayList<>();
        for (int i = 0; i < 950; i++) {
            guide.add(new ScoredBead(i, i + 1, i, i + 1, 0.0));
        }
        guide.add(new ScoredBead(950, 1000, 950, 1040, 0.0));
        BandCentres centres = BandCentres.along(guide, 1, 1, 1000, 1040);
        // a paired bead costs its length difference, an unpaired sentence only its prior: the truth is the optimum
        int[] sourcePrefix = prefixSums(source);
        int[] targetPrefix = prefixSums(target);
        BeadScorer scorer = (s0, s1, t0, t1) -> s0 == s1 || t0 == t1 ? 0.0
                : Math.abs((sourcePrefix[s1] - sourcePrefix[s0]) - (targetPrefix[t1] - targetPrefix[t0]));
        BandedAligner.Result banded = new BandedAligner(TYPES, 30, 5, 2.0).search(centres, 1040, scorer);
        List<ScoredBead> full = new FullAligner(TYPES).align(1000, 1040, scorer);
        assertTrue(full.equals(banded.path()), "cost " + cost(banded.path()) + ", optimum " + cost(full));
        long cells = banded.band().cellCount();
        // one search of the whole band, one of its last rows after re-centring (two whole searches: 2 × cells)
        assertTrue(banded.cellsSearched() > cells, "re-searched after re-centring: " + banded.cellsSearched());
        assertTrue(banded.cellsSearched() < 1.2 * cells, "cells searched " + banded.cellsSearched() + ", band " + cells);
    }

    @Test
    void countsTheCellsOfASingleSearch() {
        int[] lengths = {20, 35, 12, 80, 44, 9, 61};
        BandedAligner.Result banded = new BandedAligner(TYPES, 3, 0, 2.0).search(7, 7, lengths(lengths, lengths));
        assertEquals(banded.band().cellCount(), banded.cellsSearched());
    }

    private static int[] prefixSums(int[] lengths) {
        int[] prefix = new int[lengths.length + 1];
        for (int i = 0; i < lengths.length; i++) {
            prefix[i + 1] = prefix[i] + lengths[i];
        }
        return prefix;
    }

    private static double cost(List<ScoredBead> path) {
        return path.stream().mapToDouble(ScoredBead::cost).sum();
    }

    /**
     * {@code count} source sentences translated one to one, or split or merged (one in ten), with {@code gap}
     * extra target sentences (source sentences if negative) before source sentence {@code at}.
     */
    static int[][] parallelLengthsWithGap(Random random, int count, int at, int gap) {
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i == at) {
                for (int k = 0; k < Math.abs(gap); k++) {
                    (gap > 0 ? target : source).add(20 + random.nextInt(100));
                }
            }
            int length = 20 + random.nextInt(100);
            double roll = random.nextDouble();
            if (roll < 0.05) {
                int first = 1 + random.nextInt(length);
                source.add(length);
                target.add(first);
                target.add(Math.max(1, length - first));
            } else if (roll < 0.1) {
                int first = 1 + random.nextInt(length);
                source.add(first);
                source.add(Math.max(1, length - first));
                target.add(length);
            } else {
                source.add(length);
                target.add(Math.max(1, length + random.nextInt(7) - 3));
            }
        }
        return new int[][] {source.stream().mapToInt(Integer::intValue).toArray(),
                target.stream().mapToInt(Integer::intValue).toArray()};
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
