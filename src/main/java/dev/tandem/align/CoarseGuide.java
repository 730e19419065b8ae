// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.List;

/**
 * Coarse-to-fine band placement for long documents (as in Vecalign): align blocks of
 * {@value #BLOCK} source sentences with blocks of proportionally many target sentences by
 * length alone, and centre the sentence-level band on that path. Long translations drift far from
 * the straight diagonal (a whole book may have a hundred sentences more on one side in its
 * middle), and reaching that by widening a diagonal band costs several searches over a very wide
 * band; the block search is {@value #BLOCK}² times smaller.
 */
final class CoarseGuide {

    static final int BLOCK = 8;

    private CoarseGuide() {
    }

    /** Whether a document is long enough that the diagonal band may not hold its alignment. */
    static boolean worthwhile(int sourceCount, int targetCount, int radius) {
        return Math.min(sourceCount, targetCount) >= 4 * BLOCK && Math.max(sourceCount, targetCount) > 4 * radius;
    }

    /** Band centres for the sentence lattice, from a length-only alignment of blocks. */
    static BandCentres centres(int[] sourceLengths, int[] targetLengths, List<BeadType> baseTypes, double countRatioStrength,
                         double variance, int radius, int margin, double growth) {
        int sourceCount = sourceLengths.length;
        int targetCount = targetLengths.length;
        int targetBlock = Math.max(1, (int) Math.round((double) BLOCK * targetCount / sourceCount));
        int[] sourceBlocks = blocks(sourceLengths, BLOCK);
        int[] targetBlocks = blocks(targetLengths, targetBlock);
        List<BeadType> types = CountRatioPriors.adapt(baseTypes, sourceBlocks.length, targetBlocks.length, countRatioStrength);
        List<ScoredBead> path = new BandedAligner(types, radius, margin, growth)
                .align(sourceBlocks.length, targetBlocks.length, new LengthScorer(sourceBlocks, targetBlocks, variance));
        return BandCentres.along(path, BLOCK, targetBlock, sourceCount, targetCount);
    }

    /** Summed lengths of consecutive groups of {@code size} sentences (the last may be shorter). */
    private static int[] blocks(int[] lengths, int size) {
        int[] blocks = new int[(lengths.length + size - 1) / size];
        for (int i = 0; i < lengths.length; i++) {
            blocks[i / size] += lengths[i];
        }
        return blocks;
    }
}
