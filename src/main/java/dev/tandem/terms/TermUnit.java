// SPDX-License-Identifier: Apache-2.0
package dev.tandem.terms;

import java.util.Objects;

/**
 * One aligned pair to learn terms from: the source text translates the target text.
 *
 * @param id     the pair's id, quoted back as an example of the terms found in it
 * @param source the source text (the pair's sentences joined)
 * @param target the target text
 */
public record TermUnit(long id, String source, String target) {
    public TermUnit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
