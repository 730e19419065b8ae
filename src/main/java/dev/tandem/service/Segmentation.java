// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.Locale;

/** How an imported text is cut into sentences. */
public enum Segmentation {
    /** Language-aware sentence splitting. */
    AUTO,
    /** One sentence per non-blank line, taken as given. */
    LINES;

    /** Parses the request value; {@code null} or blank means {@link #AUTO}. */
    public static Segmentation parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value; // never echo a long input
            throw new InvalidInputException("segmentation",
                    "segmentation '" + shown + "' is unknown: use auto (split into sentences) or lines (one sentence per line).");
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
