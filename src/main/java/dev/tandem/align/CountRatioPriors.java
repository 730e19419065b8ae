// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Adapts bead priors to a document's sentence-count ratio {@code r = T / S}.
 *
 * <p>If a document's target has {@code r} times as many sentences, its beads must on average hold
 * {@code r} target sentences per source sentence. The least-informative change of the base priors
 * {@code p} that satisfies this (minimum Kullback–Leibler divergence, an exponential tilt) is
 * <pre>  p'(a, b) ∝ p(a, b) · exp(λ · (b − r·a))   with λ such that  Σ p'(a, b) · (b − r·a) = 0.</pre>
 * So with {@code r > 1} the 1-2 and 1-3 shapes gain and 2-1 loses, whatever the languages.
 * The relative strength is damped by {@code strength ∈ [0, 1]} (0 = keep the base priors).
 *
 * <p>Shapes that are rare in most documents (1-5, 2-4 …) are offered as {@code extra} shapes: one enters only where
 * the document's ratio, tilting the priors, makes it at least as likely as the rarest many-to-many shape of
 * {@code base} is a priori. A Chinese novel with a third more English sentences admits 1-5; a document of
 * balanced counts keeps today's shapes (and today's priors, bit for bit), and the search its speed.
 */
final class CountRatioPriors {

    private CountRatioPriors() {
    }

    /**
     * The bead shapes and priors of {@code settings} adapted to {@code sourceCount} and {@code targetCount}, the
     * sentence counts of the part of a document taken to have a counterpart.
     */
    static List<BeadType> of(AlignerSettings settings, int sourceCount, int targetCount) {
        return adapt(settings.beadTypes(), settings.extraBeadTypes(), sourceCount, targetCount,
                settings.countRatioStrength());
    }

    /**
     * {@code base} and those of {@code extra} that the sentence-count ratio calls for (see the class comment), with
     * the tilt of {@code base} applied to them: the extra shapes take no part in solving for λ, so that the few
     * beads they may get do not shift the priors of the common shapes. {@code base} adapted alone when the ratio
     * calls for none.
     */
    static List<BeadType> adapt(List<BeadType> base, List<BeadType> extra, int sourceCount, int targetCount,
                                double strength) {
        if (extra.isEmpty() || sourceCount == 0 || targetCount == 0 || strength == 0.0) {
            return adapt(base, sourceCount, targetCount, strength);
        }
        double ratio = (double) targetCount / sourceCount;
        double lambda = strength * solveLambda(base, ratio);
        double rarest = base.stream().filter(type -> !type.isNull()).mapToDouble(BeadType::probability).min()
                .orElse(1.0);
        double baseTotal = 0.0;
        for (BeadType type : base) {
            baseTotal += tilted(type, ratio, lambda);
        }
        List<BeadType> types = new ArrayList<>(base);
        for (BeadType type : extra) {
            if (tilted(type, ratio, lambda) / baseTotal >= rarest) {
                types.add(type);
            }
        }
        if (types.size() == base.size()) {
            return adapt(base, sourceCount, targetCount, strength);
        }
        double total = 0.0;
        for (BeadType type : types) {
            total += tilted(type, ratio, lambda);
        }
        List<BeadType> adapted = new ArrayList<>(types.size());
        for (BeadType type : types) {
            adapted.add(new BeadType(type.source(), type.target(),
                    Math.max(0.0, -Math.log(tilted(type, ratio, lambda) / total))));
        }
        return adapted;
    }

    private static double tilted(BeadType type, double ratio, double lambda) {
        return type.probability() * Math.exp(lambda * (type.target() - ratio * type.source()));
    }

    static List<BeadType> adapt(List<BeadType> base, int sourceCount, int targetCount, double strength) {
        if (sourceCount == 0 || targetCount == 0 || strength == 0.0) {
            return base;
        }
        double ratio = (double) targetCount / sourceCount;
        double lambda = strength * solveLambda(base, ratio);
        double[] weights = new double[base.size()];
        double total = 0.0;
        for (int k = 0; k < base.size(); k++) {
            weights[k] = tilted(base.get(k), ratio, lambda);
            total += weights[k];
        }
        List<BeadType> adapted = new ArrayList<>(base.size());
        for (int k = 0; k < base.size(); k++) {
            BeadType type = base.get(k);
            adapted.add(new BeadType(type.source(), type.target(), Math.max(0.0, -Math.log(weights[k] / total))));
        }
        return adapted;
    }

    /** Bisection on the monotone mean of {@code b − r·a} under the tilted distribution. */
    private static double solveLambda(List<BeadType> base, double ratio) {
        double low = -10.0;
        double high = 10.0;
        if (meanExcess(base, ratio, low) > 0 || meanExcess(base, ratio, high) < 0) {
            return 0.0; // the ratio is outside what the shapes can express; keep the base priors
        }
        for (int iteration = 0; iteration < 100; iteration++) {
            double middle = 0.5 * (low + high);
            if (meanExcess(base, ratio, middle) < 0) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return 0.5 * (low + high);
    }

    private static double meanExcess(List<BeadType> base, double ratio, double lambda) {
        double weighted = 0.0;
        double total = 0.0;
        for (BeadType type : base) {
            double excess = type.target() - ratio * type.source();
            double weight = type.probability() * Math.exp(lambda * excess);
            weighted += weight * excess;
            total += weight;
        }
        return weighted / total;
    }
}
