// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void shouldKeepTheTranslatableTextOfEachBlockAsAParagraph() {
        assertEquals("""
                Snow in Beijing

                Winter came early to Beijing this year. In early November, the first snow fell on the roofs of the \
                Forbidden City.

                "Look, it's snowing!" the little girl shouted, pointing out of the window. Her mother smiled and \
                said: "Go and put on your coat."

                According to the weather bureau, snowfall this year is 30% higher than last year.

                Experts believe this is related to La Niña.

                Roads

                Subway

                Roads & traffic in the city were somewhat affected.

                The subway ran normally 🚇.

                A snowy roof Photo: Xinhua.""", MarkdownText.extract(TextFixtures.text("snow-report.en.md")));
    }

    @Test
    void shouldDropFrontMatterOnlyAtTheTop() {
        assertEquals("Body.", MarkdownText.extract("---\nlayout: post\n...\nBody.\n"));
        assertEquals("Title\n\nText.", MarkdownText.extract("Title\n---\n\nText.\n"));
        assertEquals("Body.", MarkdownText.extract("---\ntitle: \"Snow: a report\"\ntags:\n  - winter\n- news\n# a comment\n"
                + "date: 2026-12-06\n---\nBody.\n"));
        // a thematic break at the top and another further down: prose between them, not front matter
        assertEquals("Winter came early.\n\nIt snowed.\n\nThe end.",
                MarkdownText.extract("---\nWinter came early.\n\nIt snowed.\n\n---\n\nThe end.\n"));
        assertEquals("", MarkdownText.extract("```\ncode only\n```\n"));
        assertEquals("", MarkdownText.extract(""));
    }

    @Test
    void shouldJoinHardAndSoftLineBreaksAndDropInlineHtml() {
        assertEquals("One two three.\n\nItem with a link.\n\nNested item.",
                MarkdownText.extract("One  \ntwo\nthree<br/>.\n\n1. Item with [a link][l].\n   - Nested *item*.\n\n"
                        + "[l]: https://example.org\n"));
    }
}
