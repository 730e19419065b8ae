// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.assertLossless;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineSegmenterTest {

    private static List<String> described(String text) {
        List<Segment> segments = Segmenters.lines().split(text);
        assertLossless(segments, text);
        return segments.stream().map(s -> s.paragraph() + ":" + s.of(text)).toList();
    }

    @Test
    void shouldTakeEachLineAsOneSentence() {
        assertEquals(List.of("0:Dr. Smith came. He sat.", "0:Second line", "0:他来了。她走了。"),
                described("  Dr. Smith came. He sat.  \nSecond line\r\n他来了。她走了。\n"));
    }

    @Test
    void shouldStartParagraphAtBlankLines() {
        assertEquals(List.of("0:a", "0:b", "1:c", "2:d"), described("\n\na\nb\n\n  \nc\r\n\r\nd\n\n"));
    }

    @Test
    void shouldBeShared() {
        assertSame(Segmenters.lines(), Segmenters.lines());
    }
}
