// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.ReviewStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which pairs an export contains. Rejected pairs are left out unless asked for ({@link #WITH_REJECTED}): a reviewer
 * marked them wrong.
 */
public enum ExportSelection {
    /** Confirmed pairs only: what a reviewer vouched for. */
    CONFIRMED(EnumSet.of(ReviewStatus.CONFIRMED)),
    /** Confirmed and unreviewed pairs. */
    ALL(EnumSet.of(ReviewStatus.CONFIRMED, ReviewStatus.AUTO)),
    /**
     * Every pair, rejected ones with their status, for a file that comes back into Tandem with the reviewers'
     * verdicts (only in formats that carry a status: see {@link ExportOptions#parse}).
     */
    WITH_REJECTED(EnumSet.allOf(ReviewStatus.class));

    private final Set<ReviewStatus> statuses;

    ExportSelection(Set<ReviewStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<ReviewStatus> statuses() {
        return statuses;
    }

    /** Parses the {@code status} query parameter; absent means {@link #ALL}. */
    public static ExportSelection parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status '" + value + "' is unknown: use confirmed (reviewed"
                    + " pairs only), all (confirmed and unreviewed) or with-rejected (every pair, with its status).");
        }
    }
}
