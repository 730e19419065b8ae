// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreaksTest {
    private static final Segmenter EN = Segmenters.forLanguage("en");

    @Test
    void shouldSayNoLineBreakWasReadInOneLine() {
        assertEquals(LineBreaks.NONE, LineBreaks.of(""));
        assertEquals(LineBreaks.NONE, LineBreaks.of("One line. Two sentences."));
        assertEquals(LineBreaks.NONE, LineBreaks.of("\n\n  One line.\n\n"));
    }

    @Test
    void shouldSayEachLineIsAParagraphWithoutBlankLines() {
        assertEquals(LineBreaks.LINE_PARAGRAPHS, LineBreaks.of("Chapter One\nIt was late.\n"));
        assertEquals(LineBreaks.LINE_PARAGRAPHS, LineBreaks.of("\n\nChapter One\r\nIt was late.\n\n"));
    }

    @Test
    void shouldSayBlankLinesSeparateParagraphsWhenNothingWasJoined() {
        assertEquals(LineBreaks.BLANK_LINES, LineBreaks.of("Chapter One\n\nIt was late.\n \t\nThe end."));
    }

    /** The case: one blank line elsewhere makes "Chapter One" and its next line one sentence. */
    @Test
    void shouldSayLineBreaksWereJoinedWhenOneBlankLineChangesTheReading() {
        String text = "Chapter One\nIt was late.\n\nChapter Two\nIt was early.";
        assertEquals(LineBreaks.JOINED, LineBreaks.of(text));
        List<String> sentences = EN.split(text).stream().map(s -> s.of(text)).toList();
        assertEquals("Chapter One\nIt was late.", sentences.get(0), "the reading the value reports");
        assertEquals(LineBreaks.LINE_PARAGRAPHS, LineBreaks.of("Chapter One\nIt was late.\nChapter Two\nIt was early."));
    }
}
