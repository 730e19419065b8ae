// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SegmentTest {

    @Test
    void shouldCutItsTextFromTheOriginal() {
        Segment segment = new Segment(4, 9, 0);
        assertEquals("quick", segment.of("The quick fox"));
        assertEquals(5, segment.length());
    }

    @Test
    void shouldAllowAnEmptyRange() {
        assertEquals("", new Segment(3, 3, 1).of("abcdef"));
    }

    @Test
    void shouldRejectInvalidRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Segment(-1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Segment(5, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> new Segment(0, 4, -1));
    }
}
