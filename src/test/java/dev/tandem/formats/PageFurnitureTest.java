// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    private static PdfLine line(int page, float baseline, String text) {
        return new PdfLine(page, text, 50, 300, baseline, 10);
    }

    /** Pages with a header, body lines and a footer as given (%d: the page number, %n: the page count). */
    private static List<PdfLine> pages(int count, String header, String footer, String... body) {
        List<PdfLine> lines = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            if (header != null) {
                lines.add(line(p, 30, header.replace("%d", String.valueOf(p + 1)).replace("%n", String.valueOf(count))));
            }
            for (int b = 0; b < body.length; b++) {
                lines.add(line(p, 60 + 12 * b, body[b] + " " + (char) ('a' + p) + (char) ('a' + b)));
            }
            if (footer != null) {
                lines.add(line(p, 800, footer.replace("%d", String.valueOf(p + 1)).replace("%n", String.valueOf(count))));
            }
        }
        return lines;
    }

    private static List<String> kept(List<PdfLine> lines) {
        return PageFurniture.remove(lines).stream().map(PdfLine::text).toList();
    }

    @Test
    void shouldTellPageNumbersInTheirCommonForms() {
        for (String number : List.of("12", "- 12 -", "– 12 –", "Page 12 of 30", "page 12", "12/30", "12 / 30",
                "Seite 3 von 9", "p. 4", "[7]", "xiv", "第 12 页", "第12页 共30页")) {
            assertTrue(PageFurniture.isPageNumber(number), number);
        }
        for (String text : List.of("12 apples", "Page one", "Page", "In 2012.", "Chapter 12", "12:30", "civil", "mix",
                "vivid")) {
            assertFalse(PageFurniture.isPageNumber(text), text);
        }
    }

    @Test
    void shouldDropRunningHeadersAndFootersThatRepeatWithOtherDigits() {
        List<String> kept = kept(pages(6, "Annual Report 2026, chapter %d", "Printed %d/%n/2026",
                "First body line", "Second body line", "Last body line"));
        assertTrue(kept.contains("First body line aa"), kept.toString());
        assertEquals(18, kept.size(), kept.toString());
        assertTrue(kept.stream().allMatch(text -> text.contains("body line")), kept.toString());
    }

    @Test
    void shouldDropALonePageNumberEvenOnOnePage() {
        assertEquals(List.of("Only line aa"), kept(pages(1, null, "- 1 -", "Only line")));
    }

    @Test
    void shouldKeepTextThatRecursOnFewPagesOrInTheMiddle() {
        List<PdfLine> lines = new ArrayList<>(pages(9, "Field Report", "%d", "Body", "More", "And more", "End"));
        // a heading at the top of one page only, and a repeated line in the middle of every page
        lines.add(line(2, 20, "Chapter 2: Snow"));
        for (int p = 0; p < 9; p++) {
            lines.add(line(p, 90, "Figure 1: a repeated caption"));
        }
        List<String> kept = kept(lines);
        assertTrue(kept.contains("Chapter 2: Snow"), kept.toString());
        assertEquals(9, kept.stream().filter(text -> text.startsWith("Figure 1")).count());
        assertFalse(kept.contains("Field Report"));
        assertEquals(9 * 4 + 1 + 9, kept.size(), kept.toString());
    }

    @Test
    void shouldNeedAThirdOfThePagesForARepeat() {
        assertEquals(2, PageFurniture.minRepeats(2));
        assertEquals(4, PageFurniture.minRepeats(10));
        assertEquals(100, PageFurniture.minRepeats(300));
    }
}
