// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * A {@link BeadScorer} whose cost is never negative (a plain penalty). The searches use this to
 * skip scoring a candidate whose predecessor cost plus prior already loses, which leaves their
 * result unchanged.
 */
interface NonNegativeScorer extends BeadScorer {
    /**
     * The cost of a bead a reviewer ruled out (rejected, or crossing a confirmed pair): far above any other evidence,
     * e⁻⁶⁰ of posterior mass being no confidence at all, yet finite, so that a path exists when nothing else is possible.
     */
    double PROHIBITIVE = 60.0;
}
