// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells the format of an upload from its first bytes and its name. Binary signatures win (a DOCX renamed to
 * {@code .txt} is still a zip); then a known extension; then, for text starting with markup, the root element.
 * Files without a known extension or markup are plain text.
 */
public final class FormatSniffer {
    /** Bytes of the file's start that {@link #detect} needs. */
    public static final int HEAD_BYTES = 4096;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] RTF = {'{', '\\', 'r', 't', 'f'};

    private static final Map<String, FileFormat> EXTENSIONS = Map.ofEntries(
            Map.entry("txt", FileFormat.TEXT), Map.entry("text", FileFormat.TEXT),
            Map.entry("htm", FileFormat.HTML), Map.entry("html", FileFormat.HTML), Map.entry("xhtml", FileFormat.HTML),
            Map.entry("docx", FileFormat.DOCX),
            Map.entry("tmx", FileFormat.TMX),
            Map.entry("xlf", FileFormat.XLIFF), Map.entry("xliff", FileFormat.XLIFF),
            Map.entry("sdlxliff", FileFormat.XLIFF), Map.entry("mqxliff", FileFormat.XLIFF),
            Map.entry("md", FileFormat.MARKDOWN), Map.entry("markdown", FileFormat.MARKDOWN),
            Map.entry("srt", FileFormat.SRT), Map.entry("vtt", FileFormat.WEBVTT),
            Map.entry("csv", FileFormat.CSV), Map.entry("tsv", FileFormat.CSV), Map.entry("xlsx", FileFormat.XLSX));
    /** A SubRip file's start: a cue number, then a timing line. */
    private static final Pattern SRT_START =
            Pattern.compile("\\A\\d+[ \\t]*\\r?\\n\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3}[ \\t]*-->");

    private FormatSniffer() {
    }

    /**
     * @param fileName the uploaded file's name as the client sent it, or null; only its extension is looked at
     * @param head     the file's first bytes (up to {@link #HEAD_BYTES})
     * @throws UnreadableDocumentException for formats Tandem recognises but does not read (.doc, PDF, RTF), or a
     *                                     {@code .docx} name on something that is not a zip
     */
    public static FileFormat detect(String fileName, byte[] head) throws UnreadableDocumentException {
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            return extension(fileName).filter("xlsx"::equals).isPresent() ? FileFormat.XLSX : FileFormat.DOCX;
        }
        if (startsWith(head, OLE)) {
            throw new UnreadableDocumentException("This is a Word 97–2003 document (.doc) or another old Office file,"
                    + " which Tandem does not read. Open it in Word or LibreOffice and save it as .docx, HTML or"
                    + " plain text.");
        }
        if (startsWith(head, PDF) || startsWith(head, RTF)) {
            throw new UnreadableDocumentException("This is a " + (head[0] == '%' ? "PDF" : "RTF") + " file, which"
                    + " Tandem does not read. Save or export it as .docx, HTML or plain text.");
        }
        Optional<FileFormat> byName = extension(fileName).map(EXTENSIONS::get);
        if (byName.isPresent()) {
            if (byName.get() == FileFormat.DOCX) {
                throw new UnreadableDocumentException("The file is named .docx but is not a DOCX document (a DOCX"
                        + " is a zip archive; this file does not start like one). Save it again from Word as .docx.");
            }
            if (byName.get() == FileFormat.XLSX) {
                throw new UnreadableDocumentException("The file is named .xlsx but is not an XLSX workbook (an XLSX"
                        + " is a zip archive; this file does not start like one). Save it again from Excel or"
                        + " LibreOffice Calc as .xlsx, or save the two columns as CSV.");
            }
            return byName.get();
        }
        return byRoot(head);
    }

    private static FileFormat byRoot(byte[] head) {
        String text = asText(head).stripLeading().toLowerCase(Locale.ROOT);
        if (!text.startsWith("<")) {
            return subtitles(text);
        }
        if (text.contains("<tmx")) {
            return FileFormat.TMX;
        }
        if (text.contains("<xliff")) {
            return FileFormat.XLIFF;
        }
        if (text.contains("<!doctype html") || text.contains("<html")) {
            return FileFormat.HTML;
        }
        return FileFormat.TEXT;
    }

    private static FileFormat subtitles(String text) {
        if (text.startsWith("webvtt") && (text.length() == 6 || Character.isWhitespace(text.charAt(6)))) {
            return FileFormat.WEBVTT;
        }
        return SRT_START.matcher(text).lookingAt() ? FileFormat.SRT : FileFormat.TEXT;
    }

    /** Enough decoding to find markup: UTF-16 by its byte order mark, else bytes as Latin-1 (ASCII stays ASCII). */
    private static String asText(byte[] head) {
        Optional<ByteOrderMark> bom = ByteOrderMark.of(head);
        if (bom.isPresent() && bom.get().charset().startsWith("UTF-16")) {
            Charset charset = Charset.forName(bom.get().charset());
            return new String(head, bom.get().length(), head.length - bom.get().length(), charset);
        }
        int start = bom.map(ByteOrderMark::length).orElse(0);
        return new String(head, start, head.length - start, StandardCharsets.ISO_8859_1);
    }

    private static Optional<String> extension(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).strip().toLowerCase(Locale.ROOT));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
