// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import dev.tandem.formats.FileFormat;
import dev.tandem.formats.FormatSniffer;
import dev.tandem.formats.TextDecoder;
import dev.tandem.formats.UndecodableTextException;
import dev.tandem.formats.UnreadableDocumentException;
import dev.tandem.service.DictionaryService.DictionaryImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;

/**
 * A dictionary upload, from the API or the project page: which files came, whether they can be a dictionary at all
 * (a Word document, a translation memory or half of a dictd pair is refused with what to send instead), then the
 * import.
 */
@ApplicationScoped
public class DictionaryUploads {
    @Inject
    DictionaryService dictionaries;

    @Inject
    TandemConfig config;

    public DictionaryImport upload(ProjectLanguages project, DictionaryUpload form) {
        // A form's file field left empty still sends a part, without a name or bytes.
        UploadedFile file = chosen(form.file());
        UploadedFile index = chosen(form.index());
        UploadedFile dict = chosen(form.dict());
        if (index != null && dict != null) {
            return dictionaries.importDictd(project, name(index), text("index", index), bytes("dict", dict));
        }
        if (index != null || dict != null) {
            String missing = index == null ? "index" : "dict";
            throw new InvalidInputException(missing, "A dictd dictionary comes as two files: send the ."
                    + (missing.equals("index") ? "index file as index, with the .dict(.dz) file" : "dict or .dict.dz file "
                    + "as dict, with the .index file") + " of the same dictionary.");
        }
        if (file == null) {
            throw new InvalidInputException("file", "No dictionary: upload file (TSV or CC-CEDICT), or index and dict "
                    + "(dictd).");
        }
        byte[] bytes = bytes("file", file);
        refuseOtherFormats(name(file), bytes);
        return dictionaries.importText(project, name(file), form.format(),
                decode("file", bytes, DeclaredCharsets.declared(form.charset(), file)));
    }

    private static UploadedFile chosen(UploadedFile file) {
        return file == null || file.size() == 0 && (file.fileName() == null || file.fileName().isEmpty()) ? null : file;
    }

    /** Files that are plainly something else than a TSV or CC-CEDICT text, with what to do instead. */
    private static void refuseOtherFormats(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b || name.endsWith(".index")
                || name.endsWith(".dict")) {
            throw new InvalidInputException("file", "This looks like a part of a dictd (FreeDict) dictionary: send its "
                    + ".index file as index and its .dict or .dict.dz file as dict. A compressed TSV must be unpacked "
                    + "first.");
        }
        FileFormat format;
        try {
            // by content only: a translation memory named .txt is no dictionary either
            format = FormatSniffer.detect(null, Arrays.copyOf(bytes, Math.min(bytes.length, FormatSniffer.HEAD_BYTES)));
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException("file", e.getMessage() + " A dictionary is a text file: TSV (word, tab, "
                    + "translation on each line), CC-CEDICT, or dictd.");
        }
        if (format != FileFormat.TEXT) {
            String what = switch (format) {
                case DOCX -> name.endsWith(".xlsx") ? "an Excel workbook (XLSX): save its sheet as \"Unicode text\""
                        + " (tab-separated) and upload that" : "a Word document (DOCX) or another zip archive";
                case TMX -> "a translation memory (TMX): upload it as a document of the project, and its pairs "
                        + "teach the aligner as confirmed ones";
                case XLIFF -> "an XLIFF file: upload it as a document of the project";
                case ODT -> "an OpenDocument text (ODT)";
                case EPUB -> "an e-book (EPUB)";
                case PDF -> "a PDF";
                default -> "an HTML page";
            };
            throw new InvalidInputException("file", "This is " + what + ", not a dictionary. A dictionary is a text "
                    + "file: TSV (word, tab, translation on each line; a spreadsheet saved as \"Unicode text\" or TSV), "
                    + "CC-CEDICT, or dictd (index and dict).");
        }
    }

    private static String name(UploadedFile file) {
        return file.fileName() == null ? null : DocumentUploads.baseName(file.fileName());
    }

    private static String decode(String field, byte[] bytes, String charset) {
        try {
            return TextDecoder.decode(bytes, charset).text();
        } catch (UndecodableTextException e) {
            // the decoder's advice ("declare its encoding") names how: the charset field, or the part's Content-Type
            throw new InvalidInputException(field, "The " + label(field) + " file: "
                    + e.getMessage() + (field.equals("file") ? " (the form field charset names it, or a charset"
                    + " parameter on the file's Content-Type)" : ""));
        }
    }

    /** How a message names the form field: "the dictionary file", "the .index file", "the .dict file". */
    private static String label(String field) {
        return field.equals("file") ? "dictionary" : "." + field;
    }

    private String text(String field, UploadedFile file) {
        return decode(field, bytes(field, file), null);
    }

    private byte[] bytes(String field, UploadedFile file) {
        if (file.size() > config.upload().maxBytes().asLongValue()) {
            throw new PayloadTooLargeException(String.format(Locale.ROOT, "The %s file has %.1f MB; the limit is %.1f MB"
                    + " (tandem.upload.max-bytes): split it into parts.", label(field), file.size() / 1048576.0,
                    config.upload().maxBytes().asLongValue() / 1048576.0));
        }
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
