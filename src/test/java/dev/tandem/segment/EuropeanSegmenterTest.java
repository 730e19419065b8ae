// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.assertLossless;
import static dev.tandem.segment.SegmentAssertions.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EuropeanSegmenterTest {

    private static List<String> split(String tag, String text) {
        assertLossless(Segmenters.forLanguage(tag).split(text), text);
        return sentences(tag, text);
    }

    @Test
    void shouldKeepGermanAbbreviations() {
        assertEquals(List.of("Das ist z. B. gut, d. h. sehr gut.", "Nr. 5 kostet ca. 5 Euro, bzw. weniger."),
                split("de", "Das ist z. B. gut, d. h. sehr gut. Nr. 5 kostet ca. 5 Euro, bzw. weniger."));
        assertEquals(List.of("Äpfel, Birnen usw. sind Obst."), split("de", "Äpfel, Birnen usw. sind Obst."));
        assertEquals(List.of("Das ist z.B. gut."), split("de", "Das ist z.B. gut."));
        assertEquals(List.of("Sprich mit Dr. Müller."), split("de", "Sprich mit Dr. Müller."));
    }

    @Test
    void shouldKeepGermanOrdinals() {
        assertEquals(List.of("Am 3. Oktober kam er.", "Er blieb."), split("de", "Am 3. Oktober kam er. Er blieb."));
        assertEquals(List.of("Der 100. Geburtstag war schön."), split("de", "Der 100. Geburtstag war schön."));
        assertEquals(List.of("Er kam am 3. Okt. zurück."), split("de", "Er kam am 3. Okt. zurück."));
    }

    @Test
    void shouldSplitGermanAfterNumberAndAmbiguousAbbreviation() {
        assertEquals(List.of("Es waren 30.", "Dann gingen wir."), split("de", "Es waren 30. Dann gingen wir."));
        assertEquals(List.of("Das war 50 v. Chr.", "Dann kam Rom."), split("de", "Das war 50 v. Chr. Dann kam Rom."));
    }

    @Test
    void shouldKeepFrenchAbbreviations() {
        assertEquals(List.of("M. Dupont est là.", "Voir p. ex. le chapitre 2."),
                split("fr", "M. Dupont est là. Voir p. ex. le chapitre 2."));
        assertEquals(List.of("Mme Durand et Dr. Roux arrivent.", "Il pleut."),
                split("fr", "Mme Durand et Dr. Roux arrivent. Il pleut."));
    }

    /**
     * French sets a space inside guillemets, so the closing » stands apart from the ! or . it follows: it still closes
     * that sentence, and a speech verb after it ("» s'écria-t-elle") goes on with it.
     */
    @Test
    void shouldKeepFrenchClosingGuillemetsWithTheirSentence() {
        assertEquals(List.of("« Regarde, il neige ! » s'écria la petite fille.",
                        "Sa mère répondit : « Va vite mettre ton manteau. »"),
                split("fr", "« Regarde, il neige ! » s'écria la petite fille. Sa mère répondit : « Va vite mettre"
                        + " ton manteau. »"));
        assertEquals(List.of("Il a dit : « Non. »", "Puis il est parti."),
                split("fr", "Il a dit : « Non. » Puis il est parti."));
        assertEquals(List.of("Er ging.", "»Komm!« rief sie."), split("de", "Er ging. »Komm!« rief sie."));
        assertEquals(List.of("He left.", "\"Yes,\" she said."), split("en", "He left. \"Yes,\" she said."));
    }

    @Test
    void shouldKeepCyrillicInitialsAndUseIcuAbbreviations() {
        assertEquals(List.of("А. С. Пушкин родился в Москве.", "Он был поэтом."),
                split("ru", "А. С. Пушкин родился в Москве. Он был поэтом."));
        assertEquals(List.of("Это сказал проф. Иванов."), split("ru", "Это сказал проф. Иванов."));
    }

    @Test
    void shouldUseIcuAbbreviationsForSpanish() {
        assertEquals(List.of("El Sr. García llegó.", "Luego se fue."), split("es", "El Sr. García llegó. Luego se fue."));
    }

    @Test
    void shouldSplitRightToLeftScripts() {
        assertEquals(List.of("مرحبا بكم.", "كيف حالك؟"), split("ar", "مرحبا بكم. كيف حالك؟"));
        assertEquals(List.of("שלום לכולם.", "מה שלומך?"), split("he", "שלום לכולם. מה שלומך?"));
    }

    @Test
    void shouldKeepThaiLossless() {
        String text = "สวัสดีครับ ผมชื่อสมชาย วันนี้อากาศดี\nพรุ่งนี้ฝนตก";
        List<Segment> segments = Segmenters.forLanguage("th").split(text);
        assertLossless(segments, text);
        assertEquals(2, segments.stream().map(Segment::paragraph).distinct().count());
    }

    @Test
    void shouldKeepCommonRussianAbbreviationsInTheirSentence() {
        assertEquals(List.of("Он живёт на пр. Мира, д. 5.", "Это далеко, т. е. за рекой.", "Стоит 100 руб.",
                "Дорого."), SegmentAssertions.sentences("ru",
                "Он живёт на пр. Мира, д. 5. Это далеко, т. е. за рекой. Стоит 100 руб. Дорого."));
    }
}
