// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.segment.Segment;
import dev.tandem.segment.Segmenters;
import dev.tandem.segment.SrxDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SrxReaderTest {

    private static final String RULES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx xmlns="http://www.lisa.org/srx20" version="2.0">
              <header segmentsubflows="yes" cascade="yes"/>
              <body>
                <languagerules>
                  <languagerule languagerulename="English">
                    <rule break="no"><beforebreak>\\bDr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
                  </languagerule>
                  <languagerule languagerulename="Default">
                    <rule break="yes"><beforebreak>[.?!]+</beforebreak><afterbreak>\\s</afterbreak></rule>
                  </languagerule>
                </languagerules>
                <maprules>
                  <languagemap languagepattern="EN.*" languagerulename="English"/>
                  <languagemap languagepattern=".*" languagerulename="Default"/>
                </maprules>
              </body>
            </srx>
            """;

    @Test
    void shouldSegmentWithCascadingRulesInOrder() throws Exception {
        SrxDocument rules = read(RULES);
        String text = "Dr. Who came. Dr. No left!\nNew paragraph.";
        List<String> english = Segmenters.forRules(rules, "en-GB").split(text).stream().map(s -> s.of(text)).toList();
        assertEquals(List.of("Dr. Who came.", "Dr. No left!", "New paragraph."), english);
        List<Segment> german = Segmenters.forRules(rules, "de").split(text);
        assertEquals(List.of("Dr.", "Who came.", "Dr.", "No left!", "New paragraph."),
                german.stream().map(s -> s.of(text)).toList());
        assertEquals(List.of(0, 0, 0, 0, 1), german.stream().map(Segment::paragraph).toList());
    }

    @Test
    void shouldLetTheFirstMatchingRuleDecideAndCascadeOnlyWhenAsked() throws Exception {
        String text = "Dr. Who came. Dr. No left!";
        // without cascade only the first map that matches applies: English has no break rules then
        SrxDocument single = read(RULES.replace("cascade=\"yes\"", "cascade=\"no\""));
        assertEquals(List.of(text), sentences(single, "en", text));
        // a break rule ahead of the no-break rule wins at the positions both match
        SrxDocument breakFirst = read(RULES.replace("<languagemap languagepattern=\"EN.*\" languagerulename=\"English\"/>",
                "").replace("<languagemap languagepattern=\".*\" languagerulename=\"Default\"/>",
                "<languagemap languagepattern=\".*\" languagerulename=\"Default\"/>"
                        + "<languagemap languagepattern=\"EN.*\" languagerulename=\"English\"/>"));
        assertEquals(List.of("Dr.", "Who came.", "Dr.", "No left!"), sentences(breakFirst, "en", text));
    }

    @Test
    void shouldStopRuleThatBacktracksWithoutEnd() throws Exception {
        SrxDocument runaway = read(RULES.replace("[.?!]+", "(.*a){12}b"));
        String text = "a".repeat(40) + ". Next.";
        var e = assertThrows(IllegalArgumentException.class, () -> Segmenters.forRules(runaway, "de").split(text));
        assertTrue(e.getMessage().contains("(.*a){12}b"), e.getMessage());
    }

    private static List<String> sentences(SrxDocument rules, String language, String text) {
        return Segmenters.forRules(rules, language).split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void shouldReadBackWhatItWrites() throws Exception {
        SrxDocument builtIn = Segmenters.builtInRules();
        assertEquals(builtIn, read(SrxWriter.write(builtIn)));
        assertEquals(read(RULES), read(SrxWriter.write(read(RULES))));
    }

    @Test
    void shouldNameLineAndRuleOfBadRegularExpression() {
        var e = assertThrows(UnreadableXmlException.class, () -> read(RULES.replace("[.?!]+", "[.?!+")));
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("Rule 1 of the language rule \"Default\""), e.getMessage());
        assertTrue(e.getMessage().contains("beforebreak"), e.getMessage());
    }

    @Test
    void shouldRefuseMalformedXmlDoctypeOtherVersionsAndUnknownRuleNames() {
        var malformed = assertThrows(UnreadableXmlException.class, () -> read(RULES.replace("</body>", "")));
        assertTrue(malformed.getMessage().contains("not well-formed"), malformed.getMessage());
        var doctype = assertThrows(UnreadableXmlException.class, () -> read(RULES.replace("<srx ",
                "<!DOCTYPE srx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<srx ")));
        assertTrue(doctype.getMessage().contains("DOCTYPE"), doctype.getMessage());
        var version = assertThrows(UnreadableXmlException.class, () -> read(RULES.replace("version=\"2.0\"", "version=\"1.0\"")));
        assertTrue(version.getMessage().contains("SRX 2.0"), version.getMessage());
        var map = assertThrows(UnreadableXmlException.class, () -> read(RULES.replace("languagerulename=\"English\"/>",
                "languagerulename=\"Englisch\"/>")));
        assertTrue(map.getMessage().contains("\"Englisch\""), map.getMessage());
    }

    private static SrxDocument read(String xml) throws UnreadableDocumentException {
        return SrxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
