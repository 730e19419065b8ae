// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.XliffReader;
import dev.tandem.formats.XmlText;
import dev.tandem.review.ReviewStatus;
import dev.tandem.tmx.StreamedXml;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XLIFF 2.0 bilingual, valid against the OASIS core schema: {@code <xliff srcLang trgLang>}, a {@code <file>} per
 * document (id {@code d<document id>}, {@code original} its title) and in it a {@code <unit id="p<n>">} per pair (n as
 * on the review page, from 1) with one {@code <segment>}: {@code state="final"} for a confirmed pair,
 * {@code translated} for an unreviewed one (rejected pairs are never exported). The pair's confidence and QA flags go
 * in the unit's notes, categories {@code tandem-confidence} and {@code tandem-flags}.
 *
 * <p>Written with StAX as the pairs come, as the TMX export is: characters XML forbids are dropped, CR is kept as
 * {@code &#13;}, and {@code xml:space="preserve"} marks a unit whose whitespace a reader must not collapse. Only
 * {@link #finish} closes the elements; a file that breaks off is not well-formed. A document with no pair selected
 * has no {@code <file>}; an export with none at all has one {@code <file>} with an empty {@code <group>}, since the
 * schema wants at least one file, and a unit or group in each.
 */
final class XliffSink implements ExportSink {
    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    /** Whitespace that a reader of {@code xml:space="default"} may collapse: a tab, a break, two spaces, an end. */
    private static final Pattern LOOSE_WHITESPACE = Pattern.compile("[\\t\\n\\r]| {2}|^\\s|\\s$");

    private final Writer buffer;
    private final XMLStreamWriter xml;
    private long currentDocument = -1;

    XliffSink(OutputStream out, String sourceLanguage, String targetLanguage) {
        try {
            buffer = new OutputStreamWriter(new BufferedOutputStream(out, 32 * 1024), StandardCharsets.UTF_8);
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", sourceLanguage);
            xml.writeAttribute("trgLang", targetLanguage);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** The segment state of a pair's status; a rejected pair's is "initial", its translation to be redone. */
    static String state(ReviewStatus status) {
        return switch (status) {
            case CONFIRMED -> "final";
            case AUTO -> "translated";
            case REJECTED -> "initial";
        };
    }

    @Override
    public boolean unit(ExportReader.Head document, ExportReader.Pair pair, String source, String target) {
        try {
            if (document.id() != currentDocument) {
                startFile("d" + document.id(), document.title());
                currentDocument = document.id();
            }
            xml.writeCharacters("\n    ");
            xml.writeStartElement(NAMESPACE, "unit");
            xml.writeAttribute("id", "p" + (pair.position() + 1));
            String cleanSource = XmlText.clean(source);
            String cleanTarget = XmlText.clean(target);
            if (LOOSE_WHITESPACE.matcher(cleanSource).find() || LOOSE_WHITESPACE.matcher(cleanTarget).find()) {
                // On the unit: XLIFF 2.0 wants the source and target of a segment to handle whitespace alike.
                xml.writeAttribute("xml:space", "preserve");
            }
            writeNotes(pair.confidence(), pair.flags());
            xml.writeCharacters("\n      ");
            xml.writeStartElement(NAMESPACE, "segment");
            xml.writeAttribute("state", state(pair.status()));
            if (pair.status() == ReviewStatus.REJECTED) {
                // no XLIFF state says "rejected": Tandem's own sub-state does, and its import reads it back
                xml.writeAttribute("subState", XliffReader.REJECTED);
            }
            writeText("source", cleanSource);
            writeText("target", cleanTarget);
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            return true;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    @Override
    public void finish(long leftOut) {
        try {
            if (currentDocument < 0) {
                startFile("empty", null);
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement(NAMESPACE, "group");
                xml.writeAttribute("id", "empty");
            }
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        StreamedXml.endTwoElements(xml, buffer, "XLIFF");
    }

    @Override
    public void close() {
        // Nothing more is written or flushed: what reached the stream stays visibly unfinished.
    }

    private void startFile(String id, String title) throws XMLStreamException {
        if (currentDocument >= 0) {
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeStartElement(NAMESPACE, "file");
        xml.writeAttribute("id", id);
        if (title != null && !XmlText.clean(title).isBlank()) {
            xml.writeAttribute("original", XmlText.clean(title));
        }
    }

    private void writeNotes(Double confidence, List<String> flags) throws XMLStreamException {
        if (confidence == null && flags.isEmpty()) {
            return;
        }
        xml.writeCharacters("\n      ");
        xml.writeStartElement(NAMESPACE, "notes");
        if (confidence != null) {
            writeNote("tandem-confidence", String.format(Locale.ROOT, "%.3f", confidence));
        }
        if (!flags.isEmpty()) {
            writeNote("tandem-flags", String.join(", ", flags));
        }
        xml.writeCharacters("\n      ");
        xml.writeEndElement();
    }

    private void writeNote(String category, String text) throws XMLStreamException {
        xml.writeCharacters("\n        ");
        xml.writeStartElement(NAMESPACE, "note");
        xml.writeAttribute("category", category);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void writeText(String element, String cleaned) throws XMLStreamException {
        xml.writeCharacters("\n        ");
        xml.writeStartElement(NAMESPACE, element);
        int start = 0;
        for (int cr = cleaned.indexOf('\r'); cr >= 0; cr = cleaned.indexOf('\r', start)) {
            xml.writeCharacters(cleaned.substring(start, cr));
            xml.writeEntityRef("#13"); // a parser would turn a literal CR into LF
            start = cr + 1;
        }
        xml.writeCharacters(cleaned.substring(start));
        xml.writeEndElement();
    }

    private static UncheckedIOException failure(XMLStreamException e) {
        return StreamedXml.failure(e, "XLIFF");
    }
}
