// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a text into lines and groups them into paragraphs.
 *
 * <p>A line ends at LF, CR, CRLF, NEL, U+2028 or U+2029; the terminator belongs to no line. A
 * blank line holds only whitespace.
 */
final class Lines {

    /** A line that starts a list item: "1. ", "2) ", "- ", "• ". */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:\\p{Nd}{1,3}[.)]|[-*\u2022\u2023\u25e6])\\s.*",
            Pattern.DOTALL);
    /** A line that ends a sentence or introduces what follows ("Steps:"), past closing quotes and brackets. */
    private static final Pattern ENDS_CLAUSE = Pattern.compile(
            ".*[:.!?;\u3002\uff01\uff1f\uff1a\uff1b][\\p{Pe}\\p{Pf}\"']*\\s*", Pattern.DOTALL);

    private Lines() {
    }

    /** Every line of {@code text}, blank ones included, terminators excluded, in order. */
    static List<TextRange> of(String text) {
        List<TextRange> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Chars.isLineTerminator(c)) {
                lines.add(new TextRange(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new TextRange(start, n));
        return lines;
    }

    /**
     * The paragraphs of {@code text}, each trimmed and non-empty, in order.
     *
     * <p>If a blank line separates two non-blank lines, paragraphs are runs of non-blank lines
     * (hard-wrapped text). Otherwise every non-blank line is a paragraph of its own, because a
     * pasted article usually carries one paragraph per line. Blank lines before the first or after
     * the last line of text do not count. In hard-wrapped text, a list item's line also starts a paragraph where the
     * line before it ends a sentence, introduces the list ("Steps:") or is an item itself: "1. Open the file." keeps
     * its number, and "Shopping list:\n1. Eggs\n2. Milk" is three sentences, not "Shopping list: 1." "Eggs 2." and
     * "Milk".
     */
    static List<TextRange> paragraphs(String text) {
        List<TextRange> lines = of(text);
        boolean[] blank = new boolean[lines.size()];
        for (int i = 0; i < blank.length; i++) {
            blank[i] = Chars.isBlank(text, lines.get(i).start(), lines.get(i).end());
        }
        boolean blankLineMode = hasInnerBlankLine(blank);
        List<TextRange> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < blank.length) {
            if (blank[i]) {
                i++;
                continue;
            }
            int first = i;
            if (blankLineMode) {
                while (i + 1 < blank.length && !blank[i + 1] && !startsListItem(text, lines, i + 1)) {
                    i++;
                }
            }
            int start = Chars.skipWhitespace(text, lines.get(first).start(), lines.get(i).end());
            int end = Chars.trimEnd(text, start, lines.get(i).end());
            paragraphs.add(new TextRange(start, end));
            i++;
        }
        return paragraphs;
    }

    /** Whether line {@code k} starts a list item after a line that ends a clause or is an item itself. */
    private static boolean startsListItem(String text, List<TextRange> lines, int k) {
        if (!LIST_ITEM.matcher(text).region(lines.get(k).start(), lines.get(k).end()).matches()) {
            return false;
        }
        TextRange before = lines.get(k - 1);
        return ENDS_CLAUSE.matcher(text).region(before.start(), before.end()).matches()
                || LIST_ITEM.matcher(text).region(before.start(), before.end()).matches();
    }

    /** Whether a blank line lies between two lines of text (blank lines at the edges do not count). */
    static boolean hasInnerBlankLine(boolean[] blank) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (boolean b : blank) {
            if (!b && blankAfterText) {
                return true;
            }
            if (!b) {
                seenText = true;
            } else if (seenText) {
                blankAfterText = true;
            }
        }
        return false;
    }
}
