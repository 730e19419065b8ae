// SPDX-License-Identifier: Apache-2.0
package dev.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TbxWriterTest {

    @Test
    void shouldStayWellFormedWhateverTheTermsHold() throws Exception {
        var out = new ByteArrayOutputStream();
        TbxWriter.write(out, "R&D <glossary>\u0001", "zh", "en", List.of(
                new TbxWriter.Entry(7, "研究与开发\u000B", "R&D"), new TbxWriter.Entry(8, "‹黄金时代>", "Wang Er's \"world\"")));
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Document tbx = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("R&D <glossary>", tbx.getElementsByTagNameNS(TbxWriter.NAMESPACE, "title").item(0).getTextContent());
        var terms = tbx.getElementsByTagNameNS(TbxWriter.NAMESPACE, "term");
        assertEquals(List.of("研究与开发", "R&D", "‹黄金时代>", "Wang Er's \"world\""), List.of(terms.item(0).getTextContent(),
                terms.item(1).getTextContent(), terms.item(2).getTextContent(), terms.item(3).getTextContent()));
        assertEquals("c8", ((org.w3c.dom.Element) tbx.getElementsByTagNameNS(TbxWriter.NAMESPACE, "conceptEntry").item(1))
                .getAttribute("id"));
    }
}
