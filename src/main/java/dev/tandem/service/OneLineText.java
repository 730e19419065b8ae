// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.DirectionControls;
import java.util.regex.Pattern;

/**
 * Names people give (project names, document titles, token names) are shown on one line beside page chrome and other
 * names. A line break, a control character or an invisible direction control (U+202A–U+202E, U+2066–U+2069) would
 * break that line or reverse the text around it, so they are refused; every other character (CJK, Arabic, emoji and
 * their zero-width joiners, left-to-right and right-to-left marks) is kept.
 */
final class OneLineText {
    private static final Pattern LINE_BREAKING = Pattern.compile("\\s*[\\p{Cc}\\u2028\\u2029]+\\s*");

    private OneLineText() {
    }

    /** {@code text} itself, or a 400 on {@code field} saying which character is wrong, where, and what to do. */
    static String check(String field, String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String problem = problem(c);
            if (problem != null) {
                throw new InvalidInputException(field, field + " contains " + problem + " (U+"
                        + String.format("%04X", (int) c) + ") at character " + (text.codePointCount(0, i) + 1) + ": "
                        + remedy(c, field));
            }
        }
        return text;
    }

    /**
     * A title made from text (a document's first sentence): direction controls dropped, line breaks, tabs and other
     * controls (with the spaces around them) made one space.
     */
    static String cleaned(String text) {
        String unreversed = DirectionControls.ANY.matcher(text).replaceAll("");
        return LINE_BREAKING.matcher(unreversed).replaceAll(" ").strip();
    }

    private static String problem(char c) {
        if (DirectionControls.is(c)) {
            return "an invisible direction control";
        }
        if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            return "a line break";
        }
        if (c == '\t') {
            return "a tab";
        }
        return Character.getType(c) == Character.CONTROL ? "a control character" : null;
    }

    private static String remedy(char c, String field) {
        return DirectionControls.is(c)
                ? "it can reverse how the " + field + " and the text beside it are shown. Delete it; the pages set the"
                        + " direction of every " + field + " themselves."
                : "a " + field + " is one line of plain text. Type it on one line, with spaces instead of tabs,"
                        + " line breaks or control characters.";
    }
}
