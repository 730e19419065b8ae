// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-translation probabilities as evidence, after Moore (2002): each word of one side of a bead is generated
 * either by the IBM Model 1 translation probabilities of the other side's words (with weight λ) or by the
 * background, its frequency in the document (1 − λ):
 * <pre>  P(t | bead source) = (1 − λ)·P_bg(t) + λ · Σ_s P(t | s) / (n + 1)</pre>
 * with {@code n} the words of the bead's source (plus a null word). A word's cost is −ln of that over
 * P_bg(t), the likelihood ratio of "this bead's other side translates me" against "I am unrelated to it",
 * capped at {@value #MAX_GAIN} nats per word. Both directions are summed and halved (they see much the same
 * evidence), and scaled by a weight. Words the table cannot produce (no probability from any word) cost 0, as do
 * beads with an empty side. λ of each direction is fitted by EM on a first-pass path ({@link #fitted}).
 *
 * <p>The probabilities from the words of one sentence are summed once per sentence; those of a sentence pair
 * once per pair, when the search first asks for it. Not thread-safe (the cache); one instance serves one alignment.
 *
 * @see "Moore, Fast and Accurate Sentence Alignment of Bilingual Corpora, AMTA 2002"
 */
final class TranslationScorer implements BeadScorer {

    /** Most nats one word can add: keeps a rare word from outweighing a whole sentence. */
    static final double MAX_GAIN = 5.0;
    private static final double MIN_LAMBDA = 0.01;
    private static final double MAX_LAMBDA = 0.95;

    private final int[][] source;
    private final int[][] target;
    private final int[] sourcePrefix;
    private final int[] targetPrefix;
    /** Per source sentence: target ids it can produce (sorted) and Σ over its words of P(t | s). */
    private final int[][] sourceKeys;
    private final float[][] sourceSums;
    private final int[][] targetKeys;
    private final float[][] targetSums;
    /** 1 / P_bg of each word, 0 for words no word of the other language produces. */
    private final double[] targetInverseBackground;
    private final double[] sourceInverseBackground;
    /** Per sentence, the words that can be produced (inverse background > 0), as word ids. */
    private final int[][] sourceScorable;
    private final int[][] targetScorable;
    /** Cells of source row i: {@code cellRows[i][j − cellStart[i]]}, null until computed. */
    private final int[] cellStart;
    private final float[][][][] cellRows;
    /** Bead costs of source row s0 by (t0 − memoStart[s0]) · 16 + shape, NaN until computed. */
    private final int[] memoStart;
    private final double[][] memoRows;
    private double forwardLambda = 0.3;
    private double backwardLambda = 0.3;
    private double weight;

    /**
     * @param source word ids of every source sentence (ids of {@code sourceWords})
     * @param target word ids of every target sentence
     */
    TranslationScorer(int[][] source, int[][] target, Vocabulary sourceWords, Vocabulary targetWords,
                      TranslationTable table) {
        this.source = source;
        this.target = target;
        this.sourcePrefix = prefix(source);
        this.targetPrefix = prefix(target);
        int[][][] forwardKeys = new int[sourceWords.size()][][];
        float[][] forwardValues = new float[sourceWords.size()][];
        boolean[] targetProduced = new boolean[targetWords.size()];
        index(table.targetGivenSource(), sourceWords, targetWords, forwardKeys, forwardValues, targetProduced);
        int[][][] backwardKeys = new int[targetWords.size()][][];
        float[][] backwardValues = new float[targetWords.size()][];
        boolean[] sourceProduced = new boolean[sourceWords.size()];
        index(table.sourceGivenTarget(), targetWords, sourceWords, backwardKeys, backwardValues, sourceProduced);
        this.sourceKeys = new int[source.length][];
        this.sourceSums = new float[source.length][];
        sums(source, forwardKeys, forwardValues, sourceKeys, sourceSums);
        this.targetKeys = new int[target.length][];
        this.targetSums = new float[target.length][];
        sums(target, backwardKeys, backwardValues, targetKeys, targetSums);
        this.targetInverseBackground = inverseBackground(target, targetWords.size(), targetProduced);
        this.sourceInverseBackground = inverseBackground(source, sourceWords.size(), sourceProduced);
        this.sourceScorable = scorable(source, sourceInverseBackground);
        this.targetScorable = scorable(target, targetInverseBackground);
        this.cellStart = new int[source.length];
        this.cellRows = new float[source.length][0][][];
        this.memoStart = new int[source.length];
        this.memoRows = new double[source.length][0];
    }

    private static int[][] scorable(int[][] sentences, double[] inverse) {
        int[][] scorable = new int[sentences.length][];
        for (int i = 0; i < sentences.length; i++) {
            scorable[i] = Arrays.stream(sentences[i]).filter(w -> inverse[w] > 0).toArray();
        }
        return scorable;
    }

    /** The scorer with λ of both directions fitted on the beads of {@code path}, or null when it has no signal. */
    static TranslationScorer fitted(TranslationScorer scorer, List<ScoredBead> path, double weight) {
        List<ScoredBead> paired = path.stream()
                .filter(b -> b.sourceEnd() > b.sourceStart() && b.targetEnd() > b.targetStart()).toList();
        double[][] ratios = scorer.ratios(paired);
        if (ratios[0].length == 0 || ratios[1].length == 0) {
            return null;
        }
        scorer.forwardLambda = fitLambda(ratios[0]);
        scorer.backwardLambda = fitLambda(ratios[1]);
        scorer.weight = weight;
        return scorer;
    }

    /** λ maximising Π (1 − λ + λ·r) over the words' ratios r = P_translation / P_bg, by EM. */
    static double fitLambda(double[] ratios) {
        double lambda = 0.5;
        for (int iteration = 0; iteration < 30; iteration++) {
            double sum = 0;
            for (double r : ratios) {
                sum += lambda * r / (1.0 - lambda + lambda * r);
            }
            lambda = Math.max(MIN_LAMBDA, Math.min(MAX_LAMBDA, sum / ratios.length));
        }
        return lambda;
    }

    double forwardLambda() {
        return forwardLambda;
    }

    double backwardLambda() {
        return backwardLambda;
    }

    /** Ratios P_translation / P_bg of every scorable word of the beads, {forward, backward}. */
    private double[][] ratios(List<ScoredBead> beads) {
        double[] forward = new double[16];
        double[] backward = new double[16];
        int f = 0;
        int b = 0;
        for (ScoredBead bead : beads) {
            int s0 = bead.sourceStart();
            int s1 = bead.sourceEnd();
            int t0 = bead.targetStart();
            int t1 = bead.targetEnd();
            double sourceNorm = 1.0 / (sourcePrefix[s1] - sourcePrefix[s0] + 1);
            double targetNorm = 1.0 / (targetPrefix[t1] - targetPrefix[t0] + 1);
            for (int j = t0; j < t1; j++) {
                for (int w = 0; w < targetScorable[j].length; w++) {
                    double a = 0;
                    for (int i = s0; i < s1; i++) {
                        a += cell(i, j)[0][w];
                    }
                    forward = grow(forward, f);
                    forward[f++] = a * sourceNorm;
                }
            }
            for (int i = s0; i < s1; i++) {
                for (int w = 0; w < sourceScorable[i].length; w++) {
                    double a = 0;
                    for (int j = t0; j < t1; j++) {
                        a += cell(i, j)[1][w];
                    }
                    backward = grow(backward, b);
                    backward[b++] = a * targetNorm;
                }
            }
        }
        return new double[][] {Arrays.copyOf(forward, f), Arrays.copyOf(backward, b)};
    }

    private static double[] grow(double[] values, int size) {
        return size < values.length ? values : Arrays.copyOf(values, 2 * values.length);
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        if (s0 == s1 || t0 == t1 || weight == 0.0) {
            return 0.0;
        }
        int sourceSpan = s1 - s0;
        int targetSpan = t1 - t0;
        if (sourceSpan > 4 || targetSpan > 4) {
            return compute(s0, s1, t0, t1);
        }
        int slot = memoSlot(s0, t0) * 16 + (sourceSpan - 1) * 4 + targetSpan - 1;
        double[] row = memoRows[s0];
        if (Double.isNaN(row[slot])) {
            row[slot] = compute(s0, s1, t0, t1);
        }
        return row[slot];
    }

    private double compute(int s0, int s1, int t0, int t1) {
        double forwardScale = forwardLambda / (sourcePrefix[s1] - sourcePrefix[s0] + 1);
        double backwardScale = backwardLambda / (targetPrefix[t1] - targetPrefix[t0] + 1);
        double forwardBase = 1.0 - forwardLambda;
        double backwardBase = 1.0 - backwardLambda;
        double gain = 0.0;
        for (int j = t0; j < t1; j++) {
            int words = targetScorable[j].length;
            for (int w = 0; w < words; w++) {
                double a = 0;
                for (int i = s0; i < s1; i++) {
                    a += cell(i, j)[0][w];
                }
                gain += Math.min(MAX_GAIN, Math.log(forwardBase + forwardScale * a));
            }
        }
        for (int i = s0; i < s1; i++) {
            int words = sourceScorable[i].length;
            for (int w = 0; w < words; w++) {
                double a = 0;
                for (int j = t0; j < t1; j++) {
                    a += cell(i, j)[1][w];
                }
                gain += Math.min(MAX_GAIN, Math.log(backwardBase + backwardScale * a));
            }
        }
        return -0.5 * weight * gain;
    }

    /** The memo index of (s0, t0) in row s0, growing the row's window first if needed. */
    private int memoSlot(int s0, int t0) {
        int start = memoStart[s0];
        int length = memoRows[s0].length / 16;
        if (length == 0 || t0 < start || t0 >= start + length) {
            int newStart = length == 0 ? Math.max(0, t0 - 16) : Math.max(0, Math.min(start, t0 - 16));
            int newEnd = length == 0 ? Math.min(target.length, t0 + 17) : Math.min(target.length, Math.max(start + length, t0 + 17));
            double[] row = new double[(newEnd - newStart) * 16];
            Arrays.fill(row, Double.NaN);
            if (length > 0) {
                System.arraycopy(memoRows[s0], 0, row, (start - newStart) * 16, length * 16);
            }
            memoStart[s0] = newStart;
            memoRows[s0] = row;
            start = newStart;
        }
        return t0 - start;
    }

    /**
     * {Σ P(t | source i) / P_bg(t) per producible word of target j, Σ P(s | target j) / P_bg(s) per producible word
     * of source i}.
     */
    private float[][] cell(int i, int j) {
        int start = cellStart[i];
        float[][][] row = cellRows[i];
        if (row.length == 0 || j < start || j >= start + row.length) {
            int newStart = row.length == 0 ? Math.max(0, j - 16) : Math.max(0, Math.min(start, j - 16));
            int newEnd = row.length == 0 ? Math.min(target.length, j + 17) : Math.min(target.length, Math.max(start + row.length, j + 17));
            float[][][] grown = new float[newEnd - newStart][][];
            if (row.length > 0) {
                System.arraycopy(row, 0, grown, start - newStart, row.length);
            }
            cellStart[i] = newStart;
            cellRows[i] = grown;
            start = newStart;
            row = grown;
        }
        float[][] cell = row[j - start];
        if (cell == null) {
            int[] targetWords = targetScorable[j];
            float[] forward = new float[targetWords.length];
            for (int w = 0; w < forward.length; w++) {
                forward[w] = (float) (lookup(sourceKeys[i], sourceSums[i], targetWords[w]) * targetInverseBackground[targetWords[w]]);
            }
            int[] sourceWords = sourceScorable[i];
            float[] backward = new float[sourceWords.length];
            for (int w = 0; w < backward.length; w++) {
                backward[w] = (float) (lookup(targetKeys[j], targetSums[j], sourceWords[w]) * sourceInverseBackground[sourceWords[w]]);
            }
            cell = new float[][] {forward, backward};
            row[j - start] = cell;
        }
        return cell;
    }

    private static float lookup(int[] keys, float[] values, int word) {
        int p = Arrays.binarySearch(keys, word);
        return p < 0 ? 0f : values[p];
    }

    /** The table's rows as ids of the document's vocabularies; marks the produced words that occur. */
    private static void index(Map<String, Map<String, Float>> table, Vocabulary given, Vocabulary produced,
                              int[][][] keys, float[][] values, boolean[] producedSeen) {
        for (int g = 0; g < given.size(); g++) {
            Map<String, Float> row = table.get(given.word(g));
            if (row == null) {
                continue;
            }
            Map<Integer, Float> ids = new HashMap<>();
            row.forEach((word, p) -> {
                int id = produced.find(word);
                if (id >= 0) {
                    ids.put(id, p);
                }
            });
            int[] k = ids.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] v = new float[k.length];
            for (int n = 0; n < k.length; n++) {
                v[n] = ids.get(k[n]);
                producedSeen[k[n]] = true;
            }
            keys[g] = new int[][] {k};
            values[g] = v;
        }
    }

    /** Per sentence, Σ over its words of their translation probabilities, as sorted keys and sums. */
    private static void sums(int[][] sentences, int[][][] keys, float[][] values, int[][] sentenceKeys,
                             float[][] sentenceSums) {
        for (int i = 0; i < sentences.length; i++) {
            Map<Integer, Float> sum = new HashMap<>();
            for (int word : sentences[i]) {
                if (keys[word] == null) {
                    continue;
                }
                int[] k = keys[word][0];
                for (int n = 0; n < k.length; n++) {
                    sum.merge(k[n], values[word][n], Float::sum);
                }
            }
            int[] k = sum.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] v = new float[k.length];
            for (int n = 0; n < k.length; n++) {
                v[n] = sum.get(k[n]);
            }
            sentenceKeys[i] = k;
            sentenceSums[i] = v;
        }
    }

    /** 1 / (the word's share of the side's words) for words that can be produced, else 0. */
    private static double[] inverseBackground(int[][] sentences, int vocabulary, boolean[] produced) {
        double[] counts = new double[vocabulary];
        double total = 0;
        for (int[] sentence : sentences) {
            for (int word : sentence) {
                counts[word]++;
                total++;
            }
        }
        double[] inverse = new double[vocabulary];
        for (int w = 0; w < vocabulary; w++) {
            inverse[w] = produced[w] && counts[w] > 0 ? total / counts[w] : 0.0;
        }
        return inverse;
    }

    private static int[] prefix(int[][] sentences) {
        int[] prefix = new int[sentences.length + 1];
        for (int i = 0; i < sentences.length; i++) {
            prefix[i + 1] = prefix[i] + sentences[i].length;
        }
        return prefix;
    }
}
