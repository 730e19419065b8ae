// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfParagraphsTest {

    /** Full-width lines of one paragraph, 12 points apart. */
    private static String joined(String... texts) {
        List<PdfLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new PdfLine(0, texts[i], 50, 300, 100 + 12 * i, 10));
        }
        return PdfParagraphs.join(lines);
    }

    @Test
    void shouldJoinWordsHyphenatedAtLineEnds() {
        assertEquals("an example of it", joined("an exam-", "ple of it"));
        assertEquals("an example of it", joined("an exam\u00AD", "ple of it"));
        assertEquals("the Anglo-Saxon kings", joined("the Anglo-", "Saxon kings"));
        assertEquals("after COVID-19 came", joined("after COVID-", "19 came"));
        assertEquals("a well-to-do family", joined("a well-to-", "do family"));
        assertEquals("from 1990 - 2000", joined("from 1990 -", "2000"));
    }

    @Test
    void shouldKeepTheHyphenOfACompoundTheDocumentWritesWithOne() {
        assertEquals("snow-covered roofs and snow-covered roads",
                joined("snow-covered roofs and snow-", "covered roads"));
        assertEquals("a cooperation and cooperation", joined("a co-", "operation and cooperation"));
    }

    @Test
    void shouldJoinCjkLinesWithNothingAndOthersWithASpace() {
        assertEquals("第一场雪就落在了故宫的屋顶上。", joined("第一场雪就落", "在了故宫的屋顶上。"));
        assertEquals("多了 30%。专家认为", joined("多了 30%。", "专家认为"));
        assertEquals("one two", joined("one", "two"));
    }

    @Test
    void shouldStartParagraphsAtGapsHeadingsAndShortSentenceEnds() {
        List<PdfLine> lines = List.of(
                new PdfLine(0, "A heading", 50, 120, 80, 14),
                new PdfLine(0, "First line of a paragraph that", 50, 300, 100, 10),
                new PdfLine(0, "ends here.", 50, 120, 112, 10),
                new PdfLine(0, "Then a second paragraph that runs", 50, 300, 124, 10),
                new PdfLine(0, "on to the next page", 50, 300, 136, 10),
                new PdfLine(0, "and more.", 50, 300, 148, 10),
                new PdfLine(0, "After a gap.", 50, 300, 175, 10),
                new PdfLine(1, "continued on page two.", 50, 150, 60, 10));
        assertEquals("A heading\n\nFirst line of a paragraph that ends here.\n\nThen a second paragraph that runs"
                + " on to the next page and more.\n\nAfter a gap. continued on page two.", PdfParagraphs.join(lines));
    }
}
