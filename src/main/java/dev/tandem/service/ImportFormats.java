// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import dev.tandem.formats.ColumnPairs;
import dev.tandem.formats.DocumentTooLargeException;
import dev.tandem.formats.DocxText;
import dev.tandem.formats.EpubText;
import dev.tandem.formats.FileFormat;
import dev.tandem.formats.FormatSniffer;
import dev.tandem.formats.HtmlText;
import dev.tandem.formats.LanguageCharacters;
import dev.tandem.formats.MarkdownText;
import dev.tandem.formats.OdtText;
import dev.tandem.formats.PdfText;
import dev.tandem.formats.SubtitleText;
import dev.tandem.formats.TextDecoder;
import dev.tandem.formats.UndecodableTextException;
import dev.tandem.formats.UnreadableDocumentException;
import dev.tandem.formats.XlsxPairs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
     * The text of a plain-text, HTML, DOCX, ODT, EPUB, PDF, Markdown or subtitle file in {@code language} (a BCP 47
     * tag, which judges a detected charset); {@code declaredCharset} (may be null) applies to text, HTML, Markdown and
     * subtitles. Subtitles become running text for {@link Segmentation#AUTO} and a cue per line for
     * {@link Segmentation#LINES}.
     */
    public String text(String side, Path file, FileFormat format, String declaredCharset, String language,
                       Segmentation segmentation) {
        LanguageCharacters characters = LanguageCharacters.of(language);
        try {
            return switch (format) {
                case TEXT -> TextDecoder.decode(Files.readAllBytes(file), declaredCharset, characters).text();
                case HTML -> HtmlText.extract(Files.readAllBytes(file), declaredCharset, characters, config.imports().maxChars());
                case DOCX -> DocxText.extract(file, config.imports().zipLimits(), config.imports().maxChars());
                case ODT -> OdtText.extract(file, config.imports().zipLimits(), config.imports().maxChars());
                case EPUB -> EpubText.extract(file, config.imports().zipLimits(), characters, config.imports().maxChars());
                case PDF -> PdfText.extract(file, config.imports().pdfLimits());
                case MARKDOWN -> MarkdownText.extract(decode(file, declaredCharset, characters));
                case SRT, WEBVTT -> subtitles(decode(file, declaredCharset, characters), format, segmentation);
                case TMX, XLIFF, CSV, XLSX -> throw new InvalidInputException(side, "The " + side + " file is a"
                        + " bilingual " + format + " file, which holds both sides: upload it alone as the source file,"
                        + " with no target.");
            };
        } catch (UndecodableTextException e) {
            throw new InvalidInputException(side, "The " + side + " file: " + inField(e.getMessage(), side));
        } catch (DocumentTooLargeException e) {
            throw new PayloadTooLargeException("The " + side + " file: " + e.getMessage());
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException(side, "The " + side + " file: " + inField(e.getMessage(), side));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The decoder's advice ("declare charset=windows-1252") with the field that declares the side's encoding
     * ("sourceCharset=windows-1252"), which the API client sends; the form shows it as its Encoding box.
     */
    private static String inField(String message, String side) {
        return message.replace("charset=", side + "Charset=");
    }

    private static String decode(Path file, String declaredCharset, LanguageCharacters characters)
            throws IOException, UndecodableTextException {
        return TextDecoder.decode(Files.readAllBytes(file), declaredCharset, characters).text();
    }

    private static String subtitles(String text, FileFormat format, Segmentation segmentation)
            throws UnreadableDocumentException {
        List<SubtitleText.Cue> cues = SubtitleText.cues(text, format == FileFormat.WEBVTT);
        return segmentation == Segmentation.LINES ? SubtitleText.cuePerLine(cues) : SubtitleText.runningText(cues);
    }

    /**
     * The pairs of a two-column CSV/TSV or XLSX file of a project in {@code sourceLanguage} and
     * {@code targetLanguage}; {@code declaredCharset} (may be null) applies to CSV.
     */
    public ColumnPairs pairs(Path file, FileFormat format, String declaredCharset, String sourceLanguage,
                             String targetLanguage) {
        int maxRows = config.imports().maxSentences();
        int maxChars = config.imports().maxChars();
        try {
            if (format == FileFormat.XLSX) {
                return XlsxPairs.read(file, config.imports().zipLimits(), sourceLanguage, targetLanguage, maxRows,
                        maxChars);
            }
            String text = decode(file, declaredCharset, LanguageCharacters.of(sourceLanguage));
            return ColumnPairs.fromCsv(text, sourceLanguage, targetLanguage, maxRows, maxChars);
        } catch (DocumentTooLargeException e) {
            throw new PayloadTooLargeException("The source file: " + e.getMessage());
        } catch (UndecodableTextException | UnreadableDocumentException e) {
            throw new InvalidInputException("source", "The source file: " + inField(e.getMessage(), "source"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
