// SPDX-License-Identifier: Apache-2.0
package dev.tandem.terms;

import dev.tandem.formats.XmlText;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes term pairs as a TBX-Basic file in TBX v3 (ISO 30042:2019) DCA style: one {@code conceptEntry} per pair with a
 * {@code langSec} per language holding the term. The {@code xml-model} instructions name the dialect's published
 * schemas (RELAX NG and Schematron), as TBX v3 files do.
 */
public final class TbxWriter {
    public static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";
    private static final String DIALECT = "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/";

    /** One term pair; {@code id} becomes the concept's XML id ({@code c} + id). */
    public record Entry(long id, String source, String target) {
        public Entry {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }
    }

    private TbxWriter() {
    }

    /**
     * Writes the file, UTF-8, to {@code out} (left open).
     *
     * @param title a title for the header (the project's name)
     */
    public static void write(OutputStream out, String title, String sourceLanguage, String targetLanguage,
                             List<Entry> entries) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeProcessingInstruction("xml-model", "href=\"" + DIALECT + "TBXcoreStructV03_TBX-Basic_integrated.rng\""
                + " type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"");
        xml.writeCharacters("\n");
        xml.writeProcessingInstruction("xml-model", "href=\"" + DIALECT + "TBX-Basic_DCA.sch\""
                + " type=\"application/xml\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"");
        xml.writeCharacters("\n");
        xml.writeStartElement("tbx");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("type", "TBX-Basic");
        xml.writeAttribute("style", "dca");
        xml.writeAttribute("xml:lang", sourceLanguage);
        xml.writeStartElement("tbxHeader");
        xml.writeStartElement("fileDesc");
        xml.writeStartElement("titleStmt");
        element(xml, "title", title);
        xml.writeEndElement();
        xml.writeStartElement("sourceDesc");
        element(xml, "p", "Terms accepted in Tandem from the term candidates of aligned pairs.");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("text");
        xml.writeStartElement("body");
        for (Entry entry : entries) {
            xml.writeStartElement("conceptEntry");
            xml.writeAttribute("id", "c" + entry.id());
            langSec(xml, sourceLanguage, entry.source());
            langSec(xml, targetLanguage, entry.target());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void langSec(XMLStreamWriter xml, String language, String term) throws XMLStreamException {
        xml.writeStartElement("langSec");
        xml.writeAttribute("xml:lang", language);
        xml.writeStartElement("termSec");
        element(xml, "term", term);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        // a control character XML 1.0 forbids would leave the whole file unreadable
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }
}
