// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.assertLossless;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphTest {

    private static final Segmenter EN = Segmenters.forLanguage("en");

    private static List<String> described(Segmenter segmenter, String text) {
        List<Segment> segments = segmenter.split(text);
        assertLossless(segments, text);
        return segments.stream().map(s -> s.paragraph() + ":" + s.of(text)).toList();
    }

    @Test
    void shouldTreatEveryLineAsParagraphWithoutBlankLines() {
        assertEquals(List.of("0:Title", "1:First one.", "1:Still first?", "2:Second."),
                described(EN, "Title\nFirst one. Still first?\nSecond.\n"));
    }

    @Test
    void shouldNeverLetSentenceCrossLineInLineMode() {
        assertEquals(List.of("0:It was the", "1:end of it."), described(EN, "It was the\r\nend of it."));
    }

    @Test
    void shouldJoinWrappedLinesInBlankLineMode() {
        String text = "  It was the\nend of it. Then\r\nwe left.\n\n\n \t\nNew paragraph\nhere.\n\n";
        assertEquals(List.of("0:It was the\nend of it.", "0:Then\r\nwe left.", "1:New paragraph\nhere."),
                described(EN, text));
    }

    @Test
    void shouldIgnoreBlankLinesAtTheEdges() {
        assertEquals(List.of("0:One.", "1:Two."), described(EN, "\n\n  One.\nTwo.\n\n\n"));
    }

    @Test
    void shouldHonourUnicodeSeparators() {
        assertEquals(List.of("0:One", "1:two"), described(EN, "One\u2029two"));
        assertEquals(List.of("0:One", "1:two"), described(EN, "One\u2028two"));
    }

    @Test
    void shouldReturnNothingForEmptyOrBlankText() {
        for (String text : List.of("", " ", "\n\n", " \t\r\n\u3000\u00a0 ")) {
            assertTrue(EN.split(text).isEmpty());
            assertTrue(Segmenters.forLanguage("zh").split(text).isEmpty());
            assertTrue(Segmenters.lines().split(text).isEmpty());
        }
    }

    @Test
    void shouldTrimIdeographicIndentation() {
        assertEquals(List.of("0:他来了。", "1:她走了。"), described(Segmenters.forLanguage("zh"), "\u3000\u3000他来了。\n\u3000\u3000她走了。"));
    }
}
