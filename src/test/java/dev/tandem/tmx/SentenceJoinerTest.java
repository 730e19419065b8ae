// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceJoinerTest {

    @Test
    void shouldJoinSpaceSeparatedLanguagesWithOneSpace() {
        assertEquals("Hello. How are you?", SentenceJoiner.join("en", List.of("Hello.", "How are you?")));
        assertEquals("Guten Tag. Wie geht's? Gut.", SentenceJoiner.join("de", List.of("Guten Tag.", "Wie geht's?", "Gut.")));
        assertEquals("Привет. Как дела?", SentenceJoiner.join("ru", List.of("Привет.", "Как дела?")));
        assertEquals("مرحبا. كيف حالك؟", SentenceJoiner.join("ar", List.of("مرحبا.", "كيف حالك؟")));
    }

    @Test
    void shouldJoinChineseAndJapaneseWithoutSpace() {
        assertEquals("你好。你好吗？", SentenceJoiner.join("zh", List.of("你好。", "你好吗？")));
        assertEquals("你好。你好嗎？", SentenceJoiner.join("zh-Hant", List.of("你好。", "你好嗎？")));
        assertEquals("你好。你好嗎？", SentenceJoiner.join("zh-TW", List.of("你好。", "你好嗎？")));
        assertEquals("こんにちは。元気ですか？", SentenceJoiner.join("ja", List.of("こんにちは。", "元気ですか？")));
        assertEquals("こんにちは。元気ですか？", SentenceJoiner.join("ja-JP", List.of("こんにちは。", "元気ですか？")));
        assertEquals("早晨。你食咗飯未？", SentenceJoiner.join("yue", List.of("早晨。", "你食咗飯未？")));
    }

    @Test
    void shouldJoinKoreanAndThaiWithSpace() {
        assertEquals("안녕하세요. 잘 지내세요?", SentenceJoiner.join("ko", List.of("안녕하세요.", "잘 지내세요?")));
        assertEquals("สวัสดีครับ สบายดีไหม", SentenceJoiner.join("th", List.of("สวัสดีครับ", "สบายดีไหม")));
    }

    @Test
    void shouldUseSpaceForRomanisedJapanese() {
        assertEquals("Konnichiwa. Genki desu ka?", SentenceJoiner.join("ja-Latn", List.of("Konnichiwa.", "Genki desu ka?")));
    }

    @Test
    void shouldNotDoubleExistingWhitespace() {
        assertEquals("One. Two.\nThree.", SentenceJoiner.join("en", List.of("One. ", "Two.\n", "Three.")));
        assertEquals("A. B.", SentenceJoiner.join("en", List.of("A.", " B.")));
    }

    @Test
    void shouldHandleEmptyAndSingle() {
        assertEquals("", SentenceJoiner.join("en", List.of()));
        assertEquals("Only.", SentenceJoiner.join("en", List.of("Only.")));
        assertEquals("A. B.", SentenceJoiner.join("en", List.of("A.", "", "B.")));
    }

    @Test
    void shouldRejectMalformedTag() {
        assertThrows(IllegalArgumentException.class, () -> SentenceJoiner.join("zh_CN", List.of("a")));
        assertThrows(IllegalArgumentException.class, () -> SentenceJoiner.join("", List.of("a")));
    }
}
