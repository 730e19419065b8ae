// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    private static FileFormat detect(String name, String content) throws UnreadableDocumentException {
        return FormatSniffer.detect(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldTrustZipMagicOverTheName() throws Exception {
        byte[] docx = Docx.paragraphs("Hi");
        assertEquals(FileFormat.DOCX, FormatSniffer.detect("chapter.docx", docx));
        assertEquals(FileFormat.DOCX, FormatSniffer.detect("renamed.txt", docx));
        assertEquals(FileFormat.DOCX, FormatSniffer.detect(null, docx));
    }

    @Test
    void shouldTellOpenDocumentsEpubsAndPdfsByContent() throws Exception {
        byte[] odt = OpenDocuments.odt(OpenDocuments.content("<text:p>x</text:p>"));
        assertEquals(FileFormat.ODT, FormatSniffer.detect("chapter.odt", odt));
        assertEquals(FileFormat.ODT, FormatSniffer.detect("renamed.docx", odt));
        assertEquals(FileFormat.EPUB, FormatSniffer.detect(null, OpenDocuments.epubInSpineOrder()));
        assertEquals(FileFormat.EPUB, FormatSniffer.detect("book", OpenDocuments.fixture("snow-de.epub")));
        assertEquals(FileFormat.ODT, FormatSniffer.detect(null, OpenDocuments.fixture("snow-en.odt")));
        assertEquals(FileFormat.PDF, detect("paper.txt", "%PDF-1.7\n"));
        assertEquals(FileFormat.PDF, detect("paper.pdf", "garbage"));
        // a zip without a mimetype entry goes by its name: the reader then says what is missing
        byte[] plainZip = Docx.zip(java.util.Map.of("content.xml", new byte[0]));
        assertEquals(FileFormat.ODT, FormatSniffer.detect("x.odt", plainZip));
        assertEquals(FileFormat.EPUB, FormatSniffer.detect("x.epub", plainZip));
        assertEquals(FileFormat.DOCX, FormatSniffer.detect("x.zip", plainZip));
        assertEquals(FileFormat.ODT, detect("flat.fodt", "<?xml version=\"1.0\"?>"));
        assertEquals(FileFormat.ODT, detect(null, "<?xml version=\"1.0\"?><office:document xmlns:office=\"x\""
                + " office:mimetype=\"application/vnd.oasis.opendocument.text\">"));
    }

    @Test
    void shouldGoByExtensionThenByRootElement() throws Exception {
        assertEquals(FileFormat.HTML, detect("page.HTM", "Just text"));
        assertEquals(FileFormat.XLIFF, detect("a.xlf", "<?xml version=\"1.0\"?><xliff/>"));
        assertEquals(FileFormat.XLIFF, detect("a.sdlxliff", ""));
        assertEquals(FileFormat.TMX, detect("memory.tmx", ""));
        assertEquals(FileFormat.TEXT, detect("about-html.txt", "<html> is a tag."));
        assertEquals(FileFormat.HTML, detect("upload", "\n  <!DOCTYPE html><html><p>x"));
        assertEquals(FileFormat.HTML, detect(null, "<HTML><BODY>x"));
        assertEquals(FileFormat.XLIFF, detect("export.xml", "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\">"));
        assertEquals(FileFormat.TMX, detect("export.xml", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">"));
        assertEquals(FileFormat.TEXT, detect("notes", "The <html> tag starts a page."));
        assertEquals(FileFormat.TEXT, detect("../../etc/passwd", "root:x:0:0"));
        byte[] utf16 = "\uFEFF<xliff version=\"1.2\">".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(FileFormat.XLIFF, FormatSniffer.detect("x", utf16));
    }

    @Test
    void shouldExplainFormatsItDoesNotRead() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        var doc = assertThrows(UnreadableDocumentException.class, () -> FormatSniffer.detect("old.doc", ole));
        assertTrue(doc.getMessage().contains("save it as .docx"), doc.getMessage());
        assertTrue(doc.getMessage().contains(".odt"), doc.getMessage());
        var rtf = assertThrows(UnreadableDocumentException.class, () -> detect("letter.rtf", "{\\rtf1\\ansi x}"));
        assertTrue(rtf.getMessage().contains("RTF") && rtf.getMessage().contains(".odt"), rtf.getMessage());
        byte[] sheet = OpenDocuments.zip("application/vnd.oasis.opendocument.spreadsheet", java.util.Map.of());
        var ods = assertThrows(UnreadableDocumentException.class, () -> FormatSniffer.detect("table.ods", sheet));
        assertTrue(ods.getMessage().contains("spreadsheet"), ods.getMessage());
        var odt = assertThrows(UnreadableDocumentException.class, () -> detect("fake.odt", "plain text"));
        assertTrue(odt.getMessage().contains("named .odt"), odt.getMessage());
        var fake = assertThrows(UnreadableDocumentException.class, () -> detect("fake.docx", "plain text"));
        assertTrue(fake.getMessage().contains("not a DOCX"), fake.getMessage());
    }

    @Test
    void shouldTellTextFormatsByExtensionAndSubtitlesByTheirStart() throws Exception {
        assertEquals(FileFormat.MARKDOWN, detect("README.md", "# Title"));
        assertEquals(FileFormat.MARKDOWN, detect("notes.markdown", "<div>x</div>"));
        assertEquals(FileFormat.SRT, detect("film.srt", "x"));
        assertEquals(FileFormat.WEBVTT, detect("film.vtt", "x"));
        assertEquals(FileFormat.CSV, detect("pairs.csv", "a,b"));
        assertEquals(FileFormat.CSV, detect("pairs.tsv", "a\tb"));
        assertEquals(FileFormat.WEBVTT, detect("upload", "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n"));
        assertEquals(FileFormat.WEBVTT, detect(null, "\uFEFFWEBVTT - Title\n"));
        assertEquals(FileFormat.SRT, detect("upload", "1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n"));
        assertEquals(FileFormat.TEXT, detect("upload", "WEBVTTX is no subtitle"));
        assertEquals(FileFormat.TEXT, detect("upload", "1\nThe first line."));
    }

    @Test
    void shouldTellAnXlsxZipByItsName() throws Exception {
        byte[] zip = Docx.paragraphs("Hi");
        assertEquals(FileFormat.XLSX, FormatSniffer.detect("pairs.XLSX", zip));
        var fake = assertThrows(UnreadableDocumentException.class, () -> detect("pairs.xlsx", "a,b"));
        assertTrue(fake.getMessage().contains("not an XLSX workbook"), fake.getMessage());
    }
}
