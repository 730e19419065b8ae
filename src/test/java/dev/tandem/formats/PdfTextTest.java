// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.SnowReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTextTest {
    private static final int PAGES = 2000;
    private static final int CHARS = 1_000_000;
    private static final long CONTENT = 16 << 20;

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".pdf"), bytes);
    }

    private String extract(byte[] bytes) throws Exception {
        return PdfText.extract(file(bytes), new PdfLimits(PAGES, CHARS, CONTENT));
    }

    @Test
    void shouldReadTenTwoColumnPagesWithoutTheirHeadersFootersAndHyphens() throws Exception {
        String text = extract(OpenDocuments.fixture("report-en.pdf"));
        String made = new String(OpenDocuments.fixture("report-en.txt"), StandardCharsets.UTF_8);
        assertEquals(made.strip(), text);
        assertFalse(text.contains("Snow Across the North"), "running title");
        assertFalse(text.matches("(?s).*Page \\d+ of \\d+.*"), "page numbers");
        // runs from page 1 to page 2 with "addi-" at the page's end
        assertTrue(text.contains("Harbin responded by deploying 13 additional snowploughs along"), text);
    }

    @Test
    void shouldJoinChineseLinesWithoutSpaces() throws Exception {
        assertEquals(SnowReport.ZH.strip(), extract(OpenDocuments.fixture("snow-zh.pdf")));
    }

    @Test
    void shouldRefuseAScanWithAdviceToRunOcr() {
        var e = assertThrows(UnreadableDocumentException.class, () -> extract(Pdfs.scanned(3)));
        assertTrue(e.getMessage().contains("no text layer") && e.getMessage().contains("OCR"), e.getMessage());
    }

    @Test
    void shouldRefuseEncryptedAndCopyProtectedPdfs() throws Exception {
        var password = assertThrows(UnreadableDocumentException.class,
                () -> extract(Pdfs.encrypted("Secret text.", "user-secret", true)));
        assertTrue(password.getMessage().contains("password"), password.getMessage());
        var protectedCopy = assertThrows(UnreadableDocumentException.class,
                () -> extract(Pdfs.encrypted("Protected text.", "", false)));
        assertTrue(protectedCopy.getMessage().contains("does not allow copying"), protectedCopy.getMessage());
        assertEquals("Readable text.", extract(Pdfs.encrypted("Readable text.", "", true)));
    }

    @Test
    void shouldRefuseDamagedFiles() {
        var e = assertThrows(UnreadableDocumentException.class,
                () -> extract("%PDF-1.7\nnot really a PDF\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        byte[] report = OpenDocuments.fixture("report-en.pdf");
        byte[] truncated = java.util.Arrays.copyOf(report, report.length / 3);
        assertThrows(UnreadableDocumentException.class, () -> extract(truncated));
    }

    @Test
    void shouldHoldToThePageAndCharacterLimits() throws Exception {
        Path report = file(OpenDocuments.fixture("report-en.pdf"));
        var pages = assertThrows(DocumentTooLargeException.class, () -> PdfText.extract(report, new PdfLimits(9, CHARS, CONTENT)));
        assertTrue(pages.getMessage().contains("10 pages") && pages.getMessage().contains("max-pdf-pages"),
                pages.getMessage());
        var chars = assertThrows(DocumentTooLargeException.class, () -> PdfText.extract(report, new PdfLimits(PAGES, 5000, CONTENT)));
        assertTrue(chars.getMessage().contains("max-chars"), chars.getMessage());
        // PDFBox skips a form it fails to draw: text over the limit inside one must not be cut off without a word
        var inForm = assertThrows(DocumentTooLargeException.class, () -> PdfText.extract(
                file(Pdfs.nestedForms("Text drawn by a form.", 0, 1)), new PdfLimits(PAGES, 10, CONTENT)));
        assertTrue(inForm.getMessage().contains("max-chars"), inForm.getMessage());
    }

    @Test
    void shouldStopReadingPagesWhoseContentInflatesPastTheBudget() throws Exception {
        byte[] bomb = Pdfs.inflating("Hello.", 64 << 20);
        assertTrue(bomb.length < 200_000, bomb.length + " bytes");
        var e = assertThrows(DocumentTooLargeException.class, () -> extract(bomb));
        assertTrue(e.getMessage().contains("16 MB") && e.getMessage().contains("max-pdf-content"), e.getMessage());
        assertEquals("A few blanks.", extract(Pdfs.inflating("A few blanks.", 1 << 20)));
    }

    @Test
    void shouldStopFormsThatDrawFormsBeforeTheyMultiply() throws Exception {
        // 10^9 drawings of the text in a file of a few kilobytes
        var e = assertThrows(DocumentTooLargeException.class, () -> extract(Pdfs.nestedForms("Again.", 9, 10)));
        assertTrue(e.getMessage().contains("max-pdf-content"), e.getMessage());
        // a form drawn a few times (a letterhead, a logo) is read, its overlapping copies once
        assertEquals("Letterhead.", extract(Pdfs.nestedForms("Letterhead.", 2, 3)));
    }
}
