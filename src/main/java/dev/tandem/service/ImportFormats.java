// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import dev.tandem.formats.DocumentTooLargeException;
import dev.tandem.formats.DocxText;
import dev.tandem.formats.EpubText;
import dev.tandem.formats.FileFormat;
import dev.tandem.formats.FormatSniffer;
import dev.tandem.formats.HtmlText;
import dev.tandem.formats.LanguageCharacters;
import dev.tandem.formats.OdtText;
import dev.tandem.formats.PdfText;
import dev.tandem.formats.TextDecoder;
import dev.tandem.formats.UndecodableTextException;
import dev.tandem.formats.UnreadableDocumentException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells an uploaded file's format and reads the text out of a monolingual one (plain text, HTML, DOCX, ODT, EPUB,
 * PDF), under the import limits. Failures become a 400 naming the side ({@code source}/{@code target}) or a 413.
 */
@ApplicationScoped
public class ImportFormats {
    @Inject
    TandemConfig config;

    /** The file's format, from its first bytes and the name the client gave it (used for its extension only). */
    public FileFormat formatOf(String side, Path file, String fileName) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FormatSniffer.HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return FormatSniffer.detect(fileName, head);
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException(side, "The " + side + " file: " + e.getMessage());
        }
    }

    /**
     * The text of a plain-text, HTML, DOCX, ODT, EPUB or PDF file in {@code language} (a BCP 47 tag, which judges a detected charset);
     * {@code declaredCharset} (may be null) applies to the first two.
     */
    public String text(String side, Path file, FileFormat format, String declaredCharset, String language) {
        LanguageCharacters characters = LanguageCharacters.of(language);
        try {
            return switch (format) {
                case TEXT -> TextDecoder.decode(Files.readAllBytes(file), declaredCharset, characters).text();
                case HTML -> HtmlText.extract(Files.readAllBytes(file), declaredCharset, characters, config.imports().maxChars());
                case DOCX -> DocxText.extract(file, config.imports().zipLimits(), config.imports().maxChars());
                case ODT -> OdtText.extract(file, config.imports().zipLimits(), config.imports().maxChars());
                case EPUB -> EpubText.extract(file, config.imports().zipLimits(), characters, config.imports().maxChars());
                case PDF -> PdfText.extract(file, config.imports().maxPdfPages(), config.imports().maxChars());
                case TMX, XLIFF -> throw new InvalidInputException(side, "The " + side + " file is a bilingual "
                        + format + " file, which holds both sides: upload it alone as the source file, with no"
                        + " target.");
            };
        } catch (UndecodableTextException e) {
            throw new InvalidInputException(side, "The " + side + " file: " + e.getMessage());
        } catch (DocumentTooLargeException e) {
            throw new PayloadTooLargeException("The " + side + " file: " + e.getMessage());
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException(side, "The " + side + " file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
