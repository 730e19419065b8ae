// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

/** A half-open range {@code [start, end)} of UTF-16 offsets; internal building block of the splitters. */
record TextRange(int start, int end) {

    TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }
}
