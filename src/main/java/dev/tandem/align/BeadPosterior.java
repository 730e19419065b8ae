// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Posterior probability of each bead of a path, by forward–backward over the same band the path
 * was found in: {@code P(bead) = exp(−(F(start) + cost(bead) + B(end) − F(S,T)) / τ)}, where F and B
 * are the soft-minimum (−τ·ln Σ exp(−cost/τ)) path costs from {@code (0,0)} and to {@code (S,T)}.
 * {@code τ = 1} is the model's own posterior; {@code τ > 1} flattens it. A flatter posterior does not
 * fix what is wrong with the top bucket on the development sets: the confidently wrong beads are of
 * rare shapes (1-4 beads swallowing page debris, 0-1 beads, 2-2 beads over reordered sentences), so
 * {@link #capRareShapes} caps those instead, and τ stays 1. Linear in the band size, like the search.
 */
final class BeadPosterior {

    /**
     * Bead costs the forward pass keeps for the backward one at most (32 MB): a bead's cost is the same both ways,
     * and scoring it (the lexicon scorers above all) is most of the time of forward–backward.
     */
    static final long MAX_KEPT_COSTS = 1L << 22;

    private final List<BeadType> types;
    private final double temperature;

    BeadPosterior(List<BeadType> types, double temperature) {
        if (!(temperature > 0.0)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
        this.types = types;
        this.temperature = temperature;
    }

    /** Posterior in [0, 1] of each bead of {@code path}, in path order. */
    double[] posteriors(Band band, int targetCount, BeadScorer scorer, List<ScoredBead> path) {
        return posteriors(band, targetCount, scorer, path, null);
    }

    /** As above, telling {@code meter} (may be null) of each row of the forward and the backward pass. */
    double[] posteriors(Band band, int targetCount, BeadScorer scorer, List<ScoredBead> path, ProgressMeter meter) {
        return posteriors(band, targetCount, scorer, null, path, meter)[0];
    }

    /**
     * The posteriors of each bead of {@code path} under two models at once: {@code [0]} under {@code base} plus
     * {@code extra} (the costs {@code path} was found with: a {@link CompositeScorer} of base's parts and then
     * extra's sums them in this order, bit for bit), {@code [1]} under {@code base} alone. Each bead is scored once
     * for both. With {@code extra} null, {@code [0]} alone, under {@code base}.
     */
    double[][] posteriors(Band band, int targetCount, BeadScorer base, BeadScorer extra, List<ScoredBead> path,
                          ProgressMeter meter) {
        int cells = Math.toIntExact(band.cellCount());
        boolean two = extra != null;
        double[] forward = new double[cells];
        double[] backward = new double[cells];
        double[] baseForward = two ? new double[cells] : null;
        double[] baseBackward = two ? new double[cells] : null;
        double[] candidates = new double[types.size()];
        double[] baseCandidates = new double[types.size()];
        int typeCount = types.size();
        int rows = band.rows();
        // the backward pass scores the same beads as the forward one: keep their costs, of the last rows when the
        // whole band's do not fit (the backward pass starts there)
        int firstKept = firstKeptRow(band, typeCount * (two ? 2 : 1));
        int keptBase = firstKept < rows ? band.index(firstKept, band.lo(firstKept)) : cells;
        double[] kept = new double[(cells - keptBase) * typeCount];
        double[] keptExtra = two ? new double[kept.length] : null;
        for (int i = 0; i < rows; i++) {
            if (meter != null) {
                meter.row(i, 2 * rows);
            }
            for (int j = band.lo(i); j < band.hi(i); j++) {
                int n = 0;
                int slot = i >= firstKept ? (band.index(i, j) - keptBase) * typeCount : -1;
                for (int k = 0; k < typeCount; k++) {
                    BeadType type = types.get(k);
                    int pi = i - type.source();
                    int pj = j - type.target();
                    if (band.contains(pi, pj)) {
                        double cost = base.cost(pi, i, pj, j);
                        double extraCost = two ? extra.cost(pi, i, pj, j) : 0.0;
                        if (slot >= 0) {
                            kept[slot + k] = cost;
                            if (two) {
                                keptExtra[slot + k] = extraCost;
                            }
                        }
                        int previous = band.index(pi, pj);
                        if (two) {
                            baseCandidates[n] = baseForward[previous] + type.cost() + cost;
                            candidates[n++] = forward[previous] + type.cost() + (cost + extraCost);
                        } else {
                            candidates[n++] = forward[previous] + type.cost() + cost;
                        }
                    }
                }
                int cell = band.index(i, j);
                forward[cell] = i == 0 && j == 0 ? 0.0 : softMin(candidates, n);
                if (two) {
                    baseForward[cell] = i == 0 && j == 0 ? 0.0 : softMin(baseCandidates, n);
                }
            }
        }
        int lastRow = band.rows() - 1;
        for (int i = lastRow; i >= 0; i--) {
            if (meter != null) {
                meter.row(2 * rows - 1 - i, 2 * rows);
            }
            for (int j = band.hi(i) - 1; j >= band.lo(i); j--) {
                int n = 0;
                for (int k = 0; k < typeCount; k++) {
                    BeadType type = types.get(k);
                    int ni = i + type.source();
                    int nj = j + type.target();
                    if (band.contains(ni, nj)) {
                        boolean isKept = ni >= firstKept;
                        int slot = isKept ? (band.index(ni, nj) - keptBase) * typeCount + k : -1;
                        double cost = isKept ? kept[slot] : base.cost(i, ni, j, nj);
                        int next = band.index(ni, nj);
                        if (two) {
                            double extraCost = isKept ? keptExtra[slot] : extra.cost(i, ni, j, nj);
                            baseCandidates[n] = baseBackward[next] + type.cost() + cost;
                            candidates[n++] = backward[next] + type.cost() + (cost + extraCost);
                        } else {
                            candidates[n++] = backward[next] + type.cost() + cost;
                        }
                    }
                }
                int cell = band.index(i, j);
                boolean end = i == lastRow && j == targetCount;
                backward[cell] = end ? 0.0 : softMin(candidates, n);
                if (two) {
                    baseBackward[cell] = end ? 0.0 : softMin(baseCandidates, n);
                }
            }
        }
        double[] result = new double[path.size()];
        double[] baseResult = two ? new double[path.size()] : null;
        int last = band.index(lastRow, targetCount);
        for (int k = 0; k < path.size(); k++) {
            ScoredBead bead = path.get(k);
            int start = band.index(bead.sourceStart(), bead.targetStart());
            int end = band.index(bead.sourceEnd(), bead.targetEnd());
            result[k] = probability(forward[start] + bead.cost() + backward[end], forward[last]);
            if (two) {
                double baseCost = priorOf(bead) + base.cost(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(),
                        bead.targetEnd());
                baseResult[k] = probability(baseForward[start] + baseCost + baseBackward[end], baseForward[last]);
            }
        }
        return two ? new double[][] {result, baseResult} : new double[][] {result};
    }

    private double probability(double through, double total) {
        double p = Math.exp(-(through - total) / temperature);
        return Double.isNaN(p) ? 0.0 : Math.min(1.0, Math.max(0.0, p));
    }

    /** The prior cost of a bead's shape. */
    private double priorOf(ScoredBead bead) {
        for (BeadType type : types) {
            if (type.source() == bead.sourceEnd() - bead.sourceStart() && type.target() == bead.targetEnd() - bead.targetStart()) {
                return type.cost();
            }
        }
        throw new IllegalArgumentException("a bead of a shape not among the types");
    }

    /**
     * The path through {@code band} with the most expected right beads, less {@code gain} for each bead it has: maximum
     * expected accuracy decoding, in place of the single most probable path of the search. Strict F1 counts the beads
     * that are exactly right, so the decoder chooses beads by their own posterior probabilities under {@code scorer},
     * not by the probability of the whole path: of two paths that differ in a stretch, it takes the one whose beads
     * there are more likely right each. A bead enters only with a posterior above {@code gain} (0 counts expected right
     * beads alone, ½ expected right minus expected wrong ones). One forward–backward pass and one dynamic programme over
     * the band, linear in its size; each bead of the result costs its prior plus {@code scorer}'s cost, as on a search
     * path. Returns {@code fallback} if the band holds no complete path. Tells {@code meter} (may be null) of each row of
     * the forward and the backward pass, as {@link #posteriors} does.
     *
     * @see "Kall, Krogh &amp; Sonnhammer, An HMM posterior decoder for sequence feature prediction that includes
     *      homology information, Bioinformatics 21, 2005"
     * @see "Hamada, Kiryu, Sato, Mituyama &amp; Asai, Prediction of RNA secondary structure using generalized centroid
     *      estimators, Bioinformatics 25(4), 2009"
     */
    List<ScoredBead> mostExpectedRight(Band band, int targetCount, BeadScorer scorer, double gain,
                                       List<ScoredBead> fallback, ProgressMeter meter) {
        int cells = Math.toIntExact(band.cellCount());
        int typeCount = types.size();
        int rows = band.rows();
        int lastRow = rows - 1;
        // the three passes score the same beads: keep their costs when they fit, as the posteriors do
        boolean keep = (long) cells * typeCount <= MAX_KEPT_COSTS;
        double[] costs = keep ? new double[cells * typeCount] : null;
        double[] forward = new double[cells];
        double[] candidates = new double[typeCount];
        for (int i = 0; i < rows; i++) {
            if (meter != null) {
                meter.row(i, 2 * rows);
            }
            for (int j = band.lo(i); j < band.hi(i); j++) {
                int cell = band.index(i, j);
                int n = 0;
                for (int k = 0; k < typeCount; k++) {
                    BeadType type = types.get(k);
                    int pi = i - type.source();
                    int pj = j - type.target();
                    if (band.contains(pi, pj)) {
                        double cost = scorer.cost(pi, i, pj, j);
                        if (keep) {
                            costs[cell * typeCount + k] = cost;
                        }
                        candidates[n++] = forward[band.index(pi, pj)] + type.cost() + cost;
                    }
                }
                forward[cell] = i == 0 && j == 0 ? 0.0 : softMin(candidates, n);
            }
        }
        double[] backward = new double[cells];
        for (int i = lastRow; i >= 0; i--) {
            if (meter != null) {
                meter.row(2 * rows - 1 - i, 2 * rows);
            }
            for (int j = band.hi(i) - 1; j >= band.lo(i); j--) {
                int n = 0;
                for (int k = 0; k < typeCount; k++) {
                    BeadType type = types.get(k);
                    int ni = i + type.source();
                    int nj = j + type.target();
                    if (band.contains(ni, nj)) {
                        int next = band.index(ni, nj);
                        double cost = keep ? costs[next * typeCount + k] : scorer.cost(i, ni, j, nj);
                        candidates[n++] = backward[next] + type.cost() + cost;
                    }
                }
                backward[band.index(i, j)] = i == lastRow && j == targetCount ? 0.0 : softMin(candidates, n);
            }
        }
        int end = band.index(lastRow, targetCount);
        double total = forward[end];
        double[] best = new double[cells];
        byte[] from = new byte[cells];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[band.index(0, 0)] = 0.0;
        for (int i = 0; i < rows; i++) {
            for (int j = band.lo(i); j < band.hi(i); j++) {
                int cell = band.index(i, j);
                for (int k = 0; k < typeCount; k++) {
                    BeadType type = types.get(k);
                    int pi = i - type.source();
                    int pj = j - type.target();
                    if (!band.contains(pi, pj) || best[band.index(pi, pj)] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    int previous = band.index(pi, pj);
                    double cost = keep ? costs[cell * typeCount + k] : scorer.cost(pi, i, pj, j);
                    double value = best[previous] - gain
                            + probability(forward[previous] + type.cost() + cost + backward[cell], total);
                    if (value > best[cell]) {
                        best[cell] = value;
                        from[cell] = (byte) k;
                    }
                }
            }
        }
        if (best[end] == Double.NEGATIVE_INFINITY || Double.isInfinite(total)) {
            return fallback;
        }
        List<ScoredBead> path = new ArrayList<>();
        for (int i = lastRow, j = targetCount; i > 0 || j > 0; ) {
            int k = from[band.index(i, j)];
            BeadType type = types.get(k);
            int pi = i - type.source();
            int pj = j - type.target();
            double cost = keep ? costs[band.index(i, j) * typeCount + k] : scorer.cost(pi, i, pj, j);
            path.add(new ScoredBead(pi, i, pj, j, type.cost() + cost));
            i = pi;
            j = pj;
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /**
     * The confidence in each bead of two models' posteriors {@code full} and {@code base}, where {@code full} has
     * all of {@code base}'s evidence and more that repeats part of it: one minus the geometric mean of their error
     * probabilities, {@code 1 − √((1 − p_full)(1 − p_base))}. A bead both models are sure of keeps its confidence; one
     * that only the repeated evidence makes sure of is trusted halfway (in log error) between them.
     */
    static double[] agreement(double[] full, double[] base) {
        double[] confidence = new double[full.length];
        for (int k = 0; k < full.length; k++) {
            confidence[k] = 1.0 - Math.sqrt((1.0 - full[k]) * (1.0 - base[k]));
        }
        return confidence;
    }

    /**
     * The first row from which the forward pass keeps the costs of the beads ending in each cell for the backward
     * pass, so that at most {@value #MAX_KEPT_COSTS} costs are kept: every row on documents of up to several thousand
     * sentences, the rows the backward pass starts with on longer ones.
     */
    private static int firstKeptRow(Band band, int typeCount) {
        long cells = band.cellCount();
        int row = 0;
        while (row < band.rows() && (cells - band.index(row, band.lo(row))) * typeCount > MAX_KEPT_COSTS) {
            row++;
        }
        return row;
    }

    /**
     * {@code posteriors} with every bead whose shape has a prior (in {@code types}) below {@code rarePrior}
     * capped at {@code cap}; a new array.
     */
    static double[] capRareShapes(double[] posteriors, List<ScoredBead> path, List<BeadType> types,
                                  double rarePrior, double cap) {
        double[] capped = posteriors.clone();
        for (int k = 0; k < capped.length; k++) {
            ScoredBead bead = path.get(k);
            int source = bead.sourceEnd() - bead.sourceStart();
            int target = bead.targetEnd() - bead.targetStart();
            for (BeadType type : types) {
                if (type.source() == source && type.target() == target && type.probability() < rarePrior) {
                    capped[k] = Math.min(capped[k], cap);
                }
            }
        }
        return capped;
    }

    private double softMin(double[] values, int n) {
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            min = Math.min(min, values[k]);
        }
        if (min == Double.POSITIVE_INFINITY) {
            return min;
        }
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            sum += Math.exp(-(values[k] - min) / temperature);
        }
        return min - temperature * Math.log(sum);
    }
}
