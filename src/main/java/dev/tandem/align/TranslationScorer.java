// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.Arrays;
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
 * once per pair, when the search first asks for it; and the gain of a sentence's words once per span of up to
 * {@value #MAX_MEMO_SPAN} sentences on the other side. Not thread-safe (the caches); one instance serves one
 * alignment.
 *
 * @see "Moore, Fast and Accurate Sentence Alignment of Bilingual Corpora, AMTA 2002"
 */
final class TranslationScorer implements BeadScorer {

    /** Most nats one word can add: keeps a rare word from outweighing a whole sentence. */
    static final double MAX_GAIN = 5.0;
    private static final double MIN_LAMBDA = 0.01;
    private static final double MAX_LAMBDA = 0.95;
    /** Beads with at most this many sentences on both sides have their per-sentence gains memoized. */
    private static final int MAX_MEMO_SPAN = 4;
    private static final int GAIN_SLOTS = 2 * MAX_MEMO_SPAN;

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
    /**
     * Gains of source row i by (column − gainStart[i]) · {@value #GAIN_SLOTS}: first those of the target sentence
     * {@code column} from the sources [i, i + n), n = 1 … {@value #MAX_MEMO_SPAN}, then those of source sentence i
     * from the targets [column, column + n); NaN until computed.
     */
    private final int[] gainStart;
    private final double[][] gainRows;
    /** Scratch: the ratio sums of one sentence's words over a bead's other side. */
    private double[] wordSums = new double[64];
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
        int[][] forwardKeys = new int[sourceWords.size()][];
        float[][] forwardValues = new float[sourceWords.size()][];
        boolean[] targetProduced = new boolean[targetWords.size()];
        index(table.targetGivenSource(), sourceWords, targetWords, forwardKeys, forwardValues, targetProduced);
        int[][] backwardKeys = new int[targetWords.size()][];
        float[][] backwardValues = new float[targetWords.size()][];
        boolean[] sourceProduced = new boolean[sourceWords.size()];
        index(table.sourceGivenTarget(), targetWords, sourceWords, backwardKeys, backwardValues, sourceProduced);
        this.sourceKeys = new int[source.length][];
        this.sourceSums = new float[source.length][];
        sums(source, forwardKeys, forwardValues, targetWords.size(), sourceKeys, sourceSums);
        this.targetKeys = new int[target.length][];
        this.targetSums = new float[target.length][];
        sums(target, backwardKeys, backwardValues, sourceWords.size(), targetKeys, targetSums);
        this.targetInverseBackground = inverseBackground(target, targetWords.size(), targetProduced);
        this.sourceInverseBackground = inverseBackground(source, sourceWords.size(), sourceProduced);
        this.sourceScorable = scorable(source, sourceInverseBackground);
        this.targetScorable = scorable(target, targetInverseBackground);
        this.cellStart = new int[source.length];
        this.cellRows = new float[source.length][0][][];
        this.gainStart = new int[source.length];
        this.gainRows = new double[source.length][0];
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
        List<ScoredBead> paired = path.stream().filter(ScoredBead::pairs).toList();
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

    /**
     * The gain of a bead is a sum over its sentences: a target sentence's words' gains depend only on the bead's
     * sources, a source sentence's only on its targets. Memoizing those per-sentence gains (a bead is made of
     * sentences that the neighbouring beads share) takes a logarithm per word of a sentence instead of per word
     * of every bead that holds it.
     */
    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        if (s0 == s1 || t0 == t1 || weight == 0.0) {
            return 0.0;
        }
        boolean memoized = s1 - s0 <= MAX_MEMO_SPAN && t1 - t0 <= MAX_MEMO_SPAN;
        double gain = 0.0;
        for (int j = t0; j < t1; j++) {
            gain += memoized ? memoizedForwardGain(s0, s1, j) : forwardGain(s0, s1, j);
        }
        for (int i = s0; i < s1; i++) {
            gain += memoized ? memoizedBackwardGain(i, t0, t1) : backwardGain(i, t0, t1);
        }
        return -0.5 * weight * gain;
    }

    private double memoizedForwardGain(int s0, int s1, int j) {
        int slot = gainSlot(s0, j) + s1 - s0 - 1;
        double[] row = gainRows[s0];
        if (Double.isNaN(row[slot])) {
            row[slot] = forwardGain(s0, s1, j);
        }
        return row[slot];
    }

    private double memoizedBackwardGain(int i, int t0, int t1) {
        int slot = gainSlot(i, t0) + MAX_MEMO_SPAN + t1 - t0 - 1;
        double[] row = gainRows[i];
        if (Double.isNaN(row[slot])) {
            row[slot] = backwardGain(i, t0, t1);
        }
        return row[slot];
    }

    /** Σ over the producible words of target sentence j of their capped log-ratio, given the sources [s0, s1). */
    private double forwardGain(int s0, int s1, int j) {
        double[] produced = clearedWordSums(targetScorable[j].length);
        for (int i = s0; i < s1; i++) {
            float[] fromSource = cell(i, j)[0];
            for (int w = 0; w < fromSource.length; w++) {
                produced[w] += fromSource[w];
            }
        }
        return gain(produced, targetScorable[j].length, forwardLambda, sourcePrefix[s1] - sourcePrefix[s0]);
    }

    /** Σ over the producible words of source sentence i of their capped log-ratio, given the targets [t0, t1). */
    private double backwardGain(int i, int t0, int t1) {
        double[] produced = clearedWordSums(sourceScorable[i].length);
        for (int j = t0; j < t1; j++) {
            float[] fromTarget = cell(i, j)[1];
            for (int w = 0; w < fromTarget.length; w++) {
                produced[w] += fromTarget[w];
            }
        }
        return gain(produced, sourceScorable[i].length, backwardLambda, targetPrefix[t1] - targetPrefix[t0]);
    }

    /** Σ over the first {@code words} ratio sums of min(MAX_GAIN, ln(1 − λ + λ · sum / (otherWords + 1))). */
    private static double gain(double[] sums, int words, double lambda, int otherWords) {
        double scale = lambda / (otherWords + 1);
        double base = 1.0 - lambda;
        double gain = 0.0;
        for (int w = 0; w < words; w++) {
            gain += Math.min(MAX_GAIN, Math.log(base + scale * sums[w]));
        }
        return gain;
    }

    /** The scratch array for a sentence's ratio sums, at least {@code words} long, its first {@code words} zero. */
    private double[] clearedWordSums(int words) {
        if (wordSums.length < words) {
            wordSums = new double[words];
        }
        Arrays.fill(wordSums, 0, words, 0.0);
        return wordSums;
    }

    /** The index of the first gain slot of {@code column} in {@code row}'s memo, widening its window first if needed. */
    private int gainSlot(int row, int column) {
        int start = gainStart[row];
        double[] gains = gainRows[row];
        int width = gains.length / GAIN_SLOTS;
        if (column < start || column >= start + width) {
            CacheWindow window = CacheWindow.grown(start, width, column, target.length);
            double[] grown = new double[window.width() * GAIN_SLOTS];
            int kept = width == 0 ? 0 : (start - window.start()) * GAIN_SLOTS;
            // only the new columns need the NaN that marks a gain not computed yet
            Arrays.fill(grown, 0, kept, Double.NaN);
            System.arraycopy(gains, 0, grown, kept, gains.length);
            Arrays.fill(grown, kept + gains.length, grown.length, Double.NaN);
            gainStart[row] = window.start();
            gainRows[row] = grown;
            start = window.start();
        }
        return (column - start) * GAIN_SLOTS;
    }

    /**
     * {Σ P(t | source i) / P_bg(t) per producible word of target j, Σ P(s | target j) / P_bg(s) per producible word
     * of source i}.
     */
    private float[][] cell(int i, int j) {
        int start = cellStart[i];
        float[][][] row = cellRows[i];
        if (j < start || j >= start + row.length) {
            CacheWindow window = CacheWindow.grown(start, row.length, j, target.length);
            float[][][] grown = new float[window.width()][][];
            System.arraycopy(row, 0, grown, row.length == 0 ? 0 : start - window.start(), row.length);
            cellStart[i] = window.start();
            cellRows[i] = grown;
            start = window.start();
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
                              int[][] keys, float[][] values, boolean[] producedSeen) {
        for (int g = 0; g < given.size(); g++) {
            Map<String, Float> row = table.get(given.word(g));
            if (row == null) {
                continue;
            }
            // (produced id, probability) packed so that sorting orders them by id; a row names each word once
            long[] entries = new long[row.size()];
            int[] count = {0};
            row.forEach((word, p) -> {
                int id = produced.find(word);
                if (id >= 0) {
                    entries[count[0]++] = (long) id << 32 | (Float.floatToRawIntBits(p) & 0xFFFF_FFFFL);
                }
            });
            Arrays.sort(entries, 0, count[0]);
            int[] k = new int[count[0]];
            float[] v = new float[count[0]];
            for (int n = 0; n < k.length; n++) {
                k[n] = (int) (entries[n] >>> 32);
                v[n] = Float.intBitsToFloat((int) entries[n]);
                producedSeen[k[n]] = true;
            }
            keys[g] = k;
            values[g] = v;
        }
    }

    /**
     * Per sentence, Σ over its words of their translation probabilities, as sorted keys and sums, added up in a
     * dense array over the produced vocabulary.
     */
    private static void sums(int[][] sentences, int[][] keys, float[][] values, int producedVocabulary,
                             int[][] sentenceKeys, float[][] sentenceSums) {
        float[] sum = new float[producedVocabulary];
        boolean[] seen = new boolean[producedVocabulary];
        int[] touched = new int[16];
        for (int i = 0; i < sentences.length; i++) {
            int count = 0;
            for (int word : sentences[i]) {
                if (keys[word] == null) {
                    continue;
                }
                int[] k = keys[word];
                for (int n = 0; n < k.length; n++) {
                    if (!seen[k[n]]) {
                        seen[k[n]] = true;
                        if (count == touched.length) {
                            touched = Arrays.copyOf(touched, 2 * count);
                        }
                        touched[count++] = k[n];
                    }
                    sum[k[n]] += values[word][n];
                }
            }
            int[] sorted = Arrays.copyOf(touched, count);
            Arrays.sort(sorted);
            float[] v = new float[count];
            for (int n = 0; n < count; n++) {
                v[n] = sum[sorted[n]];
                sum[sorted[n]] = 0f;
                seen[sorted[n]] = false;
            }
            sentenceKeys[i] = sorted;
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
