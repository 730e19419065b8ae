// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reading exported TMX back in tests: is it a whole document, and how many units does it hold. */
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

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
