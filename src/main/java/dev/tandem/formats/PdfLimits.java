// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * How much of a PDF {@link PdfText} reads before refusing it, so that a hostile file costs bounded time.
 *
 * @param maxPages        most pages
 * @param maxChars        most characters of text extracted
 * @param maxContentBytes most bytes of drawing instructions decoded and read, over all pages and every time a form
 *                        is drawn (a page of text takes 5–50 KB; a deflated page of blanks can inflate a
 *                        thousandfold, and forms drawing forms multiply)
 */
public record PdfLimits(int maxPages, int maxChars, long maxContentBytes) {
    public PdfLimits {
        if (maxPages < 1 || maxChars < 1 || maxContentBytes < 1) {
            throw new IllegalArgumentException("PDF limits must be positive: " + maxPages + ", " + maxChars + ", "
                    + maxContentBytes);
        }
    }
}
