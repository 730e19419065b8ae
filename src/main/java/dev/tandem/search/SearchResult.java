// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import java.util.List;

/** How many pairs match in all, and the requested page of them, best first. */
public record SearchResult(long total, List<PairHit> hits) {
}
