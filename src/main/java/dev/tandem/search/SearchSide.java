// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import java.util.Locale;

/** Which side of the pairs a search looks in. */
public enum SearchSide {
    SOURCE, TARGET, BOTH;

    /** {@code source}, {@code target} or {@code both} (any case); null or blank means both. */
    public static SearchSide parse(String value) {
        if (value == null || value.isBlank()) {
            return BOTH;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("side '" + value + "' is not known: use source, target or both.");
        }
    }

    boolean includesSource() {
        return this != TARGET;
    }

    boolean includesTarget() {
        return this != SOURCE;
    }
}
