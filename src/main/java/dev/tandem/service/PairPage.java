// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/**
 * One page of a document's pairs: {@code total} counts all pairs matching the filter; {@code version} is the document's
 * version the page was read at (read before its pairs), so a client paging through sees when an edit came between two
 * pages, which shifts the positions after it (a page may then repeat or skip pairs: start again).
 */
public record PairPage(long total, int offset, int limit, long version, List<PairView> items) {
}
