// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * A {@link BeadScorer} whose cost is never negative (a plain penalty). The searches use this to
 * skip scoring a candidate whose predecessor cost plus prior already loses, which leaves their
 * result unchanged.
 */
interface NonNegativeScorer extends BeadScorer {
}
