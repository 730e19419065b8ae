// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import dev.tandem.review.ReviewStatus;

/**
 * One pair as the index keeps it: ids, review status, and each side's sentences joined into one text (the text the
 * search answers with, and whose offsets its highlights are).
 */
public record IndexedPair(long pairId, long documentId, long projectId, ReviewStatus status, String source,
                          String target) {
}
