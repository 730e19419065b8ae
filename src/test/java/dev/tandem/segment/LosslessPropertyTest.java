// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.assertLossless;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every segmenter keeps the lossless contract on hand-picked and random texts. */
class LosslessPropertyTest {

    private static final List<String> LANGUAGES = List.of(
            "en", "de", "fr", "es", "ru", "zh", "zh-Hant", "ja", "ko", "ar", "he", "th", "xx");

    private static final String[] PIECES = {
        "word", "Word", "the", "U.S.", "Dr.", "etc.", "e.g.", "z. B.", "p. ex.", "No.", "5", "3.14", "J.",
        "I", "am", "3.", "Oktober", "v2.0", ".", ".", "!", "?", "…", "...", "……", "⋯⋯", "。", "！", "？",
        "．", "３", "“", "”", "「", "」", "『", "』", "（", "）", "《", "》", "\"", "'", "(", ")", ",", "—",
        "他说", "你好", "と", "って", "こんにちは", "한국어", "Пушкин", "г.", "مرحبا", "שלום", "สวัสดี",
        "😀", "👍🏽", "𠀀", "\uD800", "\u200B", "\uFEFF",
        " ", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\n\n", " \n \n", "\u3000", "\u00A0", "\u2028",
        "\u2029", "\u0085",
    };

    private static final List<String> FIXED = List.of(
            "",
            " ",
            "\n\n\n",
            "a",
            ".",
            "...",
            "。",
            "“",
            " \u3000x\u3000 ",
            "He moved to the U.S. The next day he left.",
            "J. R. R. Tolkien wrote. George W. Bush spoke.",
            "\"Stop!\" she shouted. \"Come here,\" he said. He said \"Go.\" Then he left.",
            "Wait... what? Wait… What?",
            "他说：“你好。”她笑了。“走吧！”他说。他走了……她哭了。",
            "「こんにちは。」と彼は言った。『本当？』って聞いた。",
            "Das ist z. B. gut. Am 3. Oktober kam er. Nr. 5 ist da.",
            "Title\nFirst. Second.\nThird.",
            "Para one\nwrapped. Yes.\n\nPara two.\n",
            "😀. 😀! 👍🏽? 𠀀。𠀀",
            "“”「」。。。！！？？",
            ". . . ! ? .\n.\n\n.");

    static Stream<String> texts() {
        Random random = new Random(20261101L);
        List<String> texts = new ArrayList<>(FIXED);
        for (int i = 0; i < 400; i++) {
            texts.add(randomPieces(random, 1 + random.nextInt(80)));
        }
        for (int i = 0; i < 100; i++) {
            texts.add(randomCodePoints(random, 1 + random.nextInt(60)));
        }
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void shouldRebuildTextExactly(String text) {
        for (String language : LANGUAGES) {
            assertLossless(Segmenters.forLanguage(language).split(text), text);
        }
        assertLossless(Segmenters.lines().split(text), text);
    }

    private static String randomPieces(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** Random code points from ASCII, Latin-1, general punctuation, CJK and the astral planes. */
    private static String randomCodePoints(Random random, int count) {
        int[][] ranges = {{0x09, 0x0D}, {0x20, 0x7E}, {0xA0, 0xFF}, {0x2000, 0x206F}, {0x3000, 0x303F},
            {0x4E00, 0x4E50}, {0xFF01, 0xFF60}, {0x1F600, 0x1F64F}, {0x20000, 0x20010}};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int[] range = ranges[random.nextInt(ranges.length)];
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }
}
