// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * One line of text as a PDF page shows it, in PDF points measured from the page's top-left corner.
 *
 * @param page     0-based page index
 * @param text     the line's characters, spaces collapsed, never blank
 * @param left     left edge of its first glyph
 * @param right    right edge of its last glyph
 * @param baseline distance of its baseline from the top of the page
 * @param size     its largest font size, in points (at least 1)
 */
public record PdfLine(int page, String text, float left, float right, float baseline, float size) {
    public PdfLine {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a PDF line has text");
        }
        size = Math.max(size, 1);
    }
}
