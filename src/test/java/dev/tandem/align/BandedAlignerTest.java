// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
