// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small ODT and EPUB files (and hostile ones) in memory, and reads the LibreOffice-made fixtures, for tests. */
public final class OpenDocuments {
    public static final String ODT_NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    private OpenDocuments() {
    }

    /** A fixture made by src/test/resources/formats/make-fixtures.sh. */
    public static byte[] fixture(String name) {
        try (InputStream in = OpenDocuments.class.getResourceAsStream("/formats/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** content.xml around {@code bodyXml}, the content of office:text. */
    public static String content(String bodyXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ODT_NAMESPACES
                + " office:version=\"1.3\"><office:body><office:text>" + bodyXml
                + "</office:text></office:body></office:document-content>";
    }

    /** An ODT whose content.xml is {@code contentXml}. */
    public static byte[] odt(String contentXml) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("content.xml", contentXml.getBytes(StandardCharsets.UTF_8));
        return zip(OdtText.MIMETYPE, entries);
    }

    /** A zip whose first entry is the stored {@code mimetype}, as ODF and EPUB require. */
    public static byte[] zip(String mimetype, Map<String, byte[]> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(type.length);
                CRC32 crc = new CRC32();
                crc.update(type);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(type);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An ODT zip bomb: content.xml is a start tag then {@code size} spaces (legal XML, so the parser reads on). */
    public static byte[] odtBomb(long size) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            byte[] type = OdtText.MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<office:document-content " + ODT_NAMESPACES + "><office:body>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) ' ');
            for (long written = 0; written < size; written += block.length) {
                zip.write(block, 0, (int) Math.min(block.length, size - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** container.xml naming {@code opfPath}. */
    public static String container(String opfPath) {
        return "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                + "<rootfiles><rootfile full-path=\"" + opfPath + "\" media-type=\"application/oebps-package+xml\"/>"
                + "</rootfiles></container>";
    }

    /** An OPF package file with {@code manifestXml} (item elements) and {@code spineXml} (itemref elements). */
    public static String opf(String manifestXml, String spineXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\""
                + " unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:identifier id=\"id\">test</dc:identifier><dc:title>Test</dc:title><dc:language>en</dc:language>"
                + "</metadata><manifest>" + manifestXml + "</manifest><spine>" + spineXml + "</spine></package>";
    }

    /** An XHTML chapter with one paragraph per argument. */
    public static byte[] chapter(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<p>").append(paragraph).append("</p>");
        }
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>Chapter</title></head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** An EPUB of the given entries besides mimetype (container.xml included by the caller). */
    public static byte[] epub(Map<String, byte[]> entries) {
        return zip(EpubText.MIMETYPE, entries);
    }

    /**
     * An EPUB of three chapters whose spine order (two, three, one) differs from its manifest order, with a
     * navigation document marked {@code linear="no"}.
     */
    public static byte[] epubInSpineOrder() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", utf8(container("OPS/book.opf")));
        entries.put("OPS/book.opf", utf8(opf(
                "<item id=\"c1\" href=\"text/one.xhtml\" media-type=\"application/xhtml+xml\"/>"
                        + "<item id=\"c2\" href=\"text/two%20b.xhtml\" media-type=\"application/xhtml+xml\"/>"
                        + "<item id=\"c3\" href=\"../OPS/text/three.xhtml\" media-type=\"application/xhtml+xml\"/>"
                        + "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
                        + "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>",
                "<itemref idref=\"nav\" linear=\"no\"/><itemref idref=\"c2\"/><itemref idref=\"c3\"/>"
                        + "<itemref idref=\"c1\"/>")));
        entries.put("OPS/nav.xhtml", chapter("Contents", "Chapter one"));
        entries.put("OPS/text/one.xhtml", chapter("The third chapter comes last."));
        entries.put("OPS/text/two b.xhtml", chapter("The first chapter comes first.", "It has two paragraphs."));
        entries.put("OPS/text/three.xhtml", chapter("The second chapter comes second."));
        entries.put("OPS/style.css", utf8("p { margin: 0 }"));
        return epub(entries);
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
