// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/** One page of a document's pairs: {@code total} counts all pairs matching the filter. */
public record PairPage(long total, int offset, int limit, List<PairView> items) {
}
