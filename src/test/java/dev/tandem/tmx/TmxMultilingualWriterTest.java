// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TmxMultilingualWriterTest {

    private static final TmxHeader HEADER = new TmxHeader("Tandem", "0.1.0", "zh", "en", "Tandem",
            Instant.parse("2026-12-06T01:02:03Z"));

    private static byte[] write(TmxMultilingualUnit... units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter tmx = TmxWriter.openMultilingual(out, HEADER)) {
            for (TmxMultilingualUnit unit : units) {
                tmx.unit(unit);
            }
            tmx.finish();
        }
        return out.toByteArray();
    }

    @Test
    void shouldWriteOneTuvPerLanguageWithItsOwnPropsAndStayValid() throws Exception {
        byte[] tmx = write(
                new TmxMultilingualUnit("你好。", List.of(
                        new TmxVariant("en", "Hello.", Map.of("x-status", "CONFIRMED")),
                        new TmxVariant("fr", "Bonjour.", new TreeMap<>(Map.of("x-status", "AUTO", "x-confidence", "0.93"))),
                        new TmxVariant("de", "Hallo & willkommen.")),
                        Map.of("x-document", "Greetings"), null),
                new TmxMultilingualUnit("再见。", List.of(new TmxVariant("fr", "Au revoir.")), null, null));

        TmxDtdValidationTest.validate(tmx);
        TmxTestReader.Document doc = TmxTestReader.read(tmx);
        assertEquals(2, doc.units().size());
        assertEquals(List.of(new TmxTestReader.Tuv("zh", "你好。"), new TmxTestReader.Tuv("en", "Hello."),
                new TmxTestReader.Tuv("fr", "Bonjour."), new TmxTestReader.Tuv("de", "Hallo & willkommen.")),
                doc.units().get(0).tuvs());
        assertEquals(List.of(new TmxTestReader.Tuv("zh", "再见。"), new TmxTestReader.Tuv("fr", "Au revoir.")),
                doc.units().get(1).tuvs());
        String xml = new String(tmx, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<tuv xml:lang=\"fr\">\n        <prop type=\"x-confidence\">0.93</prop>"
                + "\n        <prop type=\"x-status\">AUTO</prop><seg>Bonjour.</seg></tuv>"), xml);
        assertTrue(xml.contains("<prop type=\"x-document\">Greetings</prop>"), xml);
    }

    @Test
    void shouldRefuseUnitsThatReadersCouldNotTellApart() {
        assertThrows(IllegalArgumentException.class, () -> new TmxMultilingualUnit("一。", List.of(), null, null));
        assertThrows(IllegalArgumentException.class, () -> new TmxMultilingualUnit("一。",
                List.of(new TmxVariant("fr", "Un."), new TmxVariant("FR", "Une.")), null, null));
        assertThrows(IllegalArgumentException.class, () -> new TmxVariant("not a tag!", "x"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter tmx = TmxWriter.openMultilingual(out, HEADER)) {
            assertThrows(IllegalArgumentException.class, () -> tmx.unit(
                    new TmxMultilingualUnit("一。", List.of(new TmxVariant("zh", "一")), null, null)));
            assertThrows(IllegalArgumentException.class, () -> tmx.unit(
                    new TmxMultilingualUnit("一。", List.of(new TmxVariant("fr", "\u0001")), null, null)));
            assertThrows(IllegalStateException.class, () -> tmx.unit(new TmxUnit("一。", "One.")));
            tmx.unit(new TmxMultilingualUnit("一。", List.of(new TmxVariant("fr", "Un.")), null, null));
            assertEquals(1, tmx.unitCount(), "refused units leave no trace");
        }
        try (TmxWriter tmx = TmxWriter.open(new ByteArrayOutputStream(), HEADER, "en")) {
            assertThrows(IllegalStateException.class, () -> tmx.unit(
                    new TmxMultilingualUnit("一。", List.of(new TmxVariant("fr", "Un.")), null, null)));
        }
    }
}
