// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reading exported TMX back in tests: is it a whole document, how many units does it hold, what do they say. */
final class ExportChecks {
    private ExportChecks() {
    }

    static boolean wellFormed(byte[] tmx) {
        try {
            units(tmx);
            return true;
        } catch (XMLStreamException e) {
            return false;
        }
    }

    /** The number of {@code <tu>} elements; throws if the document is not well-formed to its end. */
    static int units(byte[] tmx) throws XMLStreamException {
        XMLStreamReader in = factory().createXMLStreamReader(new ByteArrayInputStream(tmx), "UTF-8");
        int units = 0;
        while (in.hasNext()) {
            if (in.next() == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("tu")) {
                units++;
            }
        }
        return units;
    }

    /** Each {@code <tu>}: its attributes and its props ({@code type} to text), in document order. */
    static List<Map<String, String>> unitAttributes(byte[] tmx) throws XMLStreamException {
        XMLStreamReader in = factory().createXMLStreamReader(new ByteArrayInputStream(tmx), "UTF-8");
        List<Map<String, String>> units = new ArrayList<>();
        while (in.hasNext()) {
            if (in.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (in.getLocalName().equals("tu")) {
                Map<String, String> unit = new LinkedHashMap<>();
                for (int i = 0; i < in.getAttributeCount(); i++) {
                    unit.put(in.getAttributeLocalName(i), in.getAttributeValue(i));
                }
                units.add(unit);
            } else if (in.getLocalName().equals("prop")) {
                units.get(units.size() - 1).put(in.getAttributeValue(null, "type"), in.getElementText());
            }
        }
        return units;
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
