// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/**
 * A page of a document's review queue, riskiest first, with the counts read in the same pass (so they agree with
 * the list): {@code total} pairs at risk (the queue's length), {@code confidentToConfirm} pairs "confirm confident"
 * would confirm, and all {@code pairs} of the document. The counts are those {@link DocumentSummary} gives.
 */
public record RiskyPairPage(long total, int offset, int limit, List<RiskyPair> items, long confidentToConfirm,
                            long pairs) {
}
