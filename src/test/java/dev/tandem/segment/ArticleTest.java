// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.assertLossless;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A realistic case: the shared seed article, one paragraph per line. Its text stays outside the repository. */
class ArticleTest {

    private static final Path ARTICLE = Path.of("..", "shared", "seed", "article-en.txt");

    @Test
    void shouldSplitFirstParagraphsOfSeedArticle() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(ARTICLE), "seed article not found at " + ARTICLE.toAbsolutePath());
        String whole = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        List<String> lines = whole.lines().limit(3).toList();
        String text = String.join("\n", lines);

        List<Segment> segments = Segmenters.forLanguage("en").split(text);
        assertLossless(segments, text);
        assertLossless(Segmenters.forLanguage("en").split(whole), whole);

        List<String> sentences = segments.stream().map(s -> s.of(text)).toList();
        assertEquals(List.of(0, 1, 1, 1, 2, 2), segments.stream().map(Segment::paragraph).toList(), String.join("\n", sentences));
        assertEquals(lines.get(0).strip(), sentences.get(0));
        assertTrue(sentences.get(1).startsWith("The call transcripts expose at least two phenomena: First, Trump"));
        assertTrue(sentences.get(2).startsWith("Second, he entrusted real estate developer Witkoff"));
        assertTrue(sentences.get(3).startsWith("Further, Witkoff showed his own hand"));
        assertTrue(sentences.get(4).startsWith("In the wake of these phone calls"));
        // "U.S.-Russia" and "the U.S. coming" must not end a sentence.
        assertTrue(sentences.get(5).startsWith("Russian officials suggested"));
        assertTrue(sentences.get(5).endsWith("Russia and the U.S. coming to an agreement."));
        for (String sentence : sentences) {
            assertTrue(sentence.endsWith(".") || sentence.equals(lines.get(0).strip()), sentence);
        }
    }
}
