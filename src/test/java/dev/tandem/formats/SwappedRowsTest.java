// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SwappedRowsTest {
    private static final LanguageCheck CHECK = new LanguageCheck();
    private static final List<String> GERMAN = List.of("Der Winter kam dieses Jahr früh in die Stadt.",
            "Die Kinder spielten den ganzen Tag im Schnee.", "Am Abend saßen alle am warmen Ofen.");
    private static final List<String> FRENCH = List.of("L'hiver est arrivé tôt en ville cette année.",
            "Les enfants ont joué toute la journée dans la neige.", "Le soir, tous étaient assis près du poêle chaud.");

    @Test
    void shouldTellRowsReadTheOtherWayRound() {
        var swapped = CHECK.swappedRows(FRENCH, GERMAN, "de", "fr");
        assertTrue(swapped.isPresent());
        assertEquals("de", swapped.get().looksLike());
        assertEquals("3 of its rows read as French in the first column and German in the second",
                swapped.get().evidence());
        assertTrue(CHECK.swappedRows(GERMAN, FRENCH, "de", "fr").isEmpty(), "the expected order");
        assertTrue(CHECK.swappedRows(FRENCH.subList(0, 1), GERMAN.subList(0, 1), "de", "fr").isPresent(), "one row");
    }

    @Test
    void shouldTellShortTextsReadTheOtherWayRound() {
        String german = String.join(" ", GERMAN);
        String french = String.join(" ", FRENCH);
        var swapped = CHECK.swappedTexts(french, german, "de", "fr");
        assertTrue(swapped.isPresent());
        assertEquals("fr", swapped.get().looksLike());
        assertTrue(CHECK.swappedTexts(german, french, "de", "fr").isEmpty());
        assertTrue(CHECK.swappedTexts("Berlin, Paris.", "Paris, Berlin.", "de", "fr").isEmpty(), "too few words");
    }

    @Test
    void shouldNotJudgeOnTooLittle() {
        assertTrue(CHECK.swappedRows(List.of("Paris", "OK merci"), List.of("Berlin", "OK danke"), "fr", "de").isEmpty(),
                "names and two-word cells");
        // a file mostly in the expected order with two rows the other way (quotations left untranslated)
        List<String> first = List.of(GERMAN.get(0), GERMAN.get(1), GERMAN.get(2), FRENCH.get(0), FRENCH.get(1));
        List<String> second = List.of(FRENCH.get(0), FRENCH.get(1), FRENCH.get(2), GERMAN.get(0), GERMAN.get(1));
        assertTrue(CHECK.swappedRows(first, second, "de", "fr").isEmpty());
        assertTrue(CHECK.swappedRows(FRENCH, GERMAN, "zh", "en").isEmpty(), "other scripts: the script check's work");
        assertTrue(CHECK.swappedRows(FRENCH, GERMAN, "de", "de-CH").isEmpty(), "one language");
    }
}
