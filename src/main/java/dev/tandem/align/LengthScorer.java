// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.Arrays;
import java.util.List;

/**
 * Gale–Church length cost, normalised by the document's own length ratio.
 *
 * <p>Lengths are counted in Unicode code points. With {@code c = total target length / total source
 * length} the source length is first mapped into target units, {@code x = c·l_s}, and
 * <pre>  δ = (l_t − x) / sqrt(s² · x),   cost = −ln(2·(1 − Φ(|δ|)))</pre>
 * so {@code s²} is a variance per target code point and the cost does not depend on the scripts
 * (a Chinese character carries far more than a Latin letter; {@code c} absorbs that). Beads with an
 * empty side cost 0 here: their prior carries all the evidence. Costs are in nats, ≥ 0.
 *
 * @see "Gale &amp; Church, A Program for Aligning Sentences in Bilingual Corpora, CL 19(1), 1993"
 */
public final class LengthScorer implements NonNegativeScorer {

    /** Median of the χ² distribution with one degree of freedom, to turn a median of δ² into a variance. */
    private static final double CHI2_MEDIAN = 0.454936;

    private final long[] sourcePrefix;
    private final long[] targetPrefix;
    private final double ratio;
    private final double variance;

    /**
     * @param sourceLengths length of every source sentence in code points
     * @param targetLengths length of every target sentence in code points
     * @param variance      {@code s²}, per target code point, &gt; 0
     */
    public LengthScorer(int[] sourceLengths, int[] targetLengths, double variance) {
        this(sourceLengths, targetLengths, variance, 0, sourceLengths.length, 0, targetLengths.length);
    }

    /**
     * As above, with the length ratio of source sentences {@code [sourceFrom, sourceTo)} and target sentences
     * {@code [targetFrom, targetTo)}: the part of the document that has a counterpart on the other side.
     */
    LengthScorer(int[] sourceLengths, int[] targetLengths, double variance, int sourceFrom, int sourceTo,
                 int targetFrom, int targetTo) {
        if (!(variance > 0.0) || Double.isInfinite(variance)) {
            throw new IllegalArgumentException("variance must be positive: " + variance);
        }
        this.sourcePrefix = prefixSums(sourceLengths);
        this.targetPrefix = prefixSums(targetLengths);
        long sourceTotal = sourcePrefix[sourceTo] - sourcePrefix[sourceFrom];
        long targetTotal = targetPrefix[targetTo] - targetPrefix[targetFrom];
        this.ratio = sourceTotal == 0 || targetTotal == 0 ? 1.0 : (double) targetTotal / sourceTotal;
        this.variance = variance;
    }

    /** Sentence lengths in code points. */
    public static int[] codePointLengths(List<String> sentences) {
        return sentences.stream().mapToInt(s -> s.codePointCount(0, s.length())).toArray();
    }

    /** The document length ratio {@code c} (target per source code point; 1 if a side is empty). */
    public double ratio() {
        return ratio;
    }

    public double variance() {
        return variance;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        if (s0 == s1 || t0 == t1) {
            return 0.0;
        }
        return lengthCost(sourcePrefix[s1] - sourcePrefix[s0], targetPrefix[t1] - targetPrefix[t0]);
    }

    /**
     * This scorer remembering the cost of every (source length, target length) pair it computes:
     * the cost depends on the bead only through these two sums, and a search asks for the same
     * pairs over and over (every pass, forward and backward). Same costs, bit for bit. Not
     * thread-safe; meant for one alignment.
     */
    BeadScorer memoized() {
        return new Memoized(this);
    }

    /** The normalised length difference δ of a bead with both sides non-empty. */
    double delta(int s0, int s1, int t0, int t1) {
        return delta(sourcePrefix[s1] - sourcePrefix[s0], targetPrefix[t1] - targetPrefix[t0]);
    }

    private double delta(long sourceLength, long targetLength) {
        double expected = ratio * sourceLength;
        double actual = targetLength;
        return (actual - expected) / Math.sqrt(variance * Math.max(expected, 1.0));
    }

    private double lengthCost(long sourceLength, long targetLength) {
        return -lnTwoSidedTail(delta(sourceLength, targetLength));
    }

    /**
     * Costs by (source length, target length), lengths beyond the table computed. A row is allocated when first
     * used and holds the target lengths asked for so far, widened by doubling: the lengths a search asks for stay
     * near the source length times the length ratio, so rows as wide as the document's target length would mostly
     * be NaN-filled for nothing.
     */
    private static final class Memoized implements NonNegativeScorer {

        private static final int MAX_SOURCE_LENGTH = 4096;
        private static final int MAX_TARGET_LENGTH = 4096;
        private static final int MIN_ROW_LENGTH = 64;

        private final LengthScorer lengths;
        private final double[][] rows;
        private final int columns;

        Memoized(LengthScorer lengths) {
            this.lengths = lengths;
            this.rows = new double[(int) Math.min(MAX_SOURCE_LENGTH, lengths.sourcePrefix[lengths.sourcePrefix.length - 1]) + 1][];
            this.columns = (int) Math.min(MAX_TARGET_LENGTH, lengths.targetPrefix[lengths.targetPrefix.length - 1]) + 1;
            Arrays.fill(rows, new double[0]);
        }

        @Override
        public double cost(int s0, int s1, int t0, int t1) {
            if (s0 == s1 || t0 == t1) {
                return 0.0;
            }
            long sourceLength = lengths.sourcePrefix[s1] - lengths.sourcePrefix[s0];
            long targetLength = lengths.targetPrefix[t1] - lengths.targetPrefix[t0];
            if (sourceLength >= rows.length || targetLength >= columns) {
                return lengths.lengthCost(sourceLength, targetLength);
            }
            double[] row = rows[(int) sourceLength];
            if (targetLength >= row.length) {
                row = widened(row, (int) targetLength);
                rows[(int) sourceLength] = row;
            }
            double cost = row[(int) targetLength];
            if (Double.isNaN(cost)) {
                cost = lengths.lengthCost(sourceLength, targetLength);
                row[(int) targetLength] = cost;
            }
            return cost;
        }

        /** {@code row} widened to hold {@code targetLength}, the new columns NaN (not computed yet). */
        private double[] widened(double[] row, int targetLength) {
            int length = Math.min(columns, Math.max(targetLength + 1, Math.max(MIN_ROW_LENGTH, 2 * row.length)));
            double[] wider = Arrays.copyOf(row, length);
            Arrays.fill(wider, row.length, length, Double.NaN);
            return wider;
        }
    }

    /**
     * A robust document estimate of {@code s²} from a first-pass path: the median of
     * {@code (l_t − c·l_s)² / (c·l_s)} over its beads with both sides non-empty, divided by the
     * χ²₁ median. Falls back to {@code fallback} when the path has fewer than {@code minBeads} such beads.
     */
    public double estimateVariance(List<ScoredBead> path, int minBeads, double fallback) {
        double[] squares = path.stream()
                .filter(ScoredBead::pairs)
                .mapToDouble(b -> {
                    double d = delta(b.sourceStart(), b.sourceEnd(), b.targetStart(), b.targetEnd());
                    return d * d * variance;
                })
                .toArray();
        if (squares.length < Math.max(1, minBeads)) {
            return fallback;
        }
        Arrays.sort(squares);
        int n = squares.length;
        double median = n % 2 == 1 ? squares[n / 2] : 0.5 * (squares[n / 2 - 1] + squares[n / 2]);
        return median > 0.0 ? median / CHI2_MEDIAN : fallback;
    }

    /**
     * {@code ln(2·(1 − Φ(|δ|))) = ln erfc(|δ|/√2)}, computed in the log domain so large |δ| do not
     * underflow (Chebyshev fit of erfc, Numerical Recipes {@code erfcc}, relative error &lt; 1.2e-7).
     */
    static double lnTwoSidedTail(double delta) {
        double z = Math.abs(delta) / Math.sqrt(2.0);
        double t = 1.0 / (1.0 + 0.5 * z);
        double poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.min(0.0, Math.log(t) - z * z + poly);
    }

    private static long[] prefixSums(int[] lengths) {
        long[] prefix = new long[lengths.length + 1];
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] < 0) {
                throw new IllegalArgumentException("negative length at " + i);
            }
            prefix[i + 1] = prefix[i] + lengths[i];
        }
        return prefix;
    }
}
