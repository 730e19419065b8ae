// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.Locale;

/** One of the two texts of a document. */
public enum Side {
    SOURCE, TARGET;

    /** The opposite side. */
    public Side other() {
        return this == SOURCE ? TARGET : SOURCE;
    }

    /** The word a translator reads in messages: {@code "source"} or {@code "target"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
