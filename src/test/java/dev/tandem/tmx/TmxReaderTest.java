// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TmxReaderTest {

    static TmxContent read(String tmx, String source, String target) {
        return TmxReader.read(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)), source, target, 1000);
    }

    /** A TMX 1.4 document whose body is {@code body}. */
    static String tmx(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx14.dtd">
                <tmx version="1.4">
                  <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en"
                          srclang="ja" datatype="plaintext"/>
                  <body>
                """ + body + "\n  </body>\n</tmx>\n";
    }

    /** One {@code <tu>} with a tuv per language/segment pair, segments inserted as raw XML. */
    static String tu(String... languageAndSegment) {
        StringBuilder tu = new StringBuilder("<tu>");
        for (int i = 0; i < languageAndSegment.length; i += 2) {
            tu.append("<tuv xml:lang=\"").append(languageAndSegment[i]).append("\"><seg>")
                    .append(languageAndSegment[i + 1]).append("</seg></tuv>");
        }
        return tu.append("</tu>").toString();
    }

    private static InputStream resource(String name) {
        InputStream in = TmxReaderTest.class.getResourceAsStream(name);
        assertNotNull(in, name);
        return in;
    }

    @Test
    void shouldReadUnitsInFileOrderWithHeaderLanguage() {
        TmxContent content = read(tmx(tu("ja", "一。", "en", "One.") + tu("en", "Two.", "ja", "二。")), "ja", "en");
        assertEquals("ja", content.declaredSourceLanguage());
        assertEquals(List.of(new TmxUnit("一。", "One."), new TmxUnit("二。", "Two.")), content.units());
        assertEquals(0, content.skippedUnits());
        assertEquals(List.of("ja", "en"), List.copyOf(content.languagesFound()));
    }

    @Test
    void shouldSwapSidesWhenAskedForTheOtherDirection() {
        TmxContent content = read(tmx(tu("ja", "一。", "en", "One.")), "en", "ja");
        assertEquals(List.of(new TmxUnit("One.", "一。")), content.units());
    }

    @Test
    void shouldReturnNullDeclaredSourceLanguageWithoutHeader() {
        TmxContent content = read("<tmx version=\"1.4\"><body>" + tu("de", "Hallo", "en", "Hello") + "</body></tmx>",
                "de", "en");
        assertNull(content.declaredSourceLanguage());
        assertEquals(1, content.units().size());
    }

    @Test
    void shouldKeepAllAsDeclaredSourceLanguage() {
        String doc = tmx(tu("ja", "一", "en", "One")).replace("srclang=\"ja\"", "srclang=\"*all*\"");
        assertEquals("*all*", read(doc, "ja", "en").declaredSourceLanguage());
    }

    @Test
    void shouldRoundTripWhatTmxWriterWrites() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("x-status", "CONFIRMED");
        props.put("x-document", "a & b <c>.txt");
        props.put("x-confidence", "0.93");
        List<TmxUnit> units = List.of(
                new TmxUnit("東京は日本の首都です。", "Tokyo is the capital of Japan.", props),
                new TmxUnit("今日はいい天気ですね😀", "Nice weather 😀 👩‍💻 today"),
                new TmxUnit("5 < 10 & 10 > 5 ]]> \"q\" 'a'", "a&amp;b <seg>not markup</seg>"),
                new TmxUnit("列A\t列B", "Line one\nLine two\r\nLine three\rfour"),
                new TmxUnit("中文：这是一个句子。", "𠮷野家 \u00A0non-breaking\u00A0space"));
        byte[] tmx = TmxWriterTest.write(TmxWriterTest.HEADER, "en", units.toArray(TmxUnit[]::new));

        TmxContent content = TmxReader.read(new ByteArrayInputStream(tmx), "ja", "en", 10);

        assertEquals(units, content.units());
        assertEquals(List.copyOf(props.keySet()), List.copyOf(content.units().get(0).properties().keySet()));
        assertEquals("ja", content.declaredSourceLanguage());
    }

    @Test
    void shouldStripLeadingAndTrailingWhitespaceButKeepInnerWhitespace() {
        String seg = "\n        Two  spaces\tand a tab\n   \n";
        TmxContent content = read(tmx(tu("en", seg, "de", "\u00A0Geschütztes Leerzeichen\u00A0 ")), "en", "de");
        assertEquals(new TmxUnit("Two  spaces\tand a tab", "\u00A0Geschütztes Leerzeichen\u00A0"), content.units().get(0));
    }

    @Test
    void shouldDropNativeCodesAndSubFlowsButKeepHighlightedText() {
        String source = "Press <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Enter<ept i=\"1\">&lt;/b&gt;</ept>"
                + "<ph x=\"2\">&lt;br/&gt;</ph> now<it pos=\"begin\">&lt;i&gt;</it>, <hi type=\"x-em\">really</hi>"
                + "<ph x=\"3\">&lt;img alt=\"<sub>Picture title</sub>\"/&gt;</ph><ut>{\\b }</ut>!"
                + "<sub>stray sub-flow</sub><![CDATA[ <kept> ]]>";
        TmxContent content = read(tmx(tu("en", source, "fr", "Appuyez")), "en", "fr");
        assertEquals("Press Enter now, really! <kept>", content.units().get(0).sourceText());
    }

    @Test
    void shouldKeepTuPropsInOrderAndIgnoreTuvAndHeaderProps() {
        String doc = tmx("""
                <tu tuid="7">
                  <prop type="x-b">2</prop>
                  <note>a note</note>
                  <prop type="x-a">1 &amp; <hi>nested</hi></prop>
                  <prop>no type</prop>
                  <prop type="x-b">second value of x-b</prop>
                  <tuv xml:lang="en"><prop type="x-tuv">not kept</prop><seg>Hello</seg></tuv>
                  <tuv xml:lang="de"><seg>Hallo</seg></tuv>
                </tu>""").replace("datatype=\"plaintext\"/>", "datatype=\"plaintext\"><prop type=\"x-h\">h</prop></header>");
        Map<String, String> properties = read(doc, "en", "de").units().get(0).properties();
        assertEquals(List.of(Map.entry("x-b", "2"), Map.entry("x-a", "1 & nested")), List.copyOf(properties.entrySet()));
    }

    @Test
    void shouldSkipAndCountUnitsLackingALanguageOrText() {
        TmxContent content = read(tmx(
                tu("ja", "一", "en", "One")
                        + tu("ja", "二")                            // no en
                        + tu("ja", "", "en", "Three")               // empty source
                        + tu("ja", "四", "en", "  \n ")            // whitespace-only target
                        + tu("ja", "<ph>&lt;br/&gt;</ph>", "en", "Five")  // only markup
                        + "<tu><tuv xml:lang=\"ja\"><seg>六</seg></tuv><tuv xml:lang=\"en\"></tuv></tu>" // no seg
                        + tu("ja", "七", "en", "Seven")),
                "ja", "en");
        assertEquals(List.of(new TmxUnit("一", "One"), new TmxUnit("七", "Seven")), content.units());
        assertEquals(5, content.skippedUnits());
    }

    @Test
    void shouldTakeTheFirstTuvOfARepeatedLanguage() {
        TmxContent content = read(tmx(tu("en", "first", "de", "erste", "en", "second", "de", "zweite")), "en", "de");
        assertEquals(new TmxUnit("first", "erste"), content.units().get(0));
    }

    @Test
    void shouldMatchLanguagesCaseInsensitivelyWithUnderscores() {
        TmxContent content = read(tmx(tu("EN_us", "Hello", "PT_br", "Olá")), "en-US", "pt-BR");
        assertEquals(List.of(new TmxUnit("Hello", "Olá")), content.units());
        assertEquals(Set.of("EN_us", "PT_br"), content.languagesFound());
    }

    @Test
    void shouldFallBackToThePrimaryLanguage() {
        assertEquals(1, read(tmx(tu("zh-CN", "你好", "en-US", "Hello")), "zh", "en").units().size());
        assertEquals(1, read(tmx(tu("zh", "你好", "en", "Hello")), "zh-CN", "en-US").units().size());
        // Only by primary subtag, since nothing better is there.
        assertEquals(1, read(tmx(tu("zh-Hans", "简体", "en", "Simplified")), "zh-Hant", "en").units().size());
    }

    @Test
    void shouldPreferTheClosestVariant() {
        String unit = tu("zh-Hans", "简体", "zh-TW", "繁體", "en-GB", "colour", "en", "color");
        assertEquals(new TmxUnit("繁體", "color"), read(tmx(unit), "zh-Hant", "en-US").units().get(0));
        assertEquals(new TmxUnit("简体", "color"), read(tmx(unit), "zh-CN", "en-US").units().get(0));
        assertEquals(new TmxUnit("简体", "colour"), read(tmx(unit), "zh", "en-GB").units().get(0));
    }

    @Test
    void shouldUseDifferentTuvsForVariantsOfOneLanguage() {
        TmxContent content = read(tmx(tu("en-US", "color", "en-GB", "colour") + tu("en-US", "only US")),
                "en-GB", "en-US");
        assertEquals(List.of(new TmxUnit("colour", "color")), content.units());
        assertEquals(1, content.skippedUnits());
    }

    @Test
    void shouldIgnoreTuvsInOtherLanguages() {
        TmxContent content = read(tmx(tu("fr", "Bonjour", "de", "Hallo", "it", "Ciao", "en", "Hello")), "en", "de");
        assertEquals(new TmxUnit("Hello", "Hallo"), content.units().get(0));
        assertEquals(List.of("fr", "de", "it", "en"), List.copyOf(content.languagesFound()));
    }

    @Test
    void shouldNameTheMissingLanguageAndTheLanguagesFound() {
        TmxFormatException e = assertThrows(TmxFormatException.class,
                () -> read(tmx(tu("zh-CN", "你好", "en-US", "Hello")), "ja", "en"));
        assertTrue(e.getMessage().startsWith("The file has no units in 'ja'; it contains zh-CN, en-US."), e.getMessage());
        assertEquals(-1, e.line());

        e = assertThrows(TmxFormatException.class, () -> read(tmx(tu("zh-CN", "你好", "en-US", "Hello")), "zh", "ko"));
        assertTrue(e.getMessage().startsWith("The file has no units in 'ko'; it contains zh-CN, en-US."), e.getMessage());
    }

    @Test
    void shouldRefuseAFileWithoutUnits() {
        TmxFormatException e = assertThrows(TmxFormatException.class, () -> read(tmx(""), "ja", "en"));
        assertTrue(e.getMessage().contains("no units in 'ja'"), e.getMessage());
        assertTrue(e.getMessage().contains("no translation units"), e.getMessage());
    }

    @Test
    void shouldRefuseAFileThatIsNotTmx() {
        TmxFormatException e = assertThrows(TmxFormatException.class,
                () -> read("<?xml version=\"1.0\"?>\n<html><body><tu/></body></html>", "ja", "en"));
        assertTrue(e.getMessage().startsWith("Line 2, column 7: This is not a TMX file: its root element is <html>, not <tmx>."),
                e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void shouldReportMalformedXmlWithItsPosition() {
        String doc = tmx(tu("ja", "一", "en", "One") + "\n<tu><tuv xml:lang=\"ja\"><seg>二</tuv></tu>");
        TmxFormatException e = assertThrows(TmxFormatException.class, () -> read(doc, "ja", "en"));
        assertTrue(e.getMessage().matches("(?s)Line 8, column \\d+: The file is not well-formed XML: .*seg.*export it again.*"),
                e.getMessage());
        assertEquals(8, e.line());
        assertTrue(e.column() > 0);
    }

    @Test
    void shouldReportTruncatedEmptyAndNonXmlFiles() {
        String whole = tmx(tu("ja", "一", "en", "One"));
        for (String doc : List.of(whole.substring(0, whole.length() - 20), "", "ja\ten\n一\tOne\n", whole + "<tmx/>")) {
            TmxFormatException e = assertThrows(TmxFormatException.class, () -> read(doc, "ja", "en"));
            assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
        }
    }

    @Test
    void shouldReportBytesInvalidForTheDeclaredEncoding() {
        byte[] doc = tmx(tu("fr", "Caf\u00E9", "en", "Coffee")).getBytes(StandardCharsets.ISO_8859_1);
        TmxFormatException e = assertThrows(TmxFormatException.class,
                () -> TmxReader.read(new ByteArrayInputStream(doc), "fr", "en", 10));
        assertTrue(e.getMessage().contains("not in the encoding it declares"), e.getMessage());
        assertEquals(7, e.line());
    }

    @Test
    void shouldReadUtf16WithByteOrderMark() {
        // Trados and memoQ export UTF-16 by default.
        String doc = tmx(tu("ja", "一", "en", "One")).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bytes.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, withBom, 2, bytes.length);
        TmxContent content = TmxReader.read(new ByteArrayInputStream(withBom), "ja", "en", 10);
        assertEquals(List.of(new TmxUnit("一", "One")), content.units());
    }

    @Test
    void shouldReadTmx11WithLangAttributesInLatin1() {
        TmxContent content = TmxReader.read(resource("tmx11-lang.tmx"), "en", "fr", 10);
        assertEquals("EN-US", content.declaredSourceLanguage());
        assertEquals(List.of(
                new TmxUnit("The contract ends on 31 December.", "Le contrat prend fin le 31 décembre.",
                        Map.of("Txt::Domain", "Legal")),
                new TmxUnit("Price: 5 < 10 & café.", "Prix\u00A0: 5 < 10 & café.")), content.units());
        assertEquals(1, content.skippedUnits());
        assertEquals(Set.of("EN-US", "FR-FR"), content.languagesFound());
    }

    @Test
    void shouldReadTradosLikeExport() {
        TmxContent content = TmxReader.read(resource("trados-like.tmx"), "en-US", "de-DE", 10);
        assertEquals("EN-US", content.declaredSourceLanguage());
        assertEquals(List.of(
                new TmxUnit("Click Save to keep your changes.", "Klicken Sie auf Speichern, um Ihre Änderungen zu behalten.",
                        Map.of("x-Context", "1544215435, 3376018239", "x-Origin", "TM",
                                "x-ConfirmationLevel", "ApprovedSignOff")),
                new TmxUnit("Line 1 Line 2", "Zeile 1 Zeile 2", Map.of("x-Context", "3376018239, 0"))),
                content.units());
        assertEquals(List.of("x-Context", "x-Origin", "x-ConfirmationLevel"),
                List.copyOf(content.units().get(0).properties().keySet()));
        assertEquals(1, content.skippedUnits());
    }

    @Test
    void shouldReadFiveThousandUnits() {
        TmxUnit[] units = new TmxUnit[5000];
        for (int i = 0; i < units.length; i++) {
            units[i] = new TmxUnit("これは文" + i + "です。", "This is sentence " + i + ".", Map.of("x-n", "" + i));
        }
        byte[] tmx = TmxWriterTest.write(TmxWriterTest.HEADER, "en", units);
        TmxContent content = TmxReader.read(new ByteArrayInputStream(tmx), "ja", "en", 5000);
        assertEquals(List.of(units), content.units());
    }

    @Test
    void shouldRefuseMoreUnitsThanTheLimit() {
        byte[] tmx = TmxWriterTest.write(TmxWriterTest.HEADER, "en",
                new TmxUnit("一", "One"), new TmxUnit("二", "Two"), new TmxUnit("三", "Three"));
        TmxFormatException e = assertThrows(TmxFormatException.class,
                () -> TmxReader.read(new ByteArrayInputStream(tmx), "ja", "en", 2));
        assertTrue(e.getMessage().contains("more than 2 translation units"), e.getMessage());
        assertTrue(e.getMessage().contains("Split it"), e.getMessage());
        assertTrue(e.line() > 0);
        assertEquals(3, TmxReader.read(new ByteArrayInputStream(tmx), "ja", "en", 3).units().size());
    }

    @Test
    void shouldCountSkippedUnitsAgainstTheLimit() {
        String doc = tmx(tu("ja", "一", "en", "One") + tu("ja", "二") + tu("ja", "三"));
        assertThrows(TmxFormatException.class,
                () -> TmxReader.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "ja", "en", 2));
    }

    @Test
    void shouldRejectBadArguments() {
        String doc = tmx(tu("ja", "一", "en", "One"));
        assertThrows(IllegalArgumentException.class, () -> read(doc, "ja", "JA"));
        assertThrows(IllegalArgumentException.class, () -> read(doc, "en_US", "en-us"));
        assertThrows(IllegalArgumentException.class, () -> read(doc, "", "en"));
        assertThrows(IllegalArgumentException.class, () -> read(doc, "ja", null));
        assertThrows(IllegalArgumentException.class, () -> read(doc, "not a tag", "en"));
        assertThrows(IllegalArgumentException.class,
                () -> TmxReader.read(new ByteArrayInputStream(new byte[0]), "ja", "en", 0));
        assertThrows(NullPointerException.class, () -> TmxReader.read(null, "ja", "en", 1));
    }

    @Test
    void shouldWrapReadFailuresAsUncheckedIo() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> TmxReader.read(failing, "ja", "en", 1));
        assertInstanceOf(IOException.class, e.getCause());
    }

    @Test
    void shouldNotCloseTheStream() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(tmx(tu("ja", "一", "en", "One")).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        TmxReader.read(in, "ja", "en", 1);
        assertEquals(false, closed[0]);
    }

    @Test
    void shouldTakeTheTargetTuvsStatusWhenTheUnitHasNone() {
        String tmx = """
                <tmx version="1.4"><header srclang="zh" segtype="sentence" datatype="plaintext" adminlang="en"
                  creationtool="Tandem" creationtoolversion="1" o-tmf="Tandem"/><body>
                  <tu><prop type="x-position">0</prop>
                    <tuv xml:lang="zh"><seg>一。</seg></tuv>
                    <tuv xml:lang="en"><prop type="x-status">AUTO</prop><seg>One.</seg></tuv>
                    <tuv xml:lang="fr"><prop type="x-status">CONFIRMED</prop><seg>Un.</seg></tuv></tu>
                  <tu><prop type="x-status">CONFIRMED</prop>
                    <tuv xml:lang="zh"><seg>二。</seg></tuv>
                    <tuv xml:lang="en"><prop type="x-status">AUTO</prop><seg>Two.</seg></tuv></tu>
                </body></tmx>""";
        List<TmxUnit> en = read(tmx, "zh", "en").units();
        assertEquals("AUTO", en.get(0).properties().get("x-status"));
        assertEquals("CONFIRMED", en.get(1).properties().get("x-status"), "the unit's own prop comes first");
        assertEquals("CONFIRMED", read(tmx, "zh", "fr").units().get(0).properties().get("x-status"));
    }
}
