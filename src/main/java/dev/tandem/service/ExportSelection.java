// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.PairStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Which pairs an export contains. Rejected pairs are never exported: a reviewer marked them wrong. */
public enum ExportSelection {
    /** Confirmed pairs only: what a reviewer vouched for. */
    CONFIRMED(EnumSet.of(PairStatus.CONFIRMED)),
    /** Confirmed and unreviewed pairs. */
    ALL(EnumSet.of(PairStatus.CONFIRMED, PairStatus.AUTO));

    private final Set<PairStatus> statuses;

    ExportSelection(Set<PairStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<PairStatus> statuses() {
        return statuses;
    }

    /** Parses the {@code status} query parameter; absent means {@link #ALL}. */
    public static ExportSelection parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status",
                    "status '" + value + "' is unknown: use confirmed (reviewed pairs only) or all.");
        }
    }
}
