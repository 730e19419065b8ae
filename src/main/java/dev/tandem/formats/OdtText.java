// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an OpenDocument text (ODT, or its flat XML form FODT): the headings and paragraphs of the body in
 * document order, list items and table cells each a paragraph of their own, separated by blank lines. Inline
 * spans and links are plain text; {@code text:s} gives its count of spaces, {@code text:tab} a tab,
 * {@code text:line-break} a line break; other whitespace collapses as ODF says. Left out: footnote and endnote
 * bodies and their citation numbers (notes are not running text), deleted tracked changes (kept in
 * {@code text:tracked-changes}), comments, generated indexes (a table of contents repeats the headings), ruby
 * annotations, image titles and descriptions, embedded binary data. Headers and footers live in styles.xml and
 * are not read.
 *
 * <p>Security: the zip read through {@link LimitedZip} under {@link ZipLimits}, its {@code mimetype} entry checked;
 * content.xml (or the flat file) parsed by {@link SafeXml} refusing any DOCTYPE.
 */
public final class OdtText {
    public static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    /** Text elements whose content is not running text. */
    private static final Set<String> SKIPPED_TEXT = Set.of("note", "tracked-changes", "ruby-text", "table-of-content",
            "alphabetical-index", "illustration-index", "table-index", "object-index", "user-index", "bibliography",
            "sequence-decls", "variable-decls", "user-field-decls", "dde-connection-decls");
    /** Office elements with no running text: comments, images, and (in a flat file) styles, headers, footers. */
    private static final Set<String> SKIPPED_OFFICE = Set.of("annotation", "binary-data", "forms", "meta",
            "settings", "scripts", "font-face-decls", "styles", "automatic-styles", "master-styles");
    private static final Pattern ODF_WHITESPACE = Pattern.compile("[ \\t\\r\\n]+");

    private final NestedParagraphs paragraphs;
    private SafeXml xml;

    private OdtText(int maxChars) {
        this.paragraphs = new NestedParagraphs(maxChars);
    }

    /**
     * @param file     the upload: a zipped ODT, or a flat FODT (XML)
     * @param limits   bounds on the zip's expansion
     * @param maxChars the most characters of text to extract
     * @throws DocumentTooLargeException   past a zip limit (a zip bomb) or {@code maxChars}
     * @throws UnreadableDocumentException not an OpenDocument text, malformed XML, or a DOCTYPE
     */
    public static String extract(Path file, ZipLimits limits, int maxChars) throws UnreadableDocumentException {
        var reader = new OdtText(maxChars);
        try {
            if (isZip(file)) {
                try (LimitedZip zip = LimitedZip.open(file, limits, ZipMessages.ODT)) {
                    checkMimetype(zip);
                    try (InputStream content = zip.read("content.xml")) {
                        if (content == null) {
                            throw new UnreadableDocumentException("The ODT file has no content.xml, so no text. Save"
                                    + " it again from LibreOffice as .odt.");
                        }
                        reader.read(content, "The ODT part content.xml");
                    }
                }
            } else {
                try (InputStream flat = Files.newInputStream(file)) {
                    reader.read(flat, "The flat OpenDocument file");
                }
            }
        } catch (ExpansionLimitException e) {
            throw new DocumentTooLargeException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reader.paragraphs.text();
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }

    private static void checkMimetype(LimitedZip zip) throws IOException, UnreadableDocumentException {
        String mimetype = null;
        try (InputStream in = zip.read("mimetype")) {
            if (in != null) {
                mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
            }
        }
        if (!MIMETYPE.equals(mimetype)) {
            throw new UnreadableDocumentException("The file is a zip archive but not an OpenDocument text: its"
                    + " mimetype is " + (mimetype == null ? "missing" : "\"" + mimetype + "\"") + ", not " + MIMETYPE
                    + ". Upload a text document (.odt) saved by LibreOffice, not a spreadsheet or presentation.");
        }
    }

    private void read(InputStream in, String what) throws IOException, UnreadableDocumentException {
        try (SafeXml parsed = SafeXml.open(in, SafeXml.Doctype.REFUSED, what)) {
            this.xml = parsed;
            XMLStreamReader reader = xml.reader();
            xml.root();
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> start(reader);
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (isText(reader) && ("p".equals(reader.getLocalName()) || "h".equals(reader.getLocalName()))) {
                            paragraphs.end();
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> characters(reader);
                    default -> {
                    }
                }
            }
        }
    }

    private void start(XMLStreamReader reader) throws UnreadableDocumentException {
        String name = reader.getLocalName();
        String namespace = reader.getNamespaceURI();
        if (OFFICE.equals(namespace) && SKIPPED_OFFICE.contains(name)
                || SVG.equals(namespace) && ("title".equals(name) || "desc".equals(name))) {
            xml.skipElement();
            return;
        }
        if (!TEXT.equals(namespace)) {
            return;
        }
        if (SKIPPED_TEXT.contains(name)) {
            xml.skipElement();
            return;
        }
        switch (name) {
            case "p", "h" -> paragraphs.start(); // nested in a frame: a paragraph of its own
            case "s" -> paragraphs.append(" ".repeat(spaceCount(reader)));
            case "tab" -> paragraphs.append("\t");
            case "line-break" -> paragraphs.append("\n");
            default -> {
            }
        }
    }

    private static int spaceCount(XMLStreamReader reader) {
        String count = reader.getAttributeValue(TEXT, "c");
        try {
            return count == null ? 1 : Math.max(1, Math.min(Integer.parseInt(count.strip()), 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** ODF collapses runs of whitespace in text to one space, also across spans, and drops it at a line start. */
    private void characters(XMLStreamReader reader) throws DocumentTooLargeException {
        StringBuilder paragraph = paragraphs.current();
        if (paragraph == null) {
            return;
        }
        String collapsed = ODF_WHITESPACE.matcher(reader.getText()).replaceAll(" ");
        boolean afterSpace = paragraph.isEmpty() || paragraph.charAt(paragraph.length() - 1) == ' '
                || paragraph.charAt(paragraph.length() - 1) == '\n';
        paragraphs.append(afterSpace && collapsed.startsWith(" ") ? collapsed.substring(1) : collapsed);
    }

    private static boolean isText(XMLStreamReader reader) {
        return TEXT.equals(reader.getNamespaceURI());
    }
}
