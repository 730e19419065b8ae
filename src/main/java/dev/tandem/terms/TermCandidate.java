// SPDX-License-Identifier: Apache-2.0
package dev.tandem.terms;

import java.util.List;
import java.util.Objects;

/**
 * A source phrase and a target phrase that keep occurring in the same pairs.
 *
 * @param source         the source phrase as most often written
 * @param target         the target phrase as most often written
 * @param frequency      pairs holding both
 * @param dice           Dice's coefficient of the two, 2 × both / (source's pairs + target's pairs), in (0, 1]
 * @param logLikelihood  Dunning's log-likelihood ratio (G²) of their co-occurrence: how far from chance it is; the
 *                       candidates are ranked by it
 * @param examples       ids of a few pairs holding both, in the order the pairs were given
 */
public record TermCandidate(String source, String target, int frequency, double dice, double logLikelihood,
                            List<Long> examples) {
    public TermCandidate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        examples = List.copyOf(examples);
    }

    /** The stable id of this term pair ({@link TermKeys#id}). */
    public long id() {
        return TermKeys.id(source, target);
    }
}
