// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.Arrays;
import java.util.Objects;

/**
 * The sum of independent bead costs (the naive-Bayes combination of their evidence: costs are
 * −ln P, so adding them multiplies the likelihoods). A flat array rather than nested
 * {@link BeadScorer#plus} lambdas, since the search calls it in its innermost loop.
 */
final class CompositeScorer implements BeadScorer {

    private final BeadScorer[] parts;

    private CompositeScorer(BeadScorer[] parts) {
        this.parts = parts;
    }

    /** The sum of the non-null {@code parts}; null if there are none, the part itself if only one. */
    static BeadScorer of(BeadScorer... parts) {
        BeadScorer[] present = Arrays.stream(parts).filter(Objects::nonNull).toArray(BeadScorer[]::new);
        return switch (present.length) {
            case 0 -> null;
            case 1 -> present[0];
            default -> new CompositeScorer(present);
        };
    }

    /**
     * The lowest cost {@code scorer} may return for a bead that pairs sentences ({@code paired}) or leaves one unpaired,
     * as far as known: 0 for a {@link NonNegativeScorer}, a border run's discount ({@link BorderRuns#floor}), the sum
     * of its parts' for a sum, −∞ for any other scorer. A search may skip scoring candidates whose prior plus this
     * already loses.
     */
    static double floor(BeadScorer scorer, boolean paired) {
        if (scorer instanceof CompositeScorer composite) {
            return Arrays.stream(composite.parts).mapToDouble(part -> floor(part, paired)).sum();
        }
        if (scorer instanceof BorderRuns runs) {
            return runs.floor(paired);
        }
        return scorer instanceof NonNegativeScorer ? 0.0 : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        double cost = 0.0;
        for (BeadScorer part : parts) {
            cost += part.cost(s0, s1, t0, t1);
        }
        return cost;
    }
}
