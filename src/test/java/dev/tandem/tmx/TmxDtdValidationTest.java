// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates writer output against the official LISA TMX 1.4 DTD (copied verbatim into test resources). */
class TmxDtdValidationTest {

    static Document validate(byte[] tmx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                InputStream dtd = TmxDtdValidationTest.class.getResourceAsStream("tmx14.dtd");
                assertNotNull(dtd, "tmx14.dtd test resource");
                InputSource source = new InputSource(dtd);
                source.setSystemId(systemId);
                return source;
            }
            throw new SAXException("unexpected external entity " + systemId);
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return builder.parse(new ByteArrayInputStream(tmx));
    }

    @Test
    void shouldBeValidWithoutUnits() throws Exception {
        Document doc = validate(TmxWriterTest.write(TmxWriterTest.HEADER, "en"));
        assertEquals(0, doc.getElementsByTagName("tu").getLength());
    }

    @Test
    void shouldBeValidWithPropsEscapingAndAwkwardCharacters() throws Exception {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("x-document", "a&b <c>");
        props.put("x-status", "EDITED");
        byte[] tmx = TmxWriterTest.write(TmxWriterTest.HEADER, "en-US",
                new TmxUnit("彼は「5 < 10 & 10 > 5」と言った。]]>", "He said \"5 < 10\" & it's 'true'.", props),
                new TmxUnit("今日はいい天気ですね😀", "Nice weather today 😀 👩‍💻"),
                new TmxUnit("列A\t列B\n二行目\r\n三", "Column A\tColumn B\u0001\uFFFF\uD800"),
                new TmxUnit("中文简体：这是一个句子。", "Simplified Chinese."));
        Document doc = validate(tmx);
        assertEquals(4, doc.getElementsByTagName("tu").getLength());
        assertEquals(8, doc.getElementsByTagName("tuv").getLength());
    }

    @Test
    void shouldBeValidWithProvenance() throws Exception {
        Instant imported = Instant.parse("2026-01-02T03:04:05Z");
        byte[] tmx = TmxWriterTest.write(TmxWriterTest.HEADER, "en",
                new TmxUnit("一。", "One.", Map.of("x-status", "CONFIRMED"),
                        new TmxProvenance("anna", imported, "bert", imported.plusSeconds(60))),
                new TmxUnit("二。", "Two.", Map.of(), new TmxProvenance("anna", imported, null, null)));
        Document doc = validate(tmx);
        assertEquals("bert", ((org.w3c.dom.Element) doc.getElementsByTagName("tu").item(0)).getAttribute("changeid"));
    }
}
