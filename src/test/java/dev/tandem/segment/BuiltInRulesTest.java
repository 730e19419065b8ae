// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.assertLossless;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.testing.SnowReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules written as SRX split Tandem's test texts as the built-in ICU segmenter does: same sentences,
 * same paragraphs.
 */
class BuiltInRulesTest {

    private static final Path ARTICLE = Path.of("..", "shared", "seed", "article-en.txt");

    @Test
    void shouldSplitSnowReportAsBuiltInSegmenterDoes() {
        assertSameAsBuiltIn("zh", SnowReport.ZH);
        assertSameAsBuiltIn("en", SnowReport.EN);
        assertSameAsBuiltIn("de", SnowReport.DE);
        assertSameAsBuiltIn("fr", SnowReport.FR);
    }

    @Test
    void shouldSplitSeedArticleAsBuiltInSegmenterDoes() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(ARTICLE), "seed article not found at " + ARTICLE.toAbsolutePath());
        assertSameAsBuiltIn("en", Files.readString(ARTICLE, StandardCharsets.UTF_8));
    }

    @Test
    void shouldKeepAbbreviationsOrdinalsAndQuotesTogether() {
        assertSameAsBuiltIn("en", "Dr. Smith met Mr. Jones at 5 p.m. on Main St. in the U.S. capital. J. R. R."
                + " Tolkien wrote it. \"Stop!\" she shouted. Wait... what? It costs 5 vs. 6. See No. 5. Done.");
        assertSameAsBuiltIn("de", "Das ist z. B. gut. Am 3. Oktober kam er. Der 100. Geburtstag war schön. Ende.");
        assertSameAsBuiltIn("fr", "M. Dupont est là. « Il neige ! » dit-elle. Bien.");
        assertSameAsBuiltIn("zh", "她笑了。“你好。”他说。我们走吧……好的！");
        assertSameAsBuiltIn("ja", "「行こう。」と彼は言った。はい。");
        assertSameAsBuiltIn("ja", "「雪だ。すごい！」と弟は叫んだ。「寒い。」母は笑った。『本当？嘘。』って。");
        assertSameAsBuiltIn("ru", "Он живёт на пр. Мира, д. 5. Это далеко, т. е. за рекой. Стоит 100 руб. Дорого.");
        assertSameAsBuiltIn("en", "1. Open the file.\n2. Close it.\n3.\tSave. See step 3. Then stop.\n 10. Done.\"\n 11. Done."
                + " Chapter 4. Rain fell.");
        assertSameAsBuiltIn("en", "Steps:\n1. Open the file.\n2. Close it.\n\nThen 3. Save.");
        assertSameAsBuiltIn("en", "Intro.\n\nShopping list:\n1. Eggs\n2. Milk\n- Bread\n\nRead chapter\n2. It is long.");
        assertSameAsBuiltIn("ko", "그는 \"눈이 온다.\"라고 말했다. 그녀는 “좋아!”하고 웃었다. 끝.");
        assertSameAsBuiltIn("th", "เมื่อคืนหิมะตกหนักมาก  ถนนหลายสายถูกปิด\nรถไฟฟ้ายังวิ่งตามปกติ ร้าน 7-Eleven เปิด 24 ชั่วโมง");
    }

    private static void assertSameAsBuiltIn(String language, String text) {
        List<Segment> expected = Segmenters.forLanguage(language).split(text);
        List<Segment> actual = Segmenters.forRules(Segmenters.builtInRules(), language).split(text);
        assertLossless(actual, text);
        assertEquals(show(expected, text), show(actual, text), language);
    }

    private static String show(List<Segment> segments, String text) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append(segment.paragraph()).append(" | ").append(segment.of(text)).append('\n');
        }
        return out.toString();
    }
}
