// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Plain parallel text as Moses and OPUS tools read it: a zip of {@code <name>.<source language>} and
 * {@code <name>.<target language>}, UTF-8, one line per pair in both, so line n of one translates line n of the other.
 *
 * <p>A side's sentences are joined as the language writes them; line breaks, tabs and other separators inside become
 * one space, and each line is trimmed. A pair with a side left empty by that is left out (as every export leaves out
 * 1-0 and 0-1 pairs), so neither file has an empty line (Moses' cleaning scripts would drop it).
 *
 * <p>Streaming: the source file goes into the zip as the pairs come; the target lines wait in a temporary file (one
 * line per pair, on disk, deleted at {@link #close()}) and follow as the second entry at {@link #finish}. Until then the
 * zip has no central directory, so an export that breaks off is an unreadable zip, never a short pair of files.
 */
final class MosesSink implements ExportSink {
    /** Line and paragraph breaks, tabs and other controls: Moses reads a line per sentence, whitespace-separated. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085\\s]+");
    /** Extensions of the files Tandem imports: a title taken from a file name ends in one. */
    private static final Pattern UPLOAD_EXTENSION = Pattern.compile(
            "\\.(?:txt|text|docx|odt|fodt|pdf|epub|md|markdown|srt|vtt|csv|tsv|xlsx|tmx|xlf|xliff|sdlxliff|mqxliff"
                    + "|html?|xhtml)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE_NAME = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final int MAX_NAME = 60;

    private final ZipOutputStream zip;
    private final Writer sourceLines;
    private final Path targetFile;
    private final Writer targetLines;
    private final String targetEntry;

    MosesSink(OutputStream out, String title, String sourceLanguage, String targetLanguage) {
        String name = baseName(title);
        targetEntry = name + "." + targetLanguage;
        try {
            targetFile = Files.createTempFile("tandem-moses-", ".txt");
            targetLines = Files.newBufferedWriter(targetFile, StandardCharsets.UTF_8);
            zip = new ZipOutputStream(new BufferedOutputStream(out, 32 * 1024), StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(name + "." + sourceLanguage));
            sourceLines = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    /** One line of parallel text: breaks and runs of whitespace become one space, ends trimmed. */
    static String line(String text) {
        return BREAKS.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The files' name: the title without the extension of an uploaded file ({@code report.odt} names
     * {@code report.en}, not {@code report.odt.en}), with only letters, digits, '.', '_' and '-' ({@code corpus} if
     * none is left).
     */
    static String baseName(String title) {
        String stem = UPLOAD_EXTENSION.matcher(title == null ? "" : title.strip()).replaceFirst("");
        String name = UNSAFE_NAME.matcher(stem).replaceAll("_").replaceAll("^[._]+|[._]+$", "");
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME));
        }
        return name.isEmpty() ? "corpus" : name;
    }

    @Override
    public boolean unit(ExportReader.Head document, ExportReader.Pair pair, String source, String target) {
        String sourceLine = line(source);
        String targetLine = line(target);
        if (sourceLine.isEmpty() || targetLine.isEmpty()) {
            return false;
        }
        try {
            sourceLines.write(sourceLine);
            sourceLines.write('\n');
            targetLines.write(targetLine);
            targetLines.write('\n');
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(long leftOut) {
        try {
            sourceLines.flush();
            zip.closeEntry();
            targetLines.close();
            zip.putNextEntry(new ZipEntry(targetEntry));
            try (InputStream in = Files.newInputStream(targetFile)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // The zip is not closed: that would write its central directory (and close the caller's stream).
        try {
            if (targetLines != null) {
                targetLines.close();
            }
        } catch (IOException e) {
            // The file is deleted below either way.
        }
        try {
            if (targetFile != null) {
                Files.deleteIfExists(targetFile);
            }
        } catch (IOException e) {
            targetFile.toFile().deleteOnExit();
        }
    }
}
