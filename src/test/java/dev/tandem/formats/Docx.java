// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small DOCX files (and hostile zips) in memory, for tests. */
public final class Docx {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"%s\"/></Relationships>";

    private Docx() {
    }

    /** A DOCX whose body holds {@code bodyXml} (w: prefix bound), e.g. {@code <w:p><w:r><w:t>Hi</w:t></w:r></w:p>}. */
    public static byte[] of(String bodyXml) {
        return withDocument("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + document(bodyXml));
    }

    public static String document(String bodyXml) {
        return "<w:document xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<w:body>" + bodyXml + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
    }

    /** One paragraph per argument. */
    public static byte[] paragraphs(String... texts) {
        StringBuilder body = new StringBuilder();
        for (String text : texts) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(text).append("</w:t></w:r></w:p>");
        }
        return of(body.toString());
    }

    /** A DOCX whose word/document.xml is exactly {@code documentXml}. */
    public static byte[] withDocument(String documentXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", RELS.formatted("word/document.xml").getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    public static byte[] zip(Map<String, byte[]> parts) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A zip bomb: a DOCX whose word/document.xml is a start tag followed by {@code size} spaces (as compressible
     * as zeros, and legal XML, so the parser reads on), streamed through the deflater (about 1 MB per GB).
     */
    public static byte[] bomb(long size) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            // Whitespace between elements: legal, and not text, so only the expansion limits can stop it.
            zip.write(("<w:document xmlns:w=\"" + W + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (long written = 0; written < size; written += block.length) {
                zip.write(block, 0, (int) Math.min(block.length, size - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The same zip with every central-directory entry claiming {@code size} uncompressed bytes: a bomb that lies
     * about its size, so only counting while inflating can catch it.
     */
    public static byte[] lyingAboutSizes(byte[] zip, int size) {
        byte[] copy = zip.clone();
        for (int i = 0; i + 46 <= copy.length; i++) {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2) {
                for (int b = 0; b < 4; b++) {
                    copy[i + 24 + b] = (byte) (size >>> (8 * b)); // uncompressed size, little-endian
                }
            }
        }
        return copy;
    }
}
