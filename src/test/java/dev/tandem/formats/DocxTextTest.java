// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxTextTest {
    private static final ZipLimits LIMITS = new ZipLimits(1000, 200L << 20, 100);

    @TempDir
    Path dir;

    private String extract(byte[] docx) throws Exception {
        return extract(docx, LIMITS);
    }

    private String extract(byte[] docx, ZipLimits limits) throws Exception {
        return extract(docx, limits, 1_000_000);
    }

    private String extract(byte[] docx, ZipLimits limits, int maxChars) throws Exception {
        Path file = Files.write(dir.resolve("doc.docx"), docx);
        return DocxText.extract(file, limits, maxChars);
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    @Test
    void shouldGiveParagraphsHeadingsAndListItemsSeparatedByBlankLines() throws Exception {
        String body = "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>"
                + "</w:pPr>" + run("Chapter One") + "</w:p>"
                + "<w:p>" + run("It was ") + "<w:r><w:rPr><w:b/></w:rPr><w:t>cold</w:t></w:r>" + run(". We stayed in.") + "</w:p>"
                + "<w:p/>"
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" + run("First item.") + "</w:p>"
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" + run("Second item.") + "</w:p>";
        assertEquals("Chapter One\n\nIt was cold. We stayed in.\n\nFirst item.\n\nSecond item.", extract(Docx.of(body)));
    }

    @Test
    void shouldReadTablesCellByCellInDocumentOrder() throws Exception {
        String body = "<w:p>" + run("Before.") + "</w:p>"
                + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:tc><w:tcPr/><w:p>" + run("A1") + "</w:p></w:tc><w:tc><w:p>" + run("B1") + "</w:p>"
                + "<w:p>" + run("B1 second paragraph") + "</w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p>" + run("A2") + "</w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
                + "<w:p>" + run("After.") + "</w:p>";
        assertEquals("Before.\n\nA1\n\nB1\n\nB1 second paragraph\n\nA2\n\nAfter.", extract(Docx.of(body)));
    }

    @Test
    void shouldKeepTabsAndLineBreaksWithinAParagraph() throws Exception {
        String body = "<w:p>" + run("Name") + "<w:r><w:tab/></w:r>" + run("Value") + "<w:r><w:br/></w:r>"
                + run("next line") + "<w:r><w:noBreakHyphen/></w:r>" + run("x") + "</w:p>";
        assertEquals("Name\tValue\nnext line\u2011x", extract(Docx.of(body)));
    }

    @Test
    void shouldLeaveOutDeletionsFieldCodesAndFallbackCopies() throws Exception {
        String body = "<w:p>" + run("Kept ")
                + "<w:del w:id=\"1\"><w:r><w:delText>deleted </w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\"><w:r><w:t>inserted </w:t></w:r></w:ins>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("7") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:drawing><w:txbxContent><w:p>" + run("In a box.")
                + "</w:p></w:txbxContent></w:drawing></w:r></mc:Choice><mc:Fallback><w:r><w:pict><w:txbxContent><w:p>"
                + run("In a box.") + "</w:p></w:txbxContent></w:pict></w:r></mc:Fallback></mc:AlternateContent>"
                + "</w:p>";
        assertEquals("In a box.\n\nKept inserted 7", extract(Docx.of(body)));
    }

    @Test
    void shouldKeepUnicodeAndDecodeCharacterReferences() throws Exception {
        assertEquals("北京下雪了。\n\nÉté &amp; hiver <b>",
                extract(Docx.paragraphs("北京下雪了。", "&#201;t&#xE9; &amp;amp; hiver &lt;b&gt;")));
    }

    @Test
    void shouldFindTheMainPartFromThePackageRelationships() throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"r2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"/word/main.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/main.xml", Docx.document("<w:p>" + run("Main part.") + "</w:p>").getBytes(StandardCharsets.UTF_8));
        assertEquals("Main part.", extract(Docx.zip(parts)));
    }

    @Test
    void shouldReadFootnotesThenEndnotesAfterTheBodyWithoutTheSeparatorsHeadersOrFooters() throws Exception {
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r1\" Type=\"" + rel + "officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", Docx.document("<w:p>" + run("The body.") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                + "</w:p><w:p>" + run("More body.") + "</w:p>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/_rels/document.xml.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r1\" Type=\"" + rel + "endnotes\" Target=\"/word/endnotes.xml\"/>"
                + "<Relationship Id=\"r2\" Type=\"" + rel + "header\" Target=\"header1.xml\"/>"
                + "<Relationship Id=\"r3\" Type=\"" + rel + "footnotes\" Target=\"footnotes.xml\"/>"
                + "<Relationship Id=\"r4\" Type=\"" + rel + "hyperlink\" Target=\"https://example.org/\" TargetMode=\"External\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        String w = "xmlns:w=\"" + Docx.W + "\"";
        parts.put("word/footnotes.xml", ("<w:footnotes " + w + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r>" + run("SEP") + "</w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p>" + run("CONT") + "</w:p></w:footnote>"
                + "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" + run(" A first note.") + "</w:p></w:footnote>"
                + "<w:footnote w:type=\"normal\" w:id=\"2\"><w:p>" + run("A second note.") + "</w:p></w:footnote>"
                + "</w:footnotes>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/endnotes.xml", ("<w:endnotes " + w + "><w:endnote w:id=\"1\"><w:p>" + run("An endnote.")
                + "</w:p></w:endnote></w:endnotes>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/header1.xml", ("<w:hdr " + w + "><w:p>" + run("Page header") + "</w:p></w:hdr>")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("The body.\n\nMore body.\n\nA first note.\n\nA second note.\n\nAn endnote.",
                extract(Docx.zip(parts)));
    }

    @Test
    void shouldRefuseADoctypeWithAnExternalEntityWithoutReadingTheFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "tandem-secret-3f9c1e");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + Docx.document("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>");
        var e = assertThrows(UnreadableDocumentException.class, () -> extract(Docx.withDocument(xml)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("tandem-secret"), e.getMessage());
    }

    @Test
    void shouldRefuseBillionLaughsQuickly() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            xml.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n").append(Docx.document("<w:p><w:r><w:t>&lol10;</w:t></w:r></w:p>"));
        // refused in about 15 ms; the bound only stops a parser that expands the entities from hanging the build
        var e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(UnreadableDocumentException.class, () -> extract(Docx.withDocument(xml.toString()))));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void shouldRefuseAZipBombByItsDeclaredRatioAtOnce() {
        byte[] bomb = Docx.bomb(1L << 30);
        assertTrue(bomb.length < 2 << 20, "1 GB compresses to " + bomb.length + " bytes");
        long start = System.nanoTime();
        var e = assertThrows(DocumentTooLargeException.class, () -> extract(bomb));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("1 GiB zip bomb refused by its directory in %d ms%n", millis);
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        // "At once" without a clock: a small document whose directory claims a bomb's sizes is refused too, so the
        // refusal comes from the declared sizes, before anything is inflated.
        byte[] boasting = Docx.lyingAboutSizes(Docx.paragraphs("Small."), 1 << 30);
        var declared = assertThrows(DocumentTooLargeException.class, () -> extract(boasting));
        assertTrue(declared.getMessage().contains("zip bomb"), declared.getMessage());
        assertTrue(millis < 10_000, millis + " ms (3-11 ms measured)");
    }

    @Test
    void shouldStopInflatingABombThatLiesAboutItsSize() {
        byte[] liar = Docx.lyingAboutSizes(Docx.bomb(300L << 20), 1000);
        long start = System.nanoTime();
        var e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DocumentTooLargeException.class, () -> extract(liar, LIMITS, Integer.MAX_VALUE)));
        System.out.printf("300 MiB zip bomb lying about its size stopped while inflating in %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertTrue(e.getMessage().contains("expands more than 100 times"), e.getMessage());
        // With a generous ratio, the total limit stops it instead.
        var total = assertThrows(DocumentTooLargeException.class,
                () -> extract(liar, new ZipLimits(1000, 50L << 20, 100_000), Integer.MAX_VALUE));
        assertTrue(total.getMessage().contains("unpacks to more than"), total.getMessage());
    }

    @Test
    void shouldRefuseTooManyEntries() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            parts.put("word/media/image" + i + ".png", new byte[] {1});
        }
        var e = assertThrows(DocumentTooLargeException.class, () -> extract(Docx.zip(parts), new ZipLimits(10, 1 << 20, 100)));
        assertTrue(e.getMessage().contains("20 parts"), e.getMessage());
    }

    @Test
    void shouldRefuseTextOverTheCharacterLimit() throws IOException {
        Path file = Files.write(dir.resolve("long.docx"), Docx.paragraphs("x".repeat(600), "y".repeat(600)));
        var e = assertThrows(DocumentTooLargeException.class, () -> DocxText.extract(file, LIMITS, 1000));
        assertTrue(e.getMessage().contains("1000 characters"), e.getMessage());
    }

    @Test
    void shouldExplainZipsThatAreNotWordDocuments() {
        var notWord = assertThrows(UnreadableDocumentException.class,
                () -> extract(Docx.zip(Map.of("xl/workbook.xml", new byte[] {'<', 'a', '/', '>'}))));
        assertTrue(notWord.getMessage().contains("not a Word document"), notWord.getMessage());
        byte[] damaged = Docx.paragraphs("Hello.");
        var e = assertThrows(UnreadableDocumentException.class,
                () -> extract(java.util.Arrays.copyOf(damaged, damaged.length / 2)));
        assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("not a valid DOCX"), e.getMessage());
    }

    @Test
    void shouldDropRubyReadingsAndKeepTheBase() throws Exception {
        String ruby = "<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val=\"distributeSpace\"/><w:hps w:val=\"10\"/>"
                + "<w:lid w:val=\"ja-JP\"/></w:rubyPr><w:rt><w:r><w:t>さくや</w:t></w:r></w:rt>"
                + "<w:rubyBase><w:r><w:t>昨夜</w:t></w:r></w:rubyBase></w:ruby></w:r>";
        assertEquals("昨夜から町に大雪が降り続いた。",
                extract(Docx.of("<w:p>" + ruby + run("から町に大雪が降り続いた。") + "</w:p>")));
    }
}
