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
 * is O(source sentences × target sentences) after that: linear time overall. To compute them, each
 * source sentence keeps the target words its linkable words link to (sorted, each with the mask of
 * the words linking to it), so a pair of sentences takes one binary search per linkable target
 * word. Not thread-safe (the caches); one instance serves one alignment.
 */
final class LexiconScorer implements BeadScorer {

    /** Linkable words beyond this many in one sentence are ignored (bit 63 marks a computed cache cell). */
    private static final int MAX_LINKABLE = 63;
    private static final long COMPUTED = 1L << 63;
    private static final int MAX_OTHER_WORDS = 1024;

    private final int[][] sourceLinkable;
    private final int[][] targetLinkable;
    private final int[] sourceFold;
    private final WordLinks[] lexicons;
    private final int[] sourceWordPrefix;
    private final int[] targetWordPrefix;
    private final int[] sourceLinkablePrefix;
    private final int[] targetLinkablePrefix;
    /**
     * Per source sentence, built when first needed: the target words its linkable words link to, sorted, and for
     * each the mask of the linkable words (by position) that link to it.
     */
    private final int[][] rowTargets;
    private final long[][] rowLinkers;
    /**
     * Per source row i, by (j − rowStart[i]) · 2: the mask of the words of source i covered by target j, with
     * {@code COMPUTED} set, then the mask of the words of target j covered by source i; 0 until computed.
     */
    private final int[] rowStart;
    private final long[][] rowMasks;
    /** Scratch for the coverage of a bead's target sentences. */
    private long[] targetUnions = new long[4];
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
        this.sourceWordPrefix = prefix(source);
        this.targetWordPrefix = prefix(target);
        this.sourceLinkablePrefix = prefix(sourceLinkable);
        this.targetLinkablePrefix = prefix(targetLinkable);
        this.rowTargets = new int[source.length][];
        this.rowLinkers = new long[source.length][];
        this.rowStart = new int[source.length];
        this.rowMasks = new long[source.length][];
        Arrays.fill(rowMasks, new long[0]);
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
        long covered = coveredWords(s0, s1, t0, t1);
        int sourceCovered = (int) (covered >>> 32);
        int targetCovered = (int) covered;
        int sourceWords = Math.min(MAX_OTHER_WORDS, sourceWordPrefix[s1] - sourceWordPrefix[s0]);
        int targetWords = Math.min(MAX_OTHER_WORDS, targetWordPrefix[t1] - targetWordPrefix[t0]);
        return sourceCovered * coveredCost[targetWords] + (sourceLinks - sourceCovered) * uncoveredCost[targetWords]
                + targetCovered * coveredCost[sourceWords] + (targetLinks - targetCovered) * uncoveredCost[sourceWords];
    }

    /** {linkable, covered} words of both sides of a bead together, for estimating p₁ and q. */
    int[] coverage(int s0, int s1, int t0, int t1) {
        int linkable = sourceLinkablePrefix[s1] - sourceLinkablePrefix[s0] + targetLinkablePrefix[t1] - targetLinkablePrefix[t0];
        long covered = coveredWords(s0, s1, t0, t1);
        return new int[] {linkable, (int) (covered >>> 32) + (int) covered};
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

    /**
     * The covered linkable words of a bead: those of its source sentences in the high half, those of its target
     * sentences in the low half. A word counts once however many sentences of the other side cover it.
     */
    private long coveredWords(int s0, int s1, int t0, int t1) {
        if (targetUnions.length < t1 - t0) {
            targetUnions = new long[t1 - t0];
        }
        Arrays.fill(targetUnions, 0, t1 - t0, 0L);
        long sourceCovered = 0;
        for (int i = s0; i < s1; i++) {
            long sourceUnion = 0;
            for (int j = t0; j < t1; j++) {
                int cell = cell(i, j);
                sourceUnion |= rowMasks[i][cell];
                targetUnions[j - t0] |= rowMasks[i][cell + 1];
            }
            sourceCovered += Long.bitCount(sourceUnion & ~COMPUTED);
        }
        long targetCovered = 0;
        for (int j = t0; j < t1; j++) {
            targetCovered += Long.bitCount(targetUnions[j - t0]);
        }
        return sourceCovered << 32 | targetCovered;
    }

    /** The index in {@code rowMasks[i]} of the masks of (i, j), computing them first if needed. */
    private int cell(int i, int j) {
        int start = rowStart[i];
        long[] row = rowMasks[i];
        if (j < start || j >= start + row.length / 2) {
            CacheWindow window = CacheWindow.grown(start, row.length / 2, j, targetLinkable.length);
            long[] grown = new long[2 * window.width()];
            System.arraycopy(row, 0, grown, row.length == 0 ? 0 : 2 * (start - window.start()), row.length);
            rowStart[i] = window.start();
            rowMasks[i] = grown;
            start = window.start();
            row = grown;
        }
        int cell = 2 * (j - start);
        if (row[cell] == 0) {
            computeCell(i, j, row, cell);
        }
        return cell;
    }

    /**
     * A linkable target word is covered when some linkable source word links to it, and the source words that
     * do are covered; the lexicon's links run both ways ({@code sourcesOf} is the reverse of {@code targetsOf}).
     */
    private void computeCell(int i, int j, long[] row, int cell) {
        if (rowTargets[i] == null) {
            indexLinks(i);
        }
        int[] targets = rowTargets[i];
        long[] linkers = rowLinkers[i];
        long sourceBits = COMPUTED;
        long targetBits = 0;
        int[] targetWords = targetLinkable[j];
        for (int q = 0; q < targetWords.length; q++) {
            int k = Arrays.binarySearch(targets, targetWords[q]);
            if (k >= 0) {
                sourceBits |= linkers[k];
                targetBits |= 1L << q;
            }
        }
        row[cell] = sourceBits;
        row[cell + 1] = targetBits;
    }

    /** Fills {@code rowTargets[i]} and {@code rowLinkers[i]} from the links of source sentence i's linkable words. */
    private void indexLinks(int i) {
        int[][] targetsOf = lexicons[sourceFold[i]].targetsOf();
        int[] words = sourceLinkable[i];
        int count = 0;
        for (int word : words) {
            count += targetsOf[word].length;
        }
        // (target word, position of the source word) pairs, packed so that sorting orders them by target word
        long[] pairs = new long[count];
        int n = 0;
        for (int p = 0; p < words.length; p++) {
            for (int target : targetsOf[words[p]]) {
                pairs[n++] = (long) target << 6 | p;
            }
        }
        Arrays.sort(pairs);
        int[] targets = new int[count];
        long[] linkers = new long[count];
        int distinct = 0;
        for (long pair : pairs) {
            int target = (int) (pair >>> 6);
            if (distinct == 0 || targets[distinct - 1] != target) {
                targets[distinct++] = target;
            }
            linkers[distinct - 1] |= 1L << (pair & 63);
        }
        rowTargets[i] = Arrays.copyOf(targets, distinct);
        rowLinkers[i] = Arrays.copyOf(linkers, distinct);
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
