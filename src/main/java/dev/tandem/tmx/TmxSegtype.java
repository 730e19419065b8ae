// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import java.util.Locale;

/**
 * TMX 1.4b {@code segtype}: what one segment is. The spec's values: {@code sentence} and {@code phrase} where the
 * segment is one of these, {@code paragraph} where it is a whole paragraph, and {@code block} for anything else (a
 * segment that "does not correspond to one of the other values"), such as the two sentences of a 2-1 pair.
 */
public enum TmxSegtype {
    BLOCK, PARAGRAPH, SENTENCE, PHRASE;

    /** The attribute value, e.g. {@code sentence}. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }
}
