// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.List;

/**
 * Search for the cheapest monotone bead path through the alignment lattice, with bead shapes and
 * priors fixed at construction.
 *
 * <p>The cost of a path is the sum over its beads of the bead-type prior cost plus
 * {@link BeadScorer#cost}. Implementations are stateless and thread-safe.
 */
public interface Aligner {

    /**
     * Returns beads covering every sentence of both sides exactly once, in document order. Both
     * counts zero → empty list; one count zero → only n-0 / 0-n beads. Among equally cheap paths,
     * the one preferring earlier bead types (in the configured order) at later lattice points wins,
     * so that different implementations agree exactly.
     */
    List<ScoredBead> align(int sourceCount, int targetCount, BeadScorer scorer);
}
