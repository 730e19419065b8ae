// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static dev.tandem.formats.OpenDocuments.container;
import static dev.tandem.formats.OpenDocuments.opf;
import static dev.tandem.formats.OpenDocuments.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.SnowReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpubTextTest {
    private static final ZipLimits LIMITS = new ZipLimits(1000, 200L << 20, 100);

    @TempDir
    Path dir;

    private String extract(byte[] bytes) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "upload", ".epub"), bytes);
        return EpubText.extract(file, LIMITS, LanguageCharacters.ANY, 1_000_000);
    }

    /** An EPUB with one chapter at {@code href} (relative to OPS/book.opf), holding what {@code entries} add. */
    private static byte[] book(String href, Map<String, byte[]> extra) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", utf8(container("OPS/book.opf")));
        entries.put("OPS/book.opf", utf8(opf("<item id=\"c\" href=\"" + href + "\" media-type=\"application/xhtml+xml\"/>",
                "<itemref idref=\"c\"/>")));
        entries.putAll(extra);
        return OpenDocuments.epub(entries);
    }

    @Test
    void shouldReadTheLibreOfficeFixture() throws Exception {
        assertEquals(SnowReport.DE.strip(), extract(OpenDocuments.fixture("snow-de.epub")));
    }

    @Test
    void shouldFollowTheSpineNotTheManifestAndSkipNonLinearItems() throws Exception {
        assertEquals("The first chapter comes first.\n\nIt has two paragraphs.\n\nThe second chapter comes second."
                + "\n\nThe third chapter comes last.", extract(OpenDocuments.epubInSpineOrder()));
    }

    @Test
    void shouldRefuseChaptersOutsideTheBookOrMissing() {
        for (String href : new String[] {"../../etc/passwd", "/../etc/passwd", "file:///etc/passwd",
                "http://example.org/chapter.xhtml"}) {
            var e = assertThrows(UnreadableDocumentException.class, () -> extract(book(href, Map.of())), href);
            assertTrue(e.getMessage().contains("outside the book's own files"), e.getMessage());
            assertFalse(e.getMessage().contains("root:"));
        }
        var missing = assertThrows(UnreadableDocumentException.class, () -> extract(book("gone.xhtml", Map.of())));
        assertTrue(missing.getMessage().contains("OPS/gone.xhtml") && missing.getMessage().contains("does not contain"),
                missing.getMessage());
    }

    @Test
    void shouldRefuseEntityDeclarationsInContainerAndPackage() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "tandem-secret");
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", utf8(container("OPS/&xxe;.opf").replace("?>", "?>" + doctype)));
        var inContainer = assertThrows(UnreadableDocumentException.class, () -> extract(OpenDocuments.epub(entries)));
        assertTrue(inContainer.getMessage().contains("DOCTYPE"), inContainer.getMessage());
        assertFalse(inContainer.getMessage().contains("tandem-secret"));

        entries.put("META-INF/container.xml", utf8(container("OPS/book.opf")));
        entries.put("OPS/book.opf", utf8(opf("<item id=\"c\" href=\"&xxe;\" media-type=\"application/xhtml+xml\"/>",
                "<itemref idref=\"c\"/>").replace("?>", "?>" + doctype)));
        var inPackage = assertThrows(UnreadableDocumentException.class, () -> extract(OpenDocuments.epub(entries)));
        assertTrue(inPackage.getMessage().contains("DOCTYPE"), inPackage.getMessage());
        assertFalse(inPackage.getMessage().contains("tandem-secret"));
    }

    @Test
    void shouldHoldTheWholeBookToTheCharacterLimit() throws Exception {
        Path file = Files.write(dir.resolve("book.epub"), OpenDocuments.epubInSpineOrder());
        assertEquals(119, EpubText.extract(file, LIMITS, LanguageCharacters.ANY, 119).length());
        var e = assertThrows(DocumentTooLargeException.class,
                () -> EpubText.extract(file, LIMITS, LanguageCharacters.ANY, 100));
        assertTrue(e.getMessage().startsWith("The book has more than 100 characters"), e.getMessage());
    }

    @Test
    void shouldRefuseAZipThatIsNoBook() {
        var e = assertThrows(UnreadableDocumentException.class,
                () -> extract(OpenDocuments.epub(Map.of("readme.txt", utf8("hi")))));
        assertTrue(e.getMessage().contains("container.xml"), e.getMessage());
    }
}
