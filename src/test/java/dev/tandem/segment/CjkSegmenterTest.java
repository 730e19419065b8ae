// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.assertLossless;
import static dev.tandem.segment.SegmentAssertions.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CjkSegmenterTest {

    private static List<String> split(String tag, String text) {
        assertLossless(Segmenters.forLanguage(tag).split(text), text);
        return sentences(tag, text);
    }

    @Test
    void shouldSplitChineseAfterTerminators() {
        assertEquals(List.of("今天下雨了。", "你去吗？", "我不去！", "真的？！", "是的。"),
                split("zh", "今天下雨了。你去吗？我不去！真的？！是的。"));
    }

    @Test
    void shouldEndThaiAndLaoSentencesAtASpaceBetweenTheirLetters() {
        // Thai writes words together and has no full stop: a space ends a sentence (or a clause); a line break
        // inside a paragraph only wraps. A space beside Latin letters or digits ends nothing.
        assertEquals(List.of("เมื่อคืนหิมะตกหนักมาก", "ถนนหลายสายถูกปิด", "รถไฟฟ้ายังวิ่งตามปกติ",
                        "ร้าน 7-Eleven เปิด 24 ชั่วโมง"),
                split("th", "เมื่อคืนหิมะตกหนักมาก  ถนนหลายสายถูกปิด\nรถไฟฟ้ายังวิ่งตามปกติ ร้าน 7-Eleven เปิด 24 ชั่วโมง"));
        assertEquals(List.of("ມື້ນີ້ຝົນຕົກ", "ຂ້ອຍຢູ່ເຮືອນ"), split("lo", "ມື້ນີ້ຝົນຕົກ ຂ້ອຍຢູ່ເຮືອນ"));
        assertEquals(List.of("Bangkok ร้อนมาก.", "It is hot."), split("en", "Bangkok ร้อนมาก. It is hot."));
    }

    @Test
    void shouldKeepAJapaneseQuotationOfSeveralSentencesWithItsQuotative() {
        assertEquals(List.of("「雪だ。すごい！」と弟は叫んだ。", "「寒い。」", "母は笑った。"),
                split("ja", "「雪だ。すごい！」と弟は叫んだ。「寒い。」母は笑った。"));
    }

    @Test
    void shouldKeepAKoreanQuotationWithItsQuotativeParticle() {
        assertEquals(List.of("그는 \"눈이 온다.\"라고 말했다.", "그녀는 “좋아!”하고 웃었다.", "“가자.”", "그가 말했다."),
                split("ko", "그는 \"눈이 온다.\"라고 말했다. 그녀는 “좋아!”하고 웃었다. “가자.” 그가 말했다."));
    }

    @Test
    void shouldKeepClosingQuoteWithItsSentence() {
        assertEquals(List.of("他说：“你好。”", "她笑了。"), split("zh", "他说：“你好。”她笑了。"));
    }

    @Test
    void shouldMoveOpeningQuoteToTheNextSentence() {
        assertEquals(List.of("她笑了。", "“走吧！”", "他说。"), split("zh", "她笑了。“走吧！”他说。"));
        assertEquals(List.of("他来了。", "《红楼梦》很好看。"), split("zh", "他来了。《红楼梦》很好看。"));
    }

    @Test
    void shouldKeepEveryKindOfCloserWithItsSentence() {
        assertEquals(List.of("「好。」", "『对！』", "（完。）", "【注：见上。】", "‘是。’", "行。"),
                split("zh", "「好。」『对！』（完。）【注：见上。】‘是。’行。"));
    }

    @Test
    void shouldSplitAfterChineseEllipsis() {
        assertEquals(List.of("他走了……", "她哭了。"), split("zh", "他走了……她哭了。"));
        assertEquals(List.of("他走了⋯⋯", "她哭了。"), split("zh-Hant", "他走了⋯⋯她哭了。"));
        assertEquals(List.of("他说：“我……”", "然后停了。"), split("zh", "他说：“我……”然后停了。"));
    }

    @Test
    void shouldNotStopAtFullWidthPeriodBetweenDigits() {
        assertEquals(List.of("价格是３．５元。", "很便宜。"), split("zh", "价格是３．５元。很便宜。"));
    }

    @Test
    void shouldStartNewSentenceWithLowercaseLatinAfterIdeographicStop() {
        assertEquals(List.of("我买了手机。", "iPhone很贵。"), split("zh", "我买了手机。iPhone很贵。"));
    }

    @Test
    void shouldKeepJapaneseQuotationFollowedByTo() {
        assertEquals(List.of("「こんにちは。」と彼は言った。", "今日は晴れ。"),
                split("ja", "「こんにちは。」と彼は言った。今日は晴れ。"));
        assertEquals(List.of("『本当？』って聞いた。"), split("ja", "『本当？』って聞いた。"));
    }

    @Test
    void shouldSplitJapaneseSentences() {
        assertEquals(List.of("雨が降った。", "それでも出かけた！", "なぜ？"), split("ja", "雨が降った。それでも出かけた！なぜ？"));
    }

    @Test
    void shouldSplitKoreanWithSpaces() {
        assertEquals(List.of("오늘은 비가 온다.", "내일은 맑다."), split("ko", "오늘은 비가 온다. 내일은 맑다."));
    }

    @Test
    void shouldSplitHandWrittenChineseParagraphs() {
        String text = "北京是中国的首都。它有三千多年的历史。\n\n长城很长！你去过吗？";
        List<Segment> segments = Segmenters.forLanguage("zh").split(text);
        assertLossless(segments, text);
        assertEquals(List.of("北京是中国的首都。", "它有三千多年的历史。", "长城很长！", "你去过吗？"),
                sentences("zh", text));
        assertEquals(List.of(0, 0, 1, 1), segments.stream().map(Segment::paragraph).toList());
    }
}
