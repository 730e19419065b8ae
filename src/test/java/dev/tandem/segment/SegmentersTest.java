// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentersTest {

    @Test
    void shouldCacheOneSegmenterPerLanguage() {
        assertSame(Segmenters.forLanguage("en"), Segmenters.forLanguage("en"));
        assertSame(Segmenters.forLanguage("zh-Hant"), Segmenters.forLanguage("zh_Hant"));
    }

    @Test
    void shouldFallBackToRootRulesForUnknownLanguage() {
        assertEquals(List.of("One here.", "Two there."), sentences("xx", "One here. Two there."));
        assertEquals(List.of("One here.", "Two there."), sentences("und", "One here. Two there."));
        assertEquals(List.of("Mr. Smith came."), sentences("en-GB", "Mr. Smith came."));
    }

    @Test
    void shouldRejectMalformedTags() {
        assertThrows(IllegalArgumentException.class, () -> Segmenters.forLanguage("not a tag!"));
        assertThrows(NullPointerException.class, () -> Segmenters.forLanguage(null));
        assertThrows(NullPointerException.class, () -> Segmenters.forLanguage("en").split(null));
        assertThrows(NullPointerException.class, () -> Segmenters.lines().split(null));
    }
}
