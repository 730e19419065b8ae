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
 * {@code .txt} is still a zip; a zip whose first entry is an OpenDocument or EPUB {@code mimetype} is one of
 * those; {@code %PDF-} is a PDF); then a known extension; then, for text starting with markup, the root element.
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
            Map.entry("odt", FileFormat.ODT), Map.entry("fodt", FileFormat.ODT),
            Map.entry("epub", FileFormat.EPUB), Map.entry("pdf", FileFormat.PDF),
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
     * @throws UnreadableDocumentException for formats Tandem recognises but does not read (.doc, RTF, OpenDocument
     *                                     spreadsheets and others), or a {@code .docx}, {@code .odt} or
     *                                     {@code .epub} name on something that is not a zip
     */
    public static FileFormat detect(String fileName, byte[] head) throws UnreadableDocumentException {
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            return zipFormat(fileName, head);
        }
        if (startsWith(head, OLE)) {
            throw new UnreadableDocumentException("This is a Word 97–2003 document (.doc) or another old Office file,"
                    + " which Tandem does not read. Open it in Word or LibreOffice and save it as .docx or .odt (or"
                    + " HTML or plain text).");
        }
        if (startsWith(head, PDF)) {
            return FileFormat.PDF;
        }
        if (startsWith(head, RTF)) {
            throw new UnreadableDocumentException("This is an RTF file, which Tandem does not read. Open it in Word"
                    + " or LibreOffice and save it as .docx or .odt (or HTML or plain text).");
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
            if (byName.get() == FileFormat.EPUB || "odt".equals(extension(fileName).orElse(""))) {
                throw new UnreadableDocumentException("The file is named ." + extension(fileName).get() + " but"
                        + " is not one (it is a zip archive, and this file does not start like one). Save or export"
                        + " it again.");
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
        if (text.contains("<office:document") && text.contains(OdtText.MIMETYPE)) {
            return FileFormat.ODT; // flat OpenDocument text (.fodt)
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

    /**
     * OpenDocument and EPUB files begin with an uncompressed entry named {@code mimetype} holding their type; other
     * zips are DOCX, unless named .odt, .epub or .xlsx (whose readers then explain what is missing).
     */
    private static FileFormat zipFormat(String fileName, byte[] head) throws UnreadableDocumentException {
        String mimetype = firstEntryMimetype(head);
        if (OdtText.MIMETYPE.equals(mimetype)) {
            return FileFormat.ODT;
        }
        if (EpubText.MIMETYPE.equals(mimetype)) {
            return FileFormat.EPUB;
        }
        if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument.")) {
            throw new UnreadableDocumentException("This is an OpenDocument file of type " + mimetype + ", not a"
                    + " text document. Tandem reads OpenDocument texts (.odt): copy the text into a LibreOffice"
                    + " Writer document and upload that.");
        }
        return switch (extension(fileName).orElse("")) {
            case "odt" -> FileFormat.ODT;
            case "epub" -> FileFormat.EPUB;
            case "xlsx" -> FileFormat.XLSX;
            default -> FileFormat.DOCX;
        };
    }

    /** The content of the zip's first entry if it is a stored entry named {@code mimetype}, else null. */
    private static String firstEntryMimetype(byte[] head) {
        final int nameStart = 30;
        if (head.length < nameStart || !startsWith(head, ZIP)) {
            return null;
        }
        int method = le16(head, 8);
        long size = le16(head, 18) | (long) le16(head, 20) << 16;
        int nameLength = le16(head, 26);
        int dataStart = nameStart + nameLength + le16(head, 28);
        if (method != 0 || nameLength != 8 || size > 100 || dataStart + size > head.length
                || !"mimetype".equals(new String(head, nameStart, 8, StandardCharsets.US_ASCII))) {
            return null;
        }
        return new String(head, dataStart, (int) size, StandardCharsets.US_ASCII).strip();
    }

    private static int le16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
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
