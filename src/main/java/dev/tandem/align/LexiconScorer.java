// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.Arrays;

/**
 * Word translations as evidence: in a bead that pairs the right sentences, a word that has a
 * known translation finds it on the other side far more often than in a bead that does not.
 *
 * <p>A word is <em>linkable</em> when its lexicon links it to some word; it is <em>covered</em> in
 * a bead when one of its translations is on the other side of the bead. Each linkable word adds
 * the log-likelihood ratio of what was seen, with {@code p₁} the chance that a linkable word is
 * covered in a right bead and {@code p₀(m) = 1 − (1 − q)^m} the chance it is covered by accident
 * on an other side of {@code m} words:
 * <pre>  cost = weight · ½ · Σ_linkable words (covered ? −ln(p₁/p₀(m)) : −ln((1−p₁)/(1−p₀(m))))</pre>
 * summed over both directions, halved since the two directions see much the same links. Letting
 * {@code p₀} grow with {@code m} keeps merged beads from collecting accidental coverage. Beads with
 * an empty side cost 0.
 *
 * <p>Each source sentence may use its own lexicon ({@code sourceFold}), so a stretch can be scored
 * with a lexicon that never saw it. The links between two sentences are computed once, as bit
 * masks over their linkable words, in a per-row window that grows with the band, so a bead's cost
 * is O(source sentences × target sentences) after that: linear time overall. Not thread-safe
 * (the cache); one instance serves one alignment.
 */
final class LexiconScorer implements BeadScorer {

    /** Linkable words beyond this many in one sentence are ignored (bit 63 marks a computed cache cell). */
    private static final int MAX_LINKABLE = 63;
    private static final long COMPUTED = 1L << 63;
    private static final int MAX_OTHER_WORDS = 1024;

    private final int[][] sourceLinkable;
    private final int[][] targetLinkable;
    private final int[][] targetSorted;
    private final int[][] sourceSorted;
    private final int[] sourceFold;
    private final WordLinks[] lexicons;
    private final int[] sourceWordPrefix;
    private final int[] targetWordPrefix;
    private final int[] sourceLinkablePrefix;
    private final int[] targetLinkablePrefix;
    private final int[] rowStart;
    private final long[][] sourceMasks;
    private final long[][] targetMasks;
    private double[] coveredCost = new double[0];
    private double[] uncoveredCost = new double[0];

    /**
     * @param source     word ids of every source sentence
     * @param target     word ids of every target sentence
     * @param sourceFold index into {@code lexicons} for every source sentence
     * @param targetFold index into {@code lexicons} for every target sentence (decides which of its words are linkable)
     */
    LexiconScorer(int[][] source, int[][] target, int[] sourceFold, int[] targetFold, WordLinks[] lexicons) {
        this.sourceFold = sourceFold;
        this.lexicons = lexicons;
        this.sourceLinkable = new int[source.length][];
        for (int i = 0; i < source.length; i++) {
            sourceLinkable[i] = linkable(source[i], lexicons[sourceFold[i]].targetsOf());
        }
        this.targetLinkable = new int[target.length][];
        for (int j = 0; j < target.length; j++) {
            targetLinkable[j] = linkable(target[j], lexicons[targetFold[j]].sourcesOf());
        }
        this.sourceSorted = Arrays.stream(sourceLinkable).map(WordLinks::distinct).toArray(int[][]::new);
        this.targetSorted = Arrays.stream(targetLinkable).map(WordLinks::distinct).toArray(int[][]::new);
        this.sourceWordPrefix = prefix(source);
        this.targetWordPrefix = prefix(target);
        this.sourceLinkablePrefix = prefix(sourceLinkable);
        this.targetLinkablePrefix = prefix(targetLinkable);
        this.rowStart = new int[source.length];
        this.sourceMasks = new long[source.length][];
        this.targetMasks = new long[source.length][];
        Arrays.fill(sourceMasks, new long[0]);
        Arrays.fill(targetMasks, new long[0]);
    }

    /** Sets p₁, q and the weight; until then every cost is 0. */
    LexiconScorer withModel(double coveredInRight, double accidentalPerWord, double weight) {
        coveredCost = new double[MAX_OTHER_WORDS + 1];
        uncoveredCost = new double[MAX_OTHER_WORDS + 1];
        for (int m = 0; m <= MAX_OTHER_WORDS; m++) {
            double accidental = Math.min(0.9 * coveredInRight, 1.0 - Math.pow(1.0 - accidentalPerWord, m));
            accidental = Math.max(accidental, 1e-4);
            coveredCost[m] = -0.5 * weight * Math.log(coveredInRight / accidental);
            uncoveredCost[m] = -0.5 * weight * Math.log((1.0 - coveredInRight) / (1.0 - accidental));
        }
        return this;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        if (s0 == s1 || t0 == t1 || coveredCost.length == 0) {
            return 0.0;
        }
        int sourceLinks = sourceLinkablePrefix[s1] - sourceLinkablePrefix[s0];
        int targetLinks = targetLinkablePrefix[t1] - targetLinkablePrefix[t0];
        if (sourceLinks == 0 && targetLinks == 0) {
            return 0.0;
        }
        int sourceCovered = 0;
        for (int i = s0; i < s1; i++) {
            long union = 0;
            for (int j = t0; j < t1; j++) {
                union |= sourceMask(i, j);
            }
            sourceCovered += Long.bitCount(union & ~COMPUTED);
        }
        int targetCovered = 0;
        for (int j = t0; j < t1; j++) {
            long union = 0;
            for (int i = s0; i < s1; i++) {
                union |= targetMask(i, j);
            }
            targetCovered += Long.bitCount(union);
        }
        int sourceWords = Math.min(MAX_OTHER_WORDS, sourceWordPrefix[s1] - sourceWordPrefix[s0]);
        int targetWords = Math.min(MAX_OTHER_WORDS, targetWordPrefix[t1] - targetWordPrefix[t0]);
        return sourceCovered * coveredCost[targetWords] + (sourceLinks - sourceCovered) * uncoveredCost[targetWords]
                + targetCovered * coveredCost[sourceWords] + (targetLinks - targetCovered) * uncoveredCost[sourceWords];
    }

    /** {linkable, covered} words of both sides of a bead together, for estimating p₁ and q. */
    int[] coverage(int s0, int s1, int t0, int t1) {
        int linkable = sourceLinkablePrefix[s1] - sourceLinkablePrefix[s0] + targetLinkablePrefix[t1] - targetLinkablePrefix[t0];
        int covered = 0;
        for (int i = s0; i < s1; i++) {
            long sourceUnion = 0;
            for (int j = t0; j < t1; j++) {
                sourceUnion |= sourceMask(i, j);
            }
            covered += Long.bitCount(sourceUnion & ~COMPUTED);
        }
        for (int j = t0; j < t1; j++) {
            long targetUnion = 0;
            for (int i = s0; i < s1; i++) {
                targetUnion |= targetMask(i, j);
            }
            covered += Long.bitCount(targetUnion);
        }
        return new int[] {linkable, covered};
    }

    /** The lexicon that source sentences of {@code fold} are scored with. */
    WordLinks lexicon(int fold) {
        return lexicons[fold];
    }

    int sourceWords(int s0, int s1) {
        return sourceWordPrefix[s1] - sourceWordPrefix[s0];
    }

    int targetWords(int t0, int t1) {
        return targetWordPrefix[t1] - targetWordPrefix[t0];
    }

    private long sourceMask(int i, int j) {
        int cell = cell(i, j);
        return sourceMasks[i][cell];
    }

    private long targetMask(int i, int j) {
        int cell = cell(i, j);
        return targetMasks[i][cell];
    }

    /** The cache cell of (i, j), computing it first if needed. */
    private int cell(int i, int j) {
        int start = rowStart[i];
        long[] row = sourceMasks[i];
        if (j < start || j >= start + row.length) {
            growRow(i, j);
            start = rowStart[i];
            row = sourceMasks[i];
        }
        int cell = j - start;
        if (row[cell] == 0) {
            computeCell(i, j, cell);
        }
        return cell;
    }

    private void growRow(int i, int j) {
        int oldStart = rowStart[i];
        int oldLength = sourceMasks[i].length;
        int start = oldLength == 0 ? Math.max(0, j - 16) : Math.max(0, Math.min(oldStart, j - 16));
        int end = oldLength == 0 ? Math.min(targetLinkable.length, j + 17)
                : Math.min(targetLinkable.length, Math.max(oldStart + oldLength, j + 17));
        long[] sources = new long[end - start];
        long[] targets = new long[end - start];
        if (oldLength > 0) {
            System.arraycopy(sourceMasks[i], 0, sources, oldStart - start, oldLength);
            System.arraycopy(targetMasks[i], 0, targets, oldStart - start, oldLength);
        }
        rowStart[i] = start;
        sourceMasks[i] = sources;
        targetMasks[i] = targets;
    }

    private void computeCell(int i, int j, int cell) {
        WordLinks lexicon = lexicons[sourceFold[i]];
        long sourceBits = COMPUTED;
        int[] sourceWords = sourceLinkable[i];
        for (int p = 0; p < sourceWords.length; p++) {
            if (anyIn(lexicon.targetsOf()[sourceWords[p]], targetSorted[j])) {
                sourceBits |= 1L << p;
            }
        }
        long targetBits = 0;
        int[] targetWords = targetLinkable[j];
        for (int p = 0; p < targetWords.length; p++) {
            int word = targetWords[p];
            if (word < lexicon.sourcesOf().length && anyIn(lexicon.sourcesOf()[word], sourceSorted[i])) {
                targetBits |= 1L << p;
            }
        }
        sourceMasks[i][cell] = sourceBits;
        targetMasks[i][cell] = targetBits;
    }

    private static boolean anyIn(int[] candidates, int[] sorted) {
        for (int c : candidates) {
            if (Arrays.binarySearch(sorted, c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The words of a sentence that have links, at most {@value #MAX_LINKABLE}. */
    private static int[] linkable(int[] words, int[][] links) {
        return Arrays.stream(words).filter(w -> w < links.length && links[w].length > 0).limit(MAX_LINKABLE).toArray();
    }

    private static int[] prefix(int[][] sentences) {
        int[] prefix = new int[sentences.length + 1];
        for (int i = 0; i < sentences.length; i++) {
            prefix[i + 1] = prefix[i] + sentences[i].length;
        }
        return prefix;
    }
}
