// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.FileFormat;
import dev.tandem.formats.LanguageCharacters;
import dev.tandem.formats.TextDecoder;
import dev.tandem.formats.UndecodableTextException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Points a language refusal at the charset declaration when one decided how a file was read. Bytes read in a wrong
 * declared charset (GB18030 declared as latin1) decode without an error, as mojibake, which the language check takes
 * for another language: "looks like English, not Chinese" would send the uploader to check the file, not the
 * declaration. Without a declaration the encoding is detected and the refusal stays as it is.
 */
final class DeclaredCharsets {
    /** Formats read in the uploader's declared charset; the others carry their own encoding (DOCX, PDF, XLSX, …). */
    private static final Set<FileFormat> DECLARABLE = EnumSet.of(FileFormat.TEXT, FileFormat.HTML, FileFormat.MARKDOWN,
            FileFormat.SRT, FileFormat.WEBVTT, FileFormat.CSV);

    private DeclaredCharsets() {
    }

    /** The charset declared for a file: the form's field if given, else its part's Content-Type; null if neither. */
    static String declared(String formCharset, UploadedFile file) {
        return formCharset != null && !formCharset.isBlank() ? formCharset.strip()
                : file == null ? null : DocumentUploads.charsetOf(file.contentType());
    }

    /**
     * {@code refusal} of {@code side}'s file (field {@code side}) reworded to name the declaration, if the file was
     * read in a declared charset; {@code refusal} itself otherwise (a pasted text, no declaration, a byte order mark
     * that overrode it, a format with an encoding of its own).
     *
     * @param charsetField the form field that declares the side's charset ({@code sourceCharset})
     * @param language     the side's language, which judges what detection would choose instead
     */
    static LanguageMismatchException blame(LanguageMismatchException refusal, String side, UploadedFile file,
                                           FileFormat format, String charsetField, String formCharset,
                                           String language) {
        String declared = declared(formCharset, file);
        if (!side.equals(refusal.field()) || file == null || format == null || !DECLARABLE.contains(format)
                || declared == null) {
            return refusal;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!TextDecoder.readsAsDeclared(bytes, declared)) {
            return refusal;
        }
        String where = formCharset != null && !formCharset.isBlank()
                ? "in " + charsetField + " (Encoding on the upload page)"
                : "in the Content-Type of the " + side + " part (charset=" + declared + ")";
        // latin1 is read as windows-1252, charset=UTF-8 as UTF-8: name what the file was read in
        String readAs = TextDecoder.resolve(declared).orElse(declared);
        Optional<String> instead = detected(bytes, language).filter(charset -> !charset.equalsIgnoreCase(readAs));
        String advice = instead.isPresent()
                ? " The declaration is most likely wrong: without it the file is detected as " + instead.get() + "."
                        + " Remove the declaration so that the encoding is detected, or declare the file's real encoding."
                : " If " + readAs + " is not the file's encoding, remove the declaration so that the encoding is"
                        + " detected, or declare the file's real encoding.";
        return new LanguageMismatchException(refusal.field(), "The " + side + " file was read as " + readAs
                + (readAs.equalsIgnoreCase(declared) ? "" : " (declared as " + declared + ")")
                + ", the encoding declared for it " + where + ", and read so it is not in its language." + advice
                + " What the language check found: " + refusal.getMessage());
    }

    /** The charset detection chooses for {@code bytes} in {@code language}, if it finds one. */
    private static Optional<String> detected(byte[] bytes, String language) {
        try {
            return Optional.of(TextDecoder.decode(bytes, null, LanguageCharacters.of(language)).charset());
        } catch (UndecodableTextException e) {
            return Optional.empty();
        }
    }
}
