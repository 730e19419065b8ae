// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the parts of an Office Open XML package from its relationships: the main document part from
 * {@code _rels/.rels}, and the parts the main part refers to (footnotes, endnotes) from its own {@code .rels}.
 */
final class OfficeRelationships {
    static final String DEFAULT_PART = "word/document.xml";
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    private OfficeRelationships() {
    }

    /** The zip entry name of the main part; {@link #DEFAULT_PART} when the package does not say. */
    static String mainPart(ZipFile zip, ZipLimits limits, long[] inflated)
            throws IOException, UnreadableDocumentException {
        ZipEntry rels = zip.getEntry("_rels/.rels");
        if (rels == null) {
            return DEFAULT_PART;
        }
        try (InputStream in = DocxText.guarded(zip, rels, limits, inflated);
             SafeXml xml = SafeXml.open(in, SafeXml.Doctype.REFUSED, "The DOCX part _rels/.rels")) {
            xml.root();
            while (xml.nextChild()) {
                String type = xml.attribute("Type");
                String target = xml.attribute("Target");
                xml.skipElement();
                if (type != null && type.endsWith(OFFICE_DOCUMENT) && target != null) {
                    // Targets are relative to the package root, sometimes written with a leading slash.
                    return target.startsWith("/") ? target.substring(1) : target;
                }
            }
            return DEFAULT_PART;
        }
    }

    /**
     * The zip entry names of the parts that {@code mainPart} relates to with a relationship type ending in
     * {@code typeSuffix} (e.g. {@code /footnotes}), in the order of the relationships; none when it has no
     * relationships part.
     */
    static List<String> relatedParts(ZipFile zip, String mainPart, String typeSuffix, ZipLimits limits,
                                     long[] inflated) throws IOException, UnreadableDocumentException {
        int slash = mainPart.lastIndexOf('/');
        String folder = mainPart.substring(0, slash + 1);
        String relsName = folder + "_rels/" + mainPart.substring(slash + 1) + ".rels";
        ZipEntry rels = zip.getEntry(relsName);
        List<String> parts = new ArrayList<>();
        if (rels == null) {
            return parts;
        }
        try (InputStream in = DocxText.guarded(zip, rels, limits, inflated);
             SafeXml xml = SafeXml.open(in, SafeXml.Doctype.REFUSED, "The DOCX part " + relsName)) {
            xml.root();
            while (xml.nextChild()) {
                String type = xml.attribute("Type");
                String target = xml.attribute("Target");
                String mode = xml.attribute("TargetMode");
                xml.skipElement();
                if (type != null && type.endsWith(typeSuffix) && target != null && !"External".equals(mode)) {
                    // relative to the main part's folder, or to the package root with a leading slash
                    parts.add(target.startsWith("/") ? target.substring(1) : folder + target);
                }
            }
        }
        return parts;
    }
}
