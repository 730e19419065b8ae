// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import java.util.List;

/** A pair a search found, with where the query matched in each side's text (in order, not overlapping). */
public record PairHit(IndexedPair pair, List<Highlight> sourceHighlights, List<Highlight> targetHighlights) {
}
