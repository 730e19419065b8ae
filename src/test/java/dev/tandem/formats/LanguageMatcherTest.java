// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static dev.tandem.formats.LanguageMatcher.EXACT;
import static dev.tandem.formats.LanguageMatcher.LANGUAGE;
import static dev.tandem.formats.LanguageMatcher.NONE;
import static dev.tandem.formats.LanguageMatcher.REGION;
import static dev.tandem.formats.LanguageMatcher.SCRIPT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageMatcherTest {

    @ParameterizedTest
    @CsvSource({
            "ja, ja, 4", "ja, JA, 4", "en-US, EN_us, 4", "zh-Hant, ZH-HANT, 4",
            "zh, zh-CN, 3", "zh-CN, zh, 3", "zh-Hant, zh-TW, 3", "en-US, en, 3", "he, iw, 3",
            "en-US, en-GB, 2", "pt-BR, pt-PT, 2",
            "zh-Hant, zh-Hans, 1", "zh-Hant, zh-CN, 1", "sr-Latn, sr-Cyrl, 1",
            "ja, en, 0", "en, *all*, 0", "en, x-foo, 0", "en, '', 0", "en, 'not a tag', 0"})
    void shouldGradeMatches(String requested, String tuv, int level) {
        assertEquals(level, new LanguageMatcher(requested, "ko").sourceLevel(tuv));
        assertEquals(level, new LanguageMatcher("ko", requested).targetLevel(tuv));
    }

    @Test
    void shouldOrderLevels() {
        assertEquals(List.of(0, 1, 2, 3, 4), List.of(NONE, LANGUAGE, SCRIPT, REGION, EXACT));
    }

    @Test
    void shouldChooseDistinctBestTuvs() {
        LanguageMatcher matcher = new LanguageMatcher("en-GB", "en-US");
        assertArrayEquals(new int[] {1, 0}, matcher.choose(List.of("en-US", "en-GB")));
        assertArrayEquals(new int[] {2, 1}, matcher.choose(List.of("fr", "en", "en-GB")));
        assertNull(matcher.choose(List.of("en-US")));
        assertNull(matcher.choose(List.of()));
        assertArrayEquals(new int[] {0, 1}, new LanguageMatcher("de", "en").choose(List.of("de", "en", "de", "en")));
    }
}
