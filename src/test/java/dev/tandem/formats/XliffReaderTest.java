// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XliffReaderTest {
    static final String V12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="a.txt" source-language="en-US" target-language="de-DE" datatype="plaintext">
                <header><note>not text</note></header>
                <body>
                  <trans-unit id="1"><source>Hello <g id="1">world</g>.</source><target>Hallo <g id="1">Welt</g>.</target>
                    <alt-trans><source>Hello</source><target>Servus</target></alt-trans></trans-unit>
                  <group id="g"><group id="g2">
                    <trans-unit id="2"><source>Press <bpt id="1">&lt;b&gt;</bpt>OK<ept id="1">&lt;/b&gt;</ept><x id="2"/>.</source>
                      <target>Drücken Sie <bpt id="1">&lt;b&gt;</bpt>OK<ept id="1">&lt;/b&gt;</ept>.</target></trans-unit>
                  </group></group>
                  <trans-unit id="3"><source>Untranslated.</source></trans-unit>
                  <trans-unit id="4"><source>First. Second.</source>
                    <seg-source><mrk mtype="seg" mid="a">First.</mrk> <mrk mtype="seg" mid="b">Second.</mrk></seg-source>
                    <target><mrk mtype="seg" mid="a">Erstens.</mrk> <mrk mtype="seg" mid="b">Zweitens.</mrk></target></trans-unit>
                  <bin-unit id="5" mime-type="image/png"><bin-source><external-file href="x.png"/></bin-source></bin-unit>
                </body>
              </file>
            </xliff>
            """;
    static final String V20 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
              <file id="f1"><group id="g1">
                <unit id="u1">
                  <originalData><data id="d1">&lt;b&gt;</data></originalData>
                  <segment><source>北京<pc id="1">下雪</pc>了。</source><target>It <pc id="1">snowed</pc> in Beijing.</target></segment>
                  <ignorable><source> </source></ignorable>
                  <segment><source>孩子们<ph id="2" dataRef="d1"/>很高兴。</source><target>The children were happy.</target></segment>
                </unit></group>
                <unit id="u2"><segment><source>没有翻译。</source><target></target></segment></unit>
              </file>
            </xliff>
            """;

    @TempDir
    Path dir;

    static XliffContent read(String xliff, String source, String target) throws UnreadableDocumentException {
        return XliffReader.read(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)), source, target, 1000);
    }

    @Test
    void shouldReadXliff12UnitsAndMarkedSegments() throws Exception {
        XliffContent content = read(V12, "en", "de");
        assertEquals("1.2", content.version());
        assertEquals(List.of(new XliffUnit("Hello world.", "Hallo Welt."), new XliffUnit("Press OK.", "Drücken Sie OK."),
                new XliffUnit("Untranslated.", "", true), new XliffUnit("First.", "Erstens."),
                new XliffUnit("Second.", "Zweitens.")), content.units());
        assertEquals(0, content.skippedUnits());
    }

    @Test
    void shouldReadTandemsRejectedSubStateOfXliff20() throws Exception {
        String rejected = V20.replace("<segment><source>北京", "<segment state=\"initial\" subState=\""
                + XliffReader.REJECTED + "\"><source>北京").replace("<segment><source>孩子们",
                "<segment state=\"initial\" subState=\"other:rejected\"><source>孩子们");
        assertEquals(List.of(new XliffUnit("北京下雪了。", "It snowed in Beijing.", true, true),
                new XliffUnit("孩子们很高兴。", "The children were happy.", true, false),
                new XliffUnit("没有翻译。", "", true, false)), read(rejected, "zh", "en").units());
    }

    @Test
    void shouldTellSegmentsAwaitingTranslationOrReviewByTheirState() throws Exception {
        String v12 = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="a" source-language="en" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="1"><source>Copied.</source><target state="needs-translation">Copied.</target></trans-unit>
                    <trans-unit id="2"><source>Machine.</source><target state="new">Maschine.</target></trans-unit>
                    <trans-unit id="3" approved="yes"><source>Approved.</source><target state="new">Genehmigt.</target></trans-unit>
                    <trans-unit id="4"><source>Draft.</source><target state="translated">Entwurf.</target></trans-unit>
                    <trans-unit id="5"><source>Review.</source><target state="needs-review-translation">Prüfen.</target></trans-unit>
                    <trans-unit id="6"><source>Plain.</source><target>Schlicht.</target></trans-unit>
                    <trans-unit id="7"><source>Adapt.</source><target state="needs-review-l10n">Anpassen.</target></trans-unit>
                    <trans-unit id="8"><source>Signed.</source><target state="signed-off">Gezeichnet.</target></trans-unit>
                    <trans-unit id="9" approved="yes"><source>Checked.</source><target state="needs-review-translation">Geprüft.</target></trans-unit>
                    <trans-unit id="10"><source>Local.</source><target state="needs-l10n">Lokal.</target></trans-unit>
                  </body></file>
                </xliff>
                """;
        // 1.2 asks for review with needs-review-*: "translated" and "signed-off" are done, approved="yes" wins
        assertEquals(List.of(new XliffUnit("Copied.", "Copied.", true), new XliffUnit("Machine.", "Maschine.", true),
                new XliffUnit("Approved.", "Genehmigt."), new XliffUnit("Draft.", "Entwurf."),
                new XliffUnit("Review.", "Prüfen.", true), new XliffUnit("Plain.", "Schlicht."),
                new XliffUnit("Adapt.", "Anpassen.", true), new XliffUnit("Signed.", "Gezeichnet."),
                new XliffUnit("Checked.", "Geprüft."), new XliffUnit("Local.", "Lokal.", true)),
                read(v12, "en", "de").units());
        String v20 = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
                  <file id="f"><unit id="u">
                    <segment state="initial"><source>One.</source><target>One.</target></segment>
                    <segment state="final"><source>Two.</source><target>Zwei.</target></segment>
                    <segment><source>Three.</source><target>Drei.</target></segment>
                    <segment state="translated"><source>Four.</source><target>Vier.</target></segment>
                    <segment state="reviewed"><source>Five.</source><target>Fünf.</target></segment>
                  </unit></file></xliff>
                """;
        // 2.0's states are one sequence: "translated" comes before review, as Tandem's export writes an AUTO pair
        assertEquals(List.of(new XliffUnit("One.", "One.", true), new XliffUnit("Two.", "Zwei."),
                new XliffUnit("Three.", "Drei."), new XliffUnit("Four.", "Vier.", true),
                new XliffUnit("Five.", "Fünf.")), read(v20, "en", "de").units());
    }

    @Test
    void shouldReadXliff20Segments() throws Exception {
        XliffContent content = read(V20, "zh-CN", "en");
        assertEquals("2.0", content.version());
        assertEquals(List.of(new XliffUnit("北京下雪了。", "It snowed in Beijing."),
                new XliffUnit("孩子们很高兴。", "The children were happy."), new XliffUnit("没有翻译。", "", true)),
                content.units());
        assertEquals(0, content.skippedUnits());
    }

    @Test
    void shouldRefuseOtherLanguagesAndOtherFiles() {
        var languages = assertThrows(UnreadableDocumentException.class, () -> read(V12, "fr", "en"));
        assertTrue(languages.getMessage().contains("en-US → de-DE"), languages.getMessage());
        assertTrue(languages.getMessage().contains("fr → en"), languages.getMessage());
        var tmx = assertThrows(UnreadableDocumentException.class, () -> read("<tmx version=\"1.4\"/>", "en", "de"));
        assertTrue(tmx.getMessage().contains("not an XLIFF file"), tmx.getMessage());
        var broken = assertThrows(UnreadableDocumentException.class, () -> read("<xliff version=\"1.2\"><file", "en", "de"));
        assertTrue(broken.getMessage().contains("not well-formed"), broken.getMessage());
        var empty = assertThrows(UnreadableDocumentException.class, () -> read(
                "<xliff version=\"1.2\"><file source-language=\"en\"><body/></file></xliff>", "en", "de"));
        assertTrue(empty.getMessage().contains("no translated segment"), empty.getMessage());
    }

    @Test
    void shouldRefuseMoreSegmentsThanTheLimit() {
        var e = assertThrows(UnreadableDocumentException.class, () -> XliffReader.read(
                new ByteArrayInputStream(V12.getBytes(StandardCharsets.UTF_8)), "en", "de", 2));
        assertTrue(e.getMessage().contains("more than 2 segments"), e.getMessage());
    }

    @Test
    void shouldRefuseExternalEntitiesWithoutReadingTheFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "tandem-secret-3f9c1e");
        String xxe = V12.replace("<xliff ", "<!DOCTYPE xliff [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n<xliff ")
                .replace("Hello <g", "&xxe; <g");
        var e = assertThrows(UnreadableDocumentException.class, () -> read(xxe, "en", "de"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("tandem-secret"), e.getMessage());
        var undeclared = assertThrows(UnreadableDocumentException.class, () -> read(V12.replace("Hello <g", "&xxe; <g"), "en", "de"));
        assertTrue(undeclared.getMessage().contains("&xxe;"), undeclared.getMessage());
    }

    @Test
    void shouldRefuseBillionLaughsQuickly() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE xliff [ <!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String laughs = V20.replace("<xliff ", doctype + "]>\n<xliff ").replace("北京<pc", "&lol10;<pc");
        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(UnreadableDocumentException.class, () -> read(laughs, "zh", "en")));
    }

    @Test
    void shouldAcceptAPlainDoctypeWithoutFetchingIt() throws Exception {
        String withDtd = V12.replace("<xliff ", "<!DOCTYPE xliff PUBLIC \"-//XLIFF//DTD XLIFF//EN\" \"http://127.0.0.1:9/xliff.dtd\">\n<xliff ");
        assertEquals(5, read(withDtd, "en", "de").units().size());
    }
}
