// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.assertLossless;
import static dev.tandem.segment.SegmentAssertions.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Direction marks around sentences stay with the sentence they open or close. */
class DirectionMarksTest {

    @Test
    void shouldKeepTheMarkThatOpensASentenceWithIt() {
        // an Arabic subtitle file: each cue embedded right-to-left (RLE … PDF), cues joined into running text by spaces
        String cues = "\u202B\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645.\u202C\n"
                + "\u202B\u0647\u0644 \u0623\u0646\u062A\u0645 \u0628\u062E\u064A\u0631\u061F\u202C";
        assertLossless(Segmenters.forLanguage("ar").split(cues), cues);
        assertEquals(List.of("\u202B\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645.\u202C",
                "\u202B\u0647\u0644 \u0623\u0646\u062A\u0645 \u0628\u062E\u064A\u0631\u061F\u202C"),
                sentences("ar", cues));
        String marked = "\u200FShe came. \u200FShe left.";
        assertEquals(List.of("\u200FShe came.", "\u200FShe left."), sentences("en", marked));
    }
}
