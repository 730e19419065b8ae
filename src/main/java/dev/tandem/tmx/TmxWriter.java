// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import dev.tandem.formats.LanguageTags;
import dev.tandem.formats.XmlText;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams a TMX 1.4b document, valid against the official {@code tmx14.dtd}, one unit at a time.
 *
 * <p>Usage:
 * <pre>{@code
 * try (TmxWriter tmx = TmxWriter.open(out, header, "de")) {
 *     for (var pair : pairs) tmx.unit(new TmxUnit(src, tgt, Map.of("x-status", "CONFIRMED")));
 *     tmx.finish();
 * }
 * }</pre>
 *
 * <p>Contract:
 * <ul>
 *   <li>Output is UTF-8 with {@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">} and {@code <tmx version="1.4">}.</li>
 *   <li>Each unit becomes a {@code <tu tuid="n">} (n = 1, 2, ... in call order) with its props, then a source
 *       {@code <tuv xml:lang=srclang>} and a target {@code <tuv xml:lang=target>}, each with one {@code <seg>}.
 *       The unit's {@link TmxProvenance} becomes the {@code <tu>}'s {@code creationdate}, {@code creationid},
 *       {@code changedate} and {@code changeid} attributes, each only when known, and its {@link TmxSegtype}
 *       (when given) its {@code segtype}.
 *       Zero units give a valid document with an empty {@code <body/>}.</li>
 *   <li>A writer from {@link #openMultilingual} takes {@link TmxMultilingualUnit}s instead: the source {@code tuv}
 *       and one per translation, each with its own props, in the unit's order.</li>
 *   <li>Only {@link #finish()} ends the document. {@link #close()} without it abandons the document as it is:
 *       no closing tags are written and nothing more is flushed, so a writer closed by a failure (e.g. by
 *       try-with-resources as an exception passes) never leaves a well-formed file that looks complete.</li>
 *   <li>Memory does not grow with the number of units: nothing is kept per unit, and bytes pass through a
 *       fixed-size buffer (32 KB) to {@code out}.</li>
 *   <li>Text is escaped by StAX ({@code &}, {@code <}, {@code >}, so {@code ]]>} is harmless); characters XML
 *       1.0 forbids are dropped ({@link XmlText#clean}); CR is written as {@code &#13;} because XML parsers
 *       would otherwise turn it into LF. Tab and LF are kept literally, which parsers preserve inside
 *       {@code <seg>}.</li>
 *   <li>{@code out} is <b>not</b> closed by {@link #finish()} or {@link #close()}: the caller owns it (e.g. an
 *       HTTP response).</li>
 *   <li>I/O and StAX failures are thrown as {@link UncheckedIOException}; the document is then incomplete.</li>
 *   <li>Not thread-safe.</li>
 * </ul>
 */
public final class TmxWriter implements AutoCloseable {

    /** TMX date format, UTC, as OmegaT writes it. */
    public static final DateTimeFormatter DATE_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final int BUFFER_SIZE = 32 * 1024;
    private static final String INDENT_TU = "\n    ";
    private static final String INDENT_TUV = "\n      ";

    /**
     * Between the StAX writer and {@code out}: characters are encoded in bulk and reach {@code out} in large writes
     * (a StAX writer on a stream writes byte by byte, and each write to an HTTP response costs).
     */
    private final Writer buffer;
    private final XMLStreamWriter xml;
    private final String sourceLanguage;
    private final String targetLanguage;
    private long unitCount;
    private boolean finished;
    private boolean closed;

    private TmxWriter(Writer buffer, XMLStreamWriter xml, String sourceLanguage, String targetLanguage) {
        this.buffer = buffer;
        this.xml = xml;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
    }

    /**
     * Writes the XML declaration, DOCTYPE, {@code <tmx>}, the header and the opening {@code <body>} to {@code out}
     * in UTF-8. {@code out} stays open after {@link #finish()} and {@link #close()}.
     *
     * @param targetLanguage the {@code xml:lang} of every target {@code tuv}; a well-formed BCP 47 tag that differs
     *                       (ignoring case) from the header's source language, or readers could not tell the sides apart
     * @throws IllegalArgumentException if {@code targetLanguage} is not well-formed or equals the source language
     * @throws UncheckedIOException     if writing fails
     */
    public static TmxWriter open(OutputStream out, TmxHeader header, String targetLanguage) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(header, "header");
        LanguageTags.requireWellFormed(targetLanguage, "targetLanguage");
        if (targetLanguage.equalsIgnoreCase(header.sourceLanguage())) {
            throw new IllegalArgumentException("targetLanguage '" + targetLanguage
                    + "' must differ from the source language '" + header.sourceLanguage() + "'");
        }
        return start(out, header, targetLanguage);
    }

    /**
     * Opens a multilingual document: each unit is written with {@link #unit(TmxMultilingualUnit)}, the original and
     * its translations into any languages other than the header's source language. Otherwise as {@link #open}.
     */
    public static TmxWriter openMultilingual(OutputStream out, TmxHeader header) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(header, "header");
        return start(out, header, null);
    }

    private static TmxWriter start(OutputStream out, TmxHeader header, String targetLanguage) {
        try {
            // The JDK's own implementation, not whatever StAX provider the classpath happens to bring:
            // the escaping and entity-reference behaviour below is tested against it.
            Writer buffer = new OutputStreamWriter(new BufferedOutputStream(out, BUFFER_SIZE), StandardCharsets.UTF_8);
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer);
            TmxWriter writer = new TmxWriter(buffer, xml, header.sourceLanguage(), targetLanguage);
            writer.writeStart(header);
            return writer;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /**
     * Writes one {@code <tu>} immediately. The unit is checked completely before anything is written, so a rejected
     * unit leaves the document intact and the writer usable.
     *
     * @throws IllegalArgumentException if the source or target text is empty after dropping characters XML forbids
     * @throws IllegalStateException    if the writer is finished or closed
     * @throws UncheckedIOException     if writing fails
     */
    public void unit(TmxUnit unit) {
        Objects.requireNonNull(unit, "unit");
        requireOpen();
        if (targetLanguage == null) {
            throw new IllegalStateException("A multilingual TmxWriter takes TmxMultilingualUnit");
        }
        String source = requireSegment(unit.sourceText(), "source");
        String target = requireSegment(unit.targetText(), "target");
        try {
            startUnit(unit.properties(), unit.provenance(), unit.segtype());
            writeTuv(sourceLanguage, source, Map.of());
            writeTuv(targetLanguage, target, Map.of());
            endUnit();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /**
     * Writes one multilingual {@code <tu>}: the source {@code tuv}, then one per translation in the unit's order.
     * Checked completely before anything is written, as {@link #unit(TmxUnit)}.
     *
     * @throws IllegalArgumentException if a text is empty after dropping characters XML forbids, or a translation is
     *                                  in the source language
     * @throws IllegalStateException    if the writer was opened bilingual, or is finished or closed
     */
    public void unit(TmxMultilingualUnit unit) {
        Objects.requireNonNull(unit, "unit");
        requireOpen();
        if (targetLanguage != null) {
            throw new IllegalStateException("A bilingual TmxWriter takes TmxUnit; open it with openMultilingual");
        }
        String source = requireSegment(unit.sourceText(), "source");
        List<String> texts = new ArrayList<>();
        for (TmxVariant translation : unit.translations()) {
            if (translation.language().equalsIgnoreCase(sourceLanguage)) {
                throw new IllegalArgumentException("A translation is in the source language " + sourceLanguage);
            }
            texts.add(requireSegment(translation.text(), translation.language()));
        }
        try {
            startUnit(unit.properties(), unit.provenance(), null);
            writeTuv(sourceLanguage, source, Map.of());
            for (int i = 0; i < texts.size(); i++) {
                TmxVariant translation = unit.translations().get(i);
                writeTuv(translation.language(), texts.get(i), translation.properties());
            }
            endUnit();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void startUnit(Map<String, String> properties, TmxProvenance provenance, TmxSegtype segtype)
            throws XMLStreamException {
        unitCount++;
        xml.writeCharacters(INDENT_TU);
        xml.writeStartElement("tu");
        xml.writeAttribute("tuid", Long.toString(unitCount));
        if (segtype != null) {
            xml.writeAttribute("segtype", segtype.attribute());
        }
        writeProvenance(provenance);
        writeProperties(properties, INDENT_TUV);
    }

    private void endUnit() throws XMLStreamException {
        xml.writeCharacters(INDENT_TU);
        xml.writeEndElement();
    }

    private void writeProperties(Map<String, String> properties, String indent) throws XMLStreamException {
        for (Map.Entry<String, String> property : properties.entrySet()) {
            xml.writeCharacters(indent);
            xml.writeStartElement("prop");
            xml.writeAttribute("type", XmlText.clean(property.getKey()));
            writeText(XmlText.clean(property.getValue()));
            xml.writeEndElement();
        }
    }

    /**
     * Writes an XML comment between units (readers skip it), e.g. what the export left out. A {@code --}, which a
     * comment cannot hold, becomes {@code - -}; characters XML forbids are dropped.
     *
     * @throws IllegalStateException if the writer is finished or closed
     * @throws UncheckedIOException  if writing fails
     */
    public void comment(String text) {
        requireOpen();
        String safe = XmlText.clean(text);
        while (safe.contains("--")) {
            safe = safe.replace("--", "- -");
        }
        try {
            xml.writeCharacters(INDENT_TU);
            xml.writeComment(" " + safe.strip() + " "); // the spaces keep a final '-' off the closing "-->"
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Number of units written so far. */
    public long unitCount() {
        return unitCount;
    }

    /**
     * Ends {@code <body>} and {@code <tmx>} and flushes: the document is complete. Does not close the underlying
     * stream. Call it once, after the last unit.
     *
     * @throws IllegalStateException if the writer is finished or closed already
     * @throws UncheckedIOException  if writing fails
     */
    public void finish() {
        requireOpen();
        finished = true;
        StreamedXml.endTwoElements(xml, buffer, "TMX");
    }

    /**
     * After {@link #finish()}, nothing; without it, abandons the document: no closing tags, nothing more flushed,
     * so what reached {@code out} is visibly incomplete. Does not close the underlying stream. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
    }

    private void requireOpen() {
        if (finished || closed) {
            throw new IllegalStateException("TmxWriter is " + (finished ? "finished" : "closed"));
        }
    }

    private void writeProvenance(TmxProvenance provenance) throws XMLStreamException {
        writeDate("creationdate", provenance.creationDate());
        writeId("creationid", provenance.creationId());
        writeDate("changedate", provenance.changeDate());
        writeId("changeid", provenance.changeId());
    }

    private void writeDate(String attribute, Instant date) throws XMLStreamException {
        if (date != null) {
            xml.writeAttribute(attribute, DATE_FORMAT.format(date));
        }
    }

    private void writeId(String attribute, String id) throws XMLStreamException {
        String cleaned = id == null ? "" : XmlText.clean(id).strip();
        if (!cleaned.isEmpty()) {
            xml.writeAttribute(attribute, cleaned);
        }
    }

    private void writeStart(TmxHeader header) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
        xml.writeCharacters("\n");
        xml.writeStartElement("tmx");
        xml.writeAttribute("version", "1.4");
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("header");
        xml.writeAttribute("creationtool", XmlText.clean(header.creationTool()));
        xml.writeAttribute("creationtoolversion", XmlText.clean(header.creationToolVersion()));
        xml.writeAttribute("segtype", "sentence");
        xml.writeAttribute("o-tmf", XmlText.clean(header.originalFormat()));
        xml.writeAttribute("adminlang", header.adminLanguage());
        xml.writeAttribute("srclang", header.sourceLanguage());
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("creationdate", DATE_FORMAT.format(header.creationDate()));
        xml.writeCharacters("\n  ");
        xml.writeStartElement("body");
    }

    private void writeTuv(String language, String text, Map<String, String> properties) throws XMLStreamException {
        xml.writeCharacters(INDENT_TUV);
        xml.writeStartElement("tuv");
        // The xml prefix is bound by definition; writing the qualified name avoids namespace bookkeeping.
        xml.writeAttribute("xml:lang", language);
        writeProperties(properties, INDENT_TUV + "  ");
        xml.writeStartElement("seg");
        writeText(text);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Writes cleaned text, with each CR as a character reference so that parsers do not normalise it to LF. */
    private void writeText(String text) throws XMLStreamException {
        int start = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', start)) {
            if (cr > start) {
                xml.writeCharacters(text.substring(start, cr));
            }
            xml.writeEntityRef("#13");
            start = cr + 1;
        }
        if (start < text.length()) {
            xml.writeCharacters(text.substring(start));
        }
    }

    private static String requireSegment(String text, String side) {
        String cleaned = XmlText.clean(text);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("The " + side + " text of a unit is empty"
                    + (text.isEmpty() ? "" : " after dropping characters XML cannot carry")
                    + "; a tu needs both a source and a target tuv");
        }
        return cleaned;
    }

    private static UncheckedIOException failure(XMLStreamException e) {
        return StreamedXml.failure(e, "TMX");
    }
}
