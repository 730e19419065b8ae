// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.assertLossless;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrencyAndSizeTest {

    private static final String ENGLISH = "Mr. Smith moved to the U.S. in Jan. 1990. He paid 3.14 dollars! "
            + "\"Why?\" she asked. J. R. R. Tolkien wrote… Then it rained.\n";
    private static final String CHINESE = "他说：“你好。”她笑了。“走吧！”他走了……她哭了。\n";

    private static String megabyte(String unit, boolean paragraphs) {
        StringBuilder text = new StringBuilder(1 << 20);
        while (text.length() < 1 << 20) {
            text.append(unit);
            if (paragraphs && text.length() % 7 == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void shouldSplitOneMegabyteLosslessly() {
        for (String unit : List.of(ENGLISH, CHINESE)) {
            for (boolean blankLines : List.of(false, true)) {
                String text = megabyte(unit, blankLines);
                Segmenter segmenter = Segmenters.forLanguage(unit == ENGLISH ? "en" : "zh");
                List<Segment> segments = segmenter.split(text);
                assertLossless(segments, text);
                assertTrue(segments.size() > 10_000, "split into sentences: " + segments.size());
            }
        }
    }

    @Test
    void shouldGiveSameResultFromManyThreads() throws Exception {
        Segmenter segmenter = Segmenters.forLanguage("en");
        String text = ENGLISH.repeat(200) + "\n\n" + CHINESE.repeat(100);
        List<Segment> expected = segmenter.split(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Segment>>> results = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> segmenter.split(text)))
                    .toList();
            for (Future<List<Segment>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
