// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Shared helpers: sentence texts of a split, and the lossless contract of {@link Segmenter}. */
final class SegmentAssertions {

    private SegmentAssertions() {
    }

    static List<String> sentences(Segmenter segmenter, String text) {
        return segmenter.split(text).stream().map(s -> s.of(text)).toList();
    }

    static List<String> sentences(String languageTag, String text) {
        return sentences(Segmenters.forLanguage(languageTag), text);
    }

    /**
     * Checks the contract: ordered, non-overlapping, non-empty, trimmed segments; only whitespace
     * in the gaps; paragraphs 0-based and consecutive; and the text rebuilt exactly.
     */
    static void assertLossless(List<Segment> segments, String text) {
        String context = "text: " + escape(text);
        StringBuilder rebuilt = new StringBuilder();
        int previousEnd = 0;
        int previousParagraph = 0;
        for (Segment segment : segments) {
            assertTrue(segment.start() >= previousEnd, () -> "overlap or disorder at " + segment + "; " + context);
            assertTrue(segment.end() > segment.start(), () -> "empty " + segment + "; " + context);
            assertTrue(segment.end() <= text.length(), () -> "past the end " + segment + "; " + context);
            String gap = text.substring(previousEnd, segment.start());
            assertTrue(Chars.isBlank(gap, 0, gap.length()), () -> "gap not whitespace before " + segment + "; " + context);
            String sentence = segment.of(text);
            assertFalse(Chars.isWhitespace(sentence.codePointAt(0)), () -> "untrimmed start " + segment + "; " + context);
            assertFalse(Chars.isWhitespace(sentence.codePointBefore(sentence.length())),
                    () -> "untrimmed end " + segment + "; " + context);
            assertFalse(Character.isLowSurrogate(text.charAt(segment.start())), () -> "cuts a surrogate pair; " + context);
            int paragraph = segment.paragraph();
            boolean first = rebuilt.isEmpty();
            assertTrue(first ? paragraph == 0 : paragraph == previousParagraph || paragraph == previousParagraph + 1,
                    () -> "paragraph numbering jumps at " + segment + "; " + context);
            rebuilt.append(gap).append(sentence);
            previousEnd = segment.end();
            previousParagraph = paragraph;
        }
        String tail = text.substring(previousEnd);
        assertTrue(Chars.isBlank(tail, 0, tail.length()), () -> "non-whitespace after the last segment; " + context);
        rebuilt.append(tail);
        assertEquals(text, rebuilt.toString(), context);
        if (Chars.isBlank(text, 0, text.length())) {
            assertTrue(segments.isEmpty(), context);
        } else {
            assertFalse(segments.isEmpty(), context);
        }
    }

    private static String escape(String text) {
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        return "\"" + shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
