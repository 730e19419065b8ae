// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import dev.tandem.segment.SrxDocument;
import dev.tandem.segment.SrxLanguageMap;
import dev.tandem.segment.SrxLanguageRule;
import dev.tandem.segment.SrxRule;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link SrxDocument} as SRX 2.0 (namespace {@code http://www.lisa.org/srx20}), indented, one rule per
 * {@code <rule>}, in an order {@link SrxReader} reads back unchanged. Format handles are written as SRX's defaults
 * for plain text (start and isolated tags with the next segment, end tags with the previous one).
 */
public final class SrxWriter {
    public static final String NAMESPACE = "http://www.lisa.org/srx20";

    private SrxWriter() {
    }

    public static String write(SrxDocument document) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("srx");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "2.0");
            newline(xml, 1);
            xml.writeStartElement("header");
            xml.writeAttribute("segmentsubflows", "yes");
            xml.writeAttribute("cascade", document.cascade() ? "yes" : "no");
            for (String[] handle : new String[][] {{"start", "no"}, {"end", "yes"}, {"isolated", "no"}}) {
                newline(xml, 2);
                xml.writeEmptyElement("formathandle");
                xml.writeAttribute("type", handle[0]);
                xml.writeAttribute("include", handle[1]);
            }
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeStartElement("body");
            newline(xml, 2);
            xml.writeStartElement("languagerules");
            for (SrxLanguageRule languageRule : document.languageRules()) {
                newline(xml, 3);
                xml.writeStartElement("languagerule");
                xml.writeAttribute("languagerulename", languageRule.name());
                for (SrxRule rule : languageRule.rules()) {
                    newline(xml, 4);
                    xml.writeStartElement("rule");
                    xml.writeAttribute("break", rule.breaks() ? "yes" : "no");
                    element(xml, "beforebreak", rule.beforeBreak());
                    element(xml, "afterbreak", rule.afterBreak());
                    newline(xml, 4);
                    xml.writeEndElement();
                }
                newline(xml, 3);
                xml.writeEndElement();
            }
            newline(xml, 2);
            xml.writeEndElement();
            newline(xml, 2);
            xml.writeStartElement("maprules");
            for (SrxLanguageMap map : document.maps()) {
                newline(xml, 3);
                xml.writeEmptyElement("languagemap");
                xml.writeAttribute("languagepattern", map.pattern());
                xml.writeAttribute("languagerulename", map.languageRule());
            }
            newline(xml, 2);
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing SRX to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        newline(xml, 5);
        if (text.isEmpty()) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
