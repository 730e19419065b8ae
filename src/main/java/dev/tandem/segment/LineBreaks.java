// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import java.util.List;
import java.util.Objects;

/**
 * How the language-aware segmenter ({@link Segmenters#forLanguage}) reads the line breaks of a text. One blank line
 * anywhere between lines of text switches the whole text from "each line is a paragraph" to "blank lines separate
 * paragraphs", in which a single line break only wraps a line and is read as a space ({@link Lines#paragraphs}); a
 * user who did not mean that needs to be told which reading was taken.
 *
 * <p>The reading depends on the text alone, so the same text always gives the same value. Blank lines before the
 * first or after the last line of text do not count, as in the segmenter.
 */
public enum LineBreaks {
    /** At most one line of text: no line break was read. */
    NONE,
    /** Several lines and no blank line between them: each line is a paragraph, no line break was joined. */
    LINE_PARAGRAPHS,
    /** Blank lines separate paragraphs, and no paragraph has a line break inside it. */
    BLANK_LINES,
    /**
     * Blank lines separate paragraphs, and at least one paragraph has a single line break inside it, read as a
     * space: the lines on either side of it may end up in one sentence ("Chapter One\nIt was late.").
     */
    JOINED;

    /**
     * The reading of {@code text}'s line breaks. Linear in its length.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static LineBreaks of(String text) {
        Objects.requireNonNull(text, "text");
        List<TextRange> lines = Lines.of(text);
        boolean[] blank = new boolean[lines.size()];
        int textLines = 0;
        for (int i = 0; i < blank.length; i++) {
            blank[i] = Chars.isBlank(text, lines.get(i).start(), lines.get(i).end());
            textLines += blank[i] ? 0 : 1;
        }
        if (!Lines.hasInnerBlankLine(blank)) {
            return textLines <= 1 ? NONE : LINE_PARAGRAPHS;
        }
        for (int i = 1; i < blank.length; i++) {
            if (!blank[i - 1] && !blank[i]) {
                return JOINED;
            }
        }
        return BLANK_LINES;
    }
}
