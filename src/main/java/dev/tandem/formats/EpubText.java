// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * The text of an EPUB 2 or 3 e-book: META-INF/container.xml names the package (OPF) file, whose spine lists the
 * chapters in reading order; each chapter's XHTML is read by {@link HtmlText} and the chapters are separated by
 * blank lines. Spine items marked {@code linear="no"} (notes, tables of contents shown on demand) and items that
 * are not XHTML are skipped. A chapter path that leaves the archive's root or names a missing entry is refused.
 *
 * <p>Security: the zip is read through {@link LimitedZip} under {@link ZipLimits}; container.xml and the OPF are
 * parsed by {@link SafeXml} (a DOCTYPE with entity declarations refused, nothing external loaded); jsoup loads
 * nothing external either.
 */
public final class EpubText {
    public static final String MIMETYPE = "application/epub+zip";
    private static final String CONTAINER = "META-INF/container.xml";
    private static final Set<String> CHAPTER_TYPES = Set.of("application/xhtml+xml", "text/html");

    private EpubText() {
    }

    /** A manifest item: its path in the zip (already resolved) and its media type. */
    private record Item(String path, String mediaType) {
    }

    /**
     * @param file     the uploaded file
     * @param limits   bounds on the zip's expansion
     * @param language what the book's language is written with, to judge a detected charset
     * @param maxChars the most characters of text to extract
     * @throws DocumentTooLargeException   past a zip limit or {@code maxChars}
     * @throws UnreadableDocumentException not an EPUB, a malformed or hostile container or package file, a chapter
     *                                     missing or outside the archive
     */
    public static String extract(Path file, ZipLimits limits, LanguageCharacters language, int maxChars)
            throws UnreadableDocumentException {
        try (LimitedZip zip = LimitedZip.open(file, limits, ZipMessages.EPUB)) {
            String opf = packagePath(zip);
            StringBuilder text = new StringBuilder();
            for (Item chapter : spine(zip, opf)) {
                byte[] xhtml;
                try (InputStream in = zip.read(chapter.path())) {
                    if (in == null) {
                        throw new UnreadableDocumentException("The EPUB's reading order names " + chapter.path()
                                + ", which the file does not contain. Export the book again from its application.");
                    }
                    xhtml = in.readAllBytes();
                }
                String chapterText = chapterText(chapter, xhtml, language, maxChars - text.length(), maxChars);
                if (!chapterText.isEmpty()) {
                    if (!text.isEmpty()) {
                        text.append("\n\n");
                    }
                    text.append(chapterText);
                }
                if (text.length() > maxChars) {
                    throw tooMuchText(maxChars);
                }
            }
            return text.toString();
        } catch (ExpansionLimitException e) {
            throw new DocumentTooLargeException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String chapterText(Item chapter, byte[] xhtml, LanguageCharacters language, int remaining,
                                      int maxChars) throws UnreadableDocumentException {
        try {
            return HtmlText.extract(xhtml, null, language, Math.max(remaining, 0));
        } catch (DocumentTooLargeException e) {
            throw tooMuchText(maxChars);
        } catch (UnreadableDocumentException e) {
            throw new UnreadableDocumentException("The EPUB chapter " + chapter.path() + ": " + e.getMessage(), e);
        }
    }

    private static DocumentTooLargeException tooMuchText(int maxChars) {
        return new DocumentTooLargeException("The book has more than " + maxChars + " characters of text"
                + " (tandem.import.max-chars). Split it into parts and upload them one by one.");
    }

    /** The OPF file's path, from the first rootfile of container.xml. */
    private static String packagePath(LimitedZip zip) throws IOException, UnreadableDocumentException {
        try (InputStream in = zip.read(CONTAINER)) {
            if (in == null) {
                throw new UnreadableDocumentException("The file is a zip archive but not an EPUB: it has no "
                        + CONTAINER + ". Export the book again as EPUB.");
            }
            try (SafeXml xml = SafeXml.open(in, SafeXml.Doctype.EXTERNAL_ONLY, "The EPUB's " + CONTAINER)) {
                xml.root();
                for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                    if (event == XMLStreamConstants.START_ELEMENT && "rootfile".equals(xml.reader().getLocalName())
                            && xml.attribute("full-path") != null) {
                        return resolve("", xml.attribute("full-path"), CONTAINER);
                    }
                }
            }
        }
        throw new UnreadableDocumentException("The EPUB's " + CONTAINER + " names no package file (<rootfile"
                + " full-path=\"…\">). Export the book again as EPUB.");
    }

    /** The spine's chapters in reading order, their paths resolved against the OPF file's folder. */
    private static List<Item> spine(LimitedZip zip, String opf) throws IOException, UnreadableDocumentException {
        String folder = opf.substring(0, opf.lastIndexOf('/') + 1);
        Map<String, Item> manifest = new HashMap<>();
        List<String> order = new ArrayList<>();
        try (InputStream in = zip.read(opf)) {
            if (in == null) {
                throw new UnreadableDocumentException("The EPUB's " + CONTAINER + " names the package file " + opf
                        + ", which the file does not contain. Export the book again as EPUB.");
            }
            try (SafeXml xml = SafeXml.open(in, SafeXml.Doctype.EXTERNAL_ONLY, "The EPUB package file " + opf)) {
                xml.root();
                for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.reader().getLocalName();
                    if ("item".equals(name) && xml.attribute("id") != null && xml.attribute("href") != null) {
                        String type = xml.attribute("media-type");
                        manifest.put(xml.attribute("id"), new Item(xml.attribute("href"), type == null ? "" : type));
                    } else if ("itemref".equals(name) && xml.attribute("idref") != null
                            && !"no".equals(xml.attribute("linear"))) {
                        order.add(xml.attribute("idref"));
                    }
                }
            }
        }
        List<Item> chapters = new ArrayList<>();
        for (String id : order) {
            Item item = manifest.get(id);
            if (item == null) {
                throw new UnreadableDocumentException("The EPUB's reading order (spine) names the item \"" + id
                        + "\", which its manifest does not list. Export the book again as EPUB.");
            }
            if (CHAPTER_TYPES.contains(item.mediaType())) {
                chapters.add(new Item(resolve(folder, item.path(), opf), item.mediaType()));
            }
        }
        if (chapters.isEmpty()) {
            throw new UnreadableDocumentException("The EPUB has no chapters in its reading order (spine). Export the"
                    + " book again as EPUB.");
        }
        return chapters;
    }

    /** {@code href} (a relative URL) against {@code folder}, as a zip entry name; refused if it leaves the zip. */
    static String resolve(String folder, String href, String source) throws UnreadableDocumentException {
        try {
            URI base = new URI("zip", null, "/" + folder, null);
            URI resolved = base.resolve(new URI(href.strip())).normalize();
            String path = resolved.getPath();
            if (resolved.getScheme() != null && !"zip".equals(resolved.getScheme()) || resolved.getAuthority() != null
                    || path == null || !path.startsWith("/") || path.startsWith("/..") || path.contains("/../")) {
                throw outside(href, source);
            }
            return path.substring(1);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UnreadableDocumentException("The EPUB's " + source + " links to \"" + href + "\", which is not"
                    + " a valid relative address. Export the book again as EPUB.", e);
        }
    }

    private static UnreadableDocumentException outside(String href, String source) {
        return new UnreadableDocumentException("The EPUB's " + source + " links to \"" + href + "\", outside the"
                + " book's own files. Tandem reads only the files inside the EPUB; export the book again as EPUB.");
    }
}
