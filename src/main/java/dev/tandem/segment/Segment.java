// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

/**
 * One sentence of a text, as offsets into the original string.
 *
 * <p>The range {@code [start, end)} is measured in UTF-16 code units of the text that was split
 * and never cuts a surrogate pair. Segments produced by a {@link Segmenter} are trimmed (no
 * leading or trailing whitespace) and non-empty; the record itself only requires
 * {@code 0 <= start <= end}.
 *
 * @param start     offset of the first character, inclusive, {@code >= 0}
 * @param end       offset after the last character, exclusive, {@code >= start}
 * @param paragraph 0-based index of the paragraph the sentence belongs to, {@code >= 0}
 */
public record Segment(int start, int end, int paragraph) {

    public Segment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
        if (paragraph < 0) {
            throw new IllegalArgumentException("negative paragraph " + paragraph);
        }
    }

    /** The sentence's text, cut from the text it was split from. */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** Length in UTF-16 code units. */
    public int length() {
        return end - start;
    }
}
