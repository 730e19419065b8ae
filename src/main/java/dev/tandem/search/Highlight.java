// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

/** A match in a text: the half-open range {@code [start, end)} of UTF-16 offsets, as Java and JavaScript count. */
public record Highlight(int start, int end) {
    public Highlight {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid highlight [" + start + ", " + end + ")");
        }
    }
}
