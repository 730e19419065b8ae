// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * Content cost (−ln P, lower is better, in nats) of aligning source sentences {@code [s0, s1)} with
 * target sentences {@code [t0, t1)}, excluding the bead-type prior, which the {@link Aligner} adds.
 *
 * <p>Implementations are pure and should run in O(1) (prefix sums): the search calls them
 * O(rows × band width × bead types) times. Callers guarantee {@code s0 ≤ s1}, {@code t0 ≤ t1}
 * and at least one non-empty side.
 */
@FunctionalInterface
public interface BeadScorer {

    double cost(int s0, int s1, int t0, int t1);

    /** This scorer plus {@code other}. */
    default BeadScorer plus(BeadScorer other) {
        return (s0, s1, t0, t1) -> cost(s0, s1, t0, t1) + other.cost(s0, s1, t0, t1);
    }
}
