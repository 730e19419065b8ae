// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/**
 * What an edit changed. {@code structural}: the pairs at positions {@code [fromPosition, fromPosition + removedPairs)}
 * were replaced by {@code pairs} (later pairs moved by the difference); otherwise {@code pairs} are the pairs whose
 * status changed, in place.
 */
public record EditResult(long documentId, long version, EditView edit, boolean structural, int fromPosition,
                         int removedPairs, List<PairView> pairs) {
}
