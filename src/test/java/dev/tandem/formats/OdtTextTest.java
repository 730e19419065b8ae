// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static dev.tandem.formats.OpenDocuments.content;
import static dev.tandem.formats.OpenDocuments.odt;
import static dev.tandem.formats.OpenDocuments.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.SnowReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdtTextTest {
    private static final ZipLimits LIMITS = new ZipLimits(1000, 200L << 20, 100);

    @TempDir
    Path dir;

    private String extract(byte[] bytes) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "upload", ".odt"), bytes);
        return OdtText.extract(file, LIMITS, 1_000_000);
    }

    @Test
    void shouldReadTheLibreOfficeFixtureWithoutItsFootnote() throws Exception {
        String text = extract(OpenDocuments.fixture("snow-en.odt"));
        assertEquals(SnowReport.EN.strip(), text);
        assertFalse(text.contains("Meteorological Service"), "footnote body");
    }

    @Test
    void shouldReadParagraphsListsTablesAndInlineMarkup() throws Exception {
        String text = extract(odt(content("<text:h text:outline-level=\"1\">Title</text:h>"
                + "<text:p>One<text:s text:c=\"3\"/>two\t <text:span>three</text:span>  <text:a>four</text:a>"
                + "<text:tab/>five<text:line-break/>six</text:p>"
                + "<text:list><text:list-item><text:p>Item one.</text:p></text:list-item>"
                + "<text:list-item><text:p>Item two.</text:p></text:list-item></text:list>"
                + "<table:table><table:table-row><table:table-cell><text:p>Cell A.</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Cell B.</text:p></table:table-cell></table:table-row></table:table>"
                + "<text:p>Ruby <text:ruby><text:ruby-base>漢字</text:ruby-base><text:ruby-text>かんじ</text:ruby-text>"
                + "</text:ruby>.</text:p>")));
        assertEquals("Title\n\nOne   two three four\tfive\nsix\n\nItem one.\n\nItem two.\n\nCell A.\n\nCell B."
                + "\n\nRuby 漢字.", text);
    }

    @Test
    void shouldLeaveOutNotesDeletionsCommentsAndIndexes() throws Exception {
        String text = extract(odt(content("<text:tracked-changes><text:changed-region text:id=\"c1\">"
                + "<text:deletion><office:change-info/><text:p>deleted words</text:p></text:deletion>"
                + "</text:changed-region></text:tracked-changes>"
                + "<text:table-of-content><text:index-body><text:p>Contents 1</text:p></text:index-body>"
                + "</text:table-of-content>"
                + "<text:p>Kept<text:change text:change-id=\"c1\"/> text<text:note text:note-class=\"footnote\">"
                + "<text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote.</text:p>"
                + "</text:note-body></text:note>.<office:annotation><dc:creator>Ann</dc:creator><text:p>A comment."
                + "</text:p></office:annotation></text:p>"
                + "<text:p><draw:frame><draw:text-box><text:p>Box text.</text:p></draw:text-box>"
                + "<svg:title>Image title</svg:title></draw:frame>After.</text:p>")));
        assertEquals("Kept text.\n\nBox text.\n\nAfter.", text);
    }

    @Test
    void shouldReadAFlatOpenDocument() throws Exception {
        String flat = "<?xml version=\"1.0\"?><office:document " + OpenDocuments.ODT_NAMESPACES
                + " office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:master-styles>"
                + "<text:p>Running header</text:p></office:master-styles><office:body><office:text>"
                + "<text:p>Flat text.</text:p></office:text></office:body></office:document>";
        assertEquals("Flat text.", extract(utf8(flat)));
    }

    @Test
    void shouldRefuseOtherZipsDoctypesAndBombs() throws IOException {
        var spreadsheet = assertThrows(UnreadableDocumentException.class, () -> extract(OpenDocuments.zip(
                "application/vnd.oasis.opendocument.spreadsheet", Map.of("content.xml", utf8(content(""))))));
        assertTrue(spreadsheet.getMessage().contains("not an OpenDocument text"), spreadsheet.getMessage());
        Path secret = Files.writeString(dir.resolve("secret.txt"), "tandem-secret");
        var xxe = assertThrows(UnreadableDocumentException.class, () -> extract(odt(
                "<?xml version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY x SYSTEM \"" + secret.toUri()
                        + "\">]>" + content("<text:p>&x;</text:p>").substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length()))));
        assertTrue(xxe.getMessage().contains("DOCTYPE"), xxe.getMessage());
        assertFalse(xxe.getMessage().contains("tandem-secret"));
        var bomb = assertThrows(DocumentTooLargeException.class, () -> extract(OpenDocuments.odtBomb(1L << 30)));
        assertTrue(bomb.getMessage().contains("zip bomb"), bomb.getMessage());
        var tooLong = assertThrows(DocumentTooLargeException.class,
                () -> OdtText.extract(Files.write(dir.resolve("long.odt"), odt(content("<text:p>" + "x".repeat(100)
                        + "</text:p>"))), LIMITS, 50));
        assertTrue(tooLong.getMessage().contains("max-chars"), tooLong.getMessage());
    }
}
