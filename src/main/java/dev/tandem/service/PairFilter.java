// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.ReviewStatus;

/**
 * Which pairs of a document to list; every part is optional ({@code null} or blank: no condition) and the parts
 * combine with "and".
 *
 * @param status          only pairs with this status
 * @param confidenceBelow only pairs whose confidence is strictly below this value (in [0, 1]), and the pairs the
 *                        aligner did not score (no confidence), which need review just as much
 * @param flag            only pairs with this QA flag code ({@code numbers}, {@code length}, …); {@code any} for
 *                        pairs with at least one flag
 * @param text            only pairs whose source or target sentences contain this text, ignoring case
 */
public record PairFilter(ReviewStatus status, Double confidenceBelow, String flag, String text) {
    /** Every pair. */
    public static final PairFilter ALL = new PairFilter(null, null, null, null);

    public static PairFilter status(ReviewStatus status) {
        return new PairFilter(status, null, null, null);
    }

    public boolean isEmpty() {
        return status == null && byStatusAlone();
    }

    /** No condition but, perhaps, the status: a document's status counts tell how many pairs match. */
    public boolean byStatusAlone() {
        return confidenceBelow == null && (flag == null || flag.isBlank()) && (text == null || text.isBlank());
    }
}
