// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.Locale;

/** What one exported unit (a TMX unit, a spreadsheet row, a line of Moses text) may hold ({@code units} parameter). */
public enum ExportUnits {
    /** One unit per pair, whatever its sentences (a 2-1 pair is one unit): the default. */
    PAIR,
    /**
     * Only pairs with exactly one sentence on each side, what the sentence-level memories of Trados and memoQ take
     * and what sentence-aligned corpora (Moses) hold; the others are left out and counted.
     */
    SENTENCE;

    /** Whether a pair is written under this choice. */
    boolean admits(ExportReader.Pair pair) {
        return this == PAIR || pair.source().size() == 1 && pair.target().size() == 1;
    }

    /** Parses the {@code units} query parameter; absent means {@link #PAIR}. */
    public static ExportUnits parse(String value) {
        if (value == null || value.isBlank()) {
            return PAIR;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("units", "units '" + value + "' is unknown: use pair (one unit per pair,"
                    + " the default) or sentence (only pairs with one sentence on each side).");
        }
    }
}
