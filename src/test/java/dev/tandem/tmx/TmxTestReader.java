// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Test helper: reads a TMX document back with StAX into plain values, keeping what the production reader drops (header, attributes). */
final class TmxTestReader {

    record Tuv(String language, String segment) {
    }

    record Tu(Map<String, String> attributes, Map<String, String> properties, List<Tuv> tuvs) {
    }

    record Document(String version, String doctype, Map<String, String> header, List<Tu> units) {
    }

    private TmxTestReader() {
    }

    static Document read(byte[] tmx) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // The DTD is checked separately (TmxDtdValidationTest); here only the content matters.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader in = factory.createXMLStreamReader(new ByteArrayInputStream(tmx), "UTF-8");
        String version = null;
        String doctype = null;
        Map<String, String> header = new LinkedHashMap<>();
        List<Tu> units = new ArrayList<>();
        Tu tu = null;
        String propType = null;
        String tuvLang = null;
        StringBuilder text = null;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.DTD) {
                doctype = in.getText();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.getLocalName()) {
                    case "tmx" -> version = in.getAttributeValue(null, "version");
                    case "header" -> header.putAll(attributes(in));
                    case "tu" -> tu = new Tu(attributes(in), new LinkedHashMap<>(), new ArrayList<>());
                    case "prop" -> {
                        propType = in.getAttributeValue(null, "type");
                        text = new StringBuilder();
                    }
                    case "tuv" -> tuvLang = in.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    case "seg" -> text = new StringBuilder();
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && text != null) {
                text.append(in.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (in.getLocalName()) {
                    case "tu" -> units.add(tu);
                    case "prop" -> {
                        if (tu != null) {
                            tu.properties().put(propType, text.toString());
                        }
                        text = null;
                    }
                    case "seg" -> {
                        tu.tuvs().add(new Tuv(tuvLang, text.toString()));
                        text = null;
                    }
                    default -> {
                    }
                }
            }
        }
        return new Document(version, doctype, header, units);
    }

    private static Map<String, String> attributes(XMLStreamReader in) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < in.getAttributeCount(); i++) {
            attributes.put(in.getAttributeLocalName(i), in.getAttributeValue(i));
        }
        return attributes;
    }
}
