// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The text of a word-processor document read element by element (DOCX, ODT): paragraphs, each separated from the next
 * by a blank line, with a paragraph nested in another (a text box, a frame) a paragraph of its own. Text outside any
 * paragraph is not document text; more than {@code maxChars} characters in all is refused.
 */
final class NestedParagraphs {
    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private final Deque<StringBuilder> open = new ArrayDeque<>();

    NestedParagraphs(int maxChars) {
        this.maxChars = maxChars;
    }

    int maxChars() {
        return maxChars;
    }

    /** A paragraph begins (inside the open one, if any). */
    void start() {
        open.push(new StringBuilder());
    }

    /** The paragraph being read, innermost first; null outside any paragraph. */
    StringBuilder current() {
        return open.peek();
    }

    void append(String s) throws DocumentTooLargeException {
        if (open.isEmpty()) {
            return; // text outside any paragraph is not document text
        }
        open.peek().append(s);
        if (text.length() + open.peek().length() > maxChars) {
            throw tooMuchText();
        }
    }

    /** The innermost paragraph ends: kept, stripped, unless it holds nothing. */
    void end() {
        if (open.isEmpty()) {
            return;
        }
        String paragraph = open.pop().toString().strip();
        if (!paragraph.isEmpty()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(paragraph);
        }
    }

    DocumentTooLargeException tooMuchText() {
        return new DocumentTooLargeException("The document has more than " + maxChars + " characters of text"
                + " (tandem.import.max-chars). Split it into parts and upload them one by one.");
    }

    String text() {
        return text.toString();
    }
}
