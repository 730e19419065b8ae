// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class TmxWriterTest {

    static final TmxHeader HEADER = new TmxHeader("Tandem", "0.1.0", "ja", "en", "Tandem",
            Instant.parse("2025-03-04T05:06:07.890Z"));

    static byte[] write(TmxHeader header, String target, TmxUnit... units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter tmx = TmxWriter.open(out, header, target)) {
            for (TmxUnit unit : units) {
                tmx.unit(unit);
            }
            tmx.finish();
        }
        return out.toByteArray();
    }

    static TmxTestReader.Document roundTrip(TmxUnit... units) throws Exception {
        return TmxTestReader.read(write(HEADER, "en", units));
    }

    @Test
    void shouldWriteHeaderFields() throws Exception {
        TmxTestReader.Document doc = roundTrip();
        assertEquals("1.4", doc.version());
        assertTrue(doc.doctype().contains("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"), doc.doctype());
        assertEquals(Map.of(
                "creationtool", "Tandem",
                "creationtoolversion", "0.1.0",
                "segtype", "sentence",
                "o-tmf", "Tandem",
                "adminlang", "en",
                "srclang", "ja",
                "datatype", "plaintext",
                "creationdate", "20250304T050607Z"), doc.header());
        assertTrue(doc.units().isEmpty());
    }

    @Test
    void shouldStartWithXmlDeclarationAndDoctype() {
        String xml = new String(write(HEADER, "en"), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">"), xml);
    }

    @Test
    void shouldFormatCreationDateInUtc() {
        assertEquals("20241231T235959Z", TmxWriter.DATE_FORMAT.format(Instant.parse("2025-01-01T01:59:59+02:00")));
        assertEquals("20000101T000000Z", TmxWriter.DATE_FORMAT.format(Instant.parse("2000-01-01T00:00:00.999Z")));
    }

    @Test
    void shouldWriteAllUnitsInOrderWithBothLanguages() throws Exception {
        TmxTestReader.Document doc = roundTrip(
                new TmxUnit("東京は日本の首都です。", "Tokyo is the capital of Japan."),
                new TmxUnit("今日は晴れです。", "It is sunny today."),
                new TmxUnit("猫が好きです。", "I like cats."));
        assertEquals(3, doc.units().size());
        assertEquals(List.of(new TmxTestReader.Tuv("ja", "東京は日本の首都です。"), new TmxTestReader.Tuv("en", "Tokyo is the capital of Japan.")),
                doc.units().get(0).tuvs());
        assertEquals("今日は晴れです。", doc.units().get(1).tuvs().get(0).segment());
        assertEquals("I like cats.", doc.units().get(2).tuvs().get(1).segment());
        assertEquals(List.of("1", "2", "3"), doc.units().stream().map(tu -> tu.attributes().get("tuid")).toList());
    }

    @Test
    void shouldWritePropertiesInOrder() throws Exception {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("x-document", "Chapter 1 <draft> & notes");
        props.put("x-status", "CONFIRMED");
        props.put("x-confidence", "0.93");
        TmxTestReader.Document doc = roundTrip(new TmxUnit("一。", "One.", props));
        Map<String, String> written = doc.units().get(0).properties();
        assertEquals(props, written);
        assertEquals(List.of("x-document", "x-status", "x-confidence"), List.copyOf(written.keySet()));
    }

    @Test
    void shouldEscapeMarkupAmpersandsQuotesAndCdataEnd() throws Exception {
        String tricky = "<script>alert('x')</script> &amp; a ]]> b \"quoted\" 5 > 3 & 2 < 4";
        byte[] tmx = write(HEADER, "en", new TmxUnit(tricky, tricky));
        String xml = new String(tmx, StandardCharsets.UTF_8);
        assertFalse(xml.contains("<script>"), xml);
        assertFalse(xml.contains("]]>"), xml);
        TmxTestReader.Document doc = TmxTestReader.read(tmx);
        assertEquals(tricky, doc.units().get(0).tuvs().get(0).segment());
        assertEquals(tricky, doc.units().get(0).tuvs().get(1).segment());
    }

    @Test
    void shouldDropCharactersIllegalInXml() throws Exception {
        String dirty = "a\u0001b\u000Bc\uFFFFd\uD800e\uDC00f\u0000g\uFFFE";
        TmxTestReader.Document doc = roundTrip(new TmxUnit(dirty, "x\u001Fy", Map.of("x-note", "p\u0002q")));
        assertEquals("abcdefg", doc.units().get(0).tuvs().get(0).segment());
        assertEquals("xy", doc.units().get(0).tuvs().get(1).segment());
        assertEquals("pq", doc.units().get(0).properties().get("x-note"));
    }

    @Test
    void shouldKeepEmojiCjkAndOtherScripts() throws Exception {
        String source = "今日はいい天気ですね😀 中文简体，繁體中文。한국어 문장입니다. 👩‍💻 𠮷野家";
        String target = "Nice weather 😀 👍🏽 — Привет, مرحبا, שלום";
        TmxTestReader.Document doc = roundTrip(new TmxUnit(source, target));
        assertEquals(source, doc.units().get(0).tuvs().get(0).segment());
        assertEquals(target, doc.units().get(0).tuvs().get(1).segment());
    }

    @Test
    void shouldPreserveTabsNewlinesAndCarriageReturns() throws Exception {
        String source = "列A\t列B\n二行目";
        String target = "Column A\tColumn B\r\nLine two\rend";
        TmxTestReader.Document doc = roundTrip(new TmxUnit(source, target));
        assertEquals(source, doc.units().get(0).tuvs().get(0).segment());
        assertEquals(target, doc.units().get(0).tuvs().get(1).segment());
    }

    @Test
    void shouldPreserveLeadingAndTrailingSpaces() throws Exception {
        TmxTestReader.Document doc = roundTrip(new TmxUnit("  前後 ", " both "));
        assertEquals("  前後 ", doc.units().get(0).tuvs().get(0).segment());
        assertEquals(" both ", doc.units().get(0).tuvs().get(1).segment());
    }

    @Test
    void shouldRejectUnitEmptyAfterCleaningAndStayUsable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter tmx = TmxWriter.open(out, HEADER, "en")) {
            assertThrows(IllegalArgumentException.class, () -> tmx.unit(new TmxUnit("", "target")));
            assertThrows(IllegalArgumentException.class, () -> tmx.unit(new TmxUnit("source", "")));
            assertThrows(IllegalArgumentException.class, () -> tmx.unit(new TmxUnit("\u0001\uFFFF", "target")));
            tmx.unit(new TmxUnit("残る。", "Kept."));
            assertEquals(1, tmx.unitCount());
            tmx.finish();
        }
        TmxTestReader.Document doc = TmxTestReader.read(out.toByteArray());
        assertEquals(1, doc.units().size());
        assertEquals("1", doc.units().get(0).attributes().get("tuid"));
        assertEquals(2, doc.units().get(0).tuvs().size());
    }

    @Test
    void shouldRejectBadLanguageTags() {
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new TmxHeader("Tandem", "1", "en_US", "en", "Tandem", now));
        assertThrows(IllegalArgumentException.class, () -> new TmxHeader("Tandem", "1", "en", "", "Tandem", now));
        assertThrows(IllegalArgumentException.class, () -> new TmxHeader("Tandem", "1", "english!", "en", "Tandem", now));
        assertThrows(IllegalArgumentException.class, () -> TmxWriter.open(new ByteArrayOutputStream(), HEADER, "de DE"));
        assertThrows(IllegalArgumentException.class, () -> TmxWriter.open(new ByteArrayOutputStream(), HEADER, "JA"));
        new TmxHeader("Tandem", "1", "zh-Hant-TW", "en-GB", "Tandem", now);
    }

    @Test
    void shouldRejectBlankHeaderFields() {
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new TmxHeader(" ", "1", "en", "en", "Tandem", now));
        assertThrows(IllegalArgumentException.class, () -> new TmxHeader("Tandem", "1", "en", "en", "", now));
        assertThrows(NullPointerException.class, () -> new TmxHeader("Tandem", "1", "en", "en", "Tandem", null));
    }

    @Test
    void shouldRejectUnitAfterCloseAndAllowDoubleClose() {
        TmxWriter tmx = TmxWriter.open(new ByteArrayOutputStream(), HEADER, "en");
        tmx.close();
        tmx.close();
        assertThrows(IllegalStateException.class, () -> tmx.unit(new TmxUnit("a", "b")));
    }

    @Test
    void shouldNotCloseTheCallersStream() {
        class CloseTracking extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        CloseTracking out = new CloseTracking();
        try (TmxWriter tmx = TmxWriter.open(out, HEADER, "en")) {
            tmx.unit(new TmxUnit("一。", "One."));
            tmx.finish();
        }
        assertFalse(out.closed);
        assertTrue(out.size() > 0);
    }

    @Test
    void shouldReportIoFailureUnchecked() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("client went away");
            }
        };
        // The StAX writer buffers, so the failure may surface at open, unit or finish; it must be unchecked I/O.
        assertThrows(UncheckedIOException.class, () -> {
            try (TmxWriter tmx = TmxWriter.open(broken, HEADER, "en")) {
                tmx.unit(new TmxUnit("一。", "One."));
                tmx.finish();
            }
        });
    }

    @Test
    void shouldKeepPropertyOrderAndRejectNullsInUnit() {
        assertThrows(NullPointerException.class, () -> new TmxUnit(null, "t"));
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("x-a", null);
        assertThrows(NullPointerException.class, () -> new TmxUnit("s", "t", withNull));
        assertThrows(IllegalArgumentException.class, () -> new TmxUnit("s", "t", Map.of(" ", "v")));
        assertEquals(Map.of(), new TmxUnit("s", "t", null).properties());
    }

    @Test
    void shouldWriteProvenanceOnTheUnitOnlyWhereKnown() throws Exception {
        Instant imported = Instant.parse("2026-01-02T03:04:05.678Z");
        Instant confirmed = Instant.parse("2026-02-03T04:05:06Z");
        TmxTestReader.Document doc = roundTrip(
                new TmxUnit("一。", "One.", Map.of(), new TmxProvenance("anna", imported, "bert", confirmed)),
                new TmxUnit("二。", "Two.", Map.of(), new TmxProvenance("anna", imported, null, null)),
                new TmxUnit("三。", "Three.", Map.of(), new TmxProvenance(" ", null, "x\u0001", null)),
                new TmxUnit("四。", "Four."));
        assertEquals(Map.of("tuid", "1", "creationdate", "20260102T030405Z", "creationid", "anna",
                "changedate", "20260203T040506Z", "changeid", "bert"), doc.units().get(0).attributes());
        assertEquals(Map.of("tuid", "2", "creationdate", "20260102T030405Z", "creationid", "anna"),
                doc.units().get(1).attributes());
        assertEquals(Map.of("tuid", "3", "changeid", "x"), doc.units().get(2).attributes());
        assertEquals(Map.of("tuid", "4"), doc.units().get(3).attributes());
    }

    @Test
    void shouldLeaveTheDocumentUnfinishedWhenClosedWithoutFinish() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // As an export does when reading its pairs fails part-way: try-with-resources closes the writer.
        assertThrows(IllegalStateException.class, () -> {
            try (TmxWriter tmx = TmxWriter.open(out, HEADER, "en")) {
                for (int i = 0; i < 1000; i++) {
                    tmx.unit(new TmxUnit("文" + i + "。", "Sentence " + i + "."));
                }
                throw new IllegalStateException("the database went away");
            }
        });
        String written = out.toString(StandardCharsets.UTF_8);
        assertTrue(written.contains("<tu tuid=\"1\">"), "units before the failure reached the stream");
        assertFalse(written.contains("</body>") || written.contains("</tmx>"), "no closing tags");
        assertThrows(XMLStreamException.class, () -> TmxTestReader.read(out.toByteArray()));
    }

    @Test
    void shouldRejectUnitsAndASecondFinishAfterFinish() {
        TmxWriter tmx = TmxWriter.open(new ByteArrayOutputStream(), HEADER, "en");
        tmx.finish();
        assertThrows(IllegalStateException.class, () -> tmx.unit(new TmxUnit("a", "b")));
        assertThrows(IllegalStateException.class, tmx::finish);
        tmx.close();
    }

    @Test
    void shouldWriteAUnitsOwnSegtypeOnlyWhereGiven() throws Exception {
        TmxTestReader.Document doc = roundTrip(new TmxUnit("一。", "One."),
                new TmxUnit("二。三。", "Two. Three.", Map.of(), TmxProvenance.NONE, TmxSegtype.BLOCK));
        assertEquals(Map.of("tuid", "1"), doc.units().get(0).attributes());
        assertEquals(Map.of("tuid", "2", "segtype", "block"), doc.units().get(1).attributes());
    }

    @Test
    void shouldWriteACommentBetweenUnitsThatReadersSkip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter tmx = TmxWriter.open(out, HEADER, "en")) {
            tmx.unit(new TmxUnit("一。", "One."));
            tmx.comment("3 pairs left out -- of 4 -");
            tmx.finish();
        }
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("<!-- 3 pairs left out - - of 4 - -->"), xml);
        assertEquals(1, TmxTestReader.read(out.toByteArray()).units().size());
    }
}
