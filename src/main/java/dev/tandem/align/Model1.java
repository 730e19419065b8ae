// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * IBM Model 1 word-translation probabilities learned by expectation–maximisation from aligned units, in both
 * directions, with a null word on each side (Brown et al. 1993). Co-occurring pairs get a dense index once, and
 * each unit keeps the index of every (source position, target position) pair, so an iteration is a pass over
 * primitive arrays.
 */
final class Model1 {

    /** The dense index of every co-occurring pair, which {@link #pairs} and the probabilities share. */
    private final PairCounter index;
    private final long[] pairs;
    private final double[] forward;
    private final double[] backward;

    private Model1(PairCounter index, long[] pairs, double[] forward, double[] backward) {
        this.index = index;
        this.pairs = pairs;
        this.forward = forward;
        this.backward = backward;
    }

    /**
     * Trains {@code iterations} rounds of EM on units ({@code source[k]} translates {@code target[k]}, word ids
     * below the vocabulary sizes).
     */
    static Model1 train(int[][] source, int[][] target, int sourceVocabulary, int targetVocabulary, int iterations) {
        PairCounter counter = new PairCounter();
        int[][] cells = new int[source.length][];
        for (int k = 0; k < source.length; k++) {
            int[] index = new int[source[k].length * target[k].length];
            int p = 0;
            for (int s : source[k]) {
                for (int t : target[k]) {
                    index[p++] = counter.add(PairCounter.key(s, t));
                }
            }
            cells[k] = index;
        }
        long[] pairs = new long[counter.size()];
        for (int c = 0; c < pairs.length; c++) {
            pairs[c] = counter.key(c);
        }
        // the two directions are independent: train them side by side
        CompletableFuture<double[]> backward = CompletableFuture.supplyAsync(
                () -> em(source, target, cells, pairs, sourceVocabulary, targetVocabulary, iterations, false));
        double[] forward = em(source, target, cells, pairs, sourceVocabulary, targetVocabulary, iterations, true);
        return new Model1(counter, pairs, forward, backward.join());
    }

    /**
     * P(target word | source word) per pair when {@code targetGivenSource}, else P(source word | target word);
     * cell {@code s·|target| + t} of a unit is the pair of its s-th source and t-th target word.
     */
    private static double[] em(int[][] source, int[][] target, int[][] cells, long[] pairs, int sourceVocabulary,
                               int targetVocabulary, int iterations, boolean targetGivenSource) {
        int pairCount = pairs.length;
        double[] probability = new double[pairCount];
        Arrays.fill(probability, 1.0);
        int givenVocabulary = targetGivenSource ? sourceVocabulary : targetVocabulary;
        int producedVocabulary = targetGivenSource ? targetVocabulary : sourceVocabulary;
        double[] nullProbability = new double[producedVocabulary];
        Arrays.fill(nullProbability, 1.0);
        double[] counts = new double[pairCount];
        double[] nullCounts = new double[producedVocabulary];
        double[] totals = new double[givenVocabulary];
        for (int iteration = 0; iteration < iterations; iteration++) {
            Arrays.fill(counts, 0.0);
            Arrays.fill(nullCounts, 0.0);
            Arrays.fill(totals, 0.0);
            double nullTotal = 0.0;
            for (int k = 0; k < source.length; k++) {
                int[] given = targetGivenSource ? source[k] : target[k];
                int[] produced = targetGivenSource ? target[k] : source[k];
                int width = target[k].length;
                for (int q = 0; q < produced.length; q++) {
                    double z = nullProbability[produced[q]];
                    for (int g = 0; g < given.length; g++) {
                        z += probability[cell(cells[k], width, targetGivenSource, g, q)];
                    }
                    double fromNull = nullProbability[produced[q]] / z;
                    nullCounts[produced[q]] += fromNull;
                    nullTotal += fromNull;
                    for (int g = 0; g < given.length; g++) {
                        int c = cell(cells[k], width, targetGivenSource, g, q);
                        double share = probability[c] / z;
                        counts[c] += share;
                        totals[given[g]] += share;
                    }
                }
            }
            for (int c = 0; c < pairCount; c++) {
                int given = targetGivenSource ? PairCounter.source(pairs[c]) : PairCounter.target(pairs[c]);
                probability[c] = totals[given] == 0.0 ? 0.0 : counts[c] / totals[given];
            }
            for (int w = 0; w < producedVocabulary; w++) {
                nullProbability[w] = nullTotal == 0.0 ? 0.0 : nullCounts[w] / nullTotal;
            }
        }
        return probability;
    }

    private static int cell(int[] cells, int width, boolean targetGivenSource, int given, int produced) {
        return targetGivenSource ? cells[given * width + produced] : cells[produced * width + given];
    }

    /** P(target | source) of a co-occurring pair, 0 for pairs that never co-occurred. */
    double targetGivenSource(int source, int target) {
        int p = index.indexOf(PairCounter.key(source, target));
        return p < 0 ? 0.0 : forward[p];
    }

    /** P(source | target) of a co-occurring pair, 0 for pairs that never co-occurred. */
    double sourceGivenTarget(int source, int target) {
        int p = index.indexOf(PairCounter.key(source, target));
        return p < 0 ? 0.0 : backward[p];
    }

    /** Calls {@code action} with every co-occurring pair and both its probabilities. */
    void forEach(PairAction action) {
        for (int p = 0; p < pairs.length; p++) {
            action.accept(PairCounter.source(pairs[p]), PairCounter.target(pairs[p]), forward[p], backward[p]);
        }
    }

    @FunctionalInterface
    interface PairAction {
        void accept(int source, int target, double targetGivenSource, double sourceGivenTarget);
    }
}
