// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * A bead shape and its prior: {@code source} source sentences aligned with {@code target} target
 * sentences, with {@code cost = −ln P(shape)} (lower is more likely).
 *
 * @param source number of source sentences, ≥ 0
 * @param target number of target sentences, ≥ 0, not both zero
 * @param cost   prior cost in nats, finite and ≥ 0
 */
public record BeadType(int source, int target, double cost) {

    public BeadType {
        if (source < 0 || target < 0 || source + target == 0) {
            throw new IllegalArgumentException("bad bead shape " + source + "-" + target);
        }
        if (!(cost >= 0.0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("prior cost must be finite and ≥ 0: " + cost);
        }
    }

    /** The shape with the prior given as a probability in {@code (0, 1]}. */
    public static BeadType ofProbability(int source, int target, double probability) {
        if (!(probability > 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be in (0,1]: " + probability);
        }
        return new BeadType(source, target, -Math.log(probability));
    }

    /** The prior probability {@code exp(−cost)}. */
    public double probability() {
        return Math.exp(-cost);
    }

    /** True for the insertion/deletion shapes 0-n and n-0. */
    public boolean isNull() {
        return source == 0 || target == 0;
    }
}
