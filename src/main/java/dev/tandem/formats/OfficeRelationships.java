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
        List<String> targets = targets(zip, "_rels/.rels", OFFICE_DOCUMENT, limits, inflated);
        // Targets are relative to the package root, sometimes written with a leading slash.
        return targets.isEmpty() ? DEFAULT_PART : rooted(targets.get(0), "");
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
        // relative to the main part's folder, or to the package root with a leading slash
        return targets(zip, relsName, typeSuffix, limits, inflated).stream().map(t -> rooted(t, folder)).toList();
    }

    private static String rooted(String target, String folder) {
        return target.startsWith("/") ? target.substring(1) : folder + target;
    }

    /** The targets, as written, of the internal relationships in {@code relsName} whose type ends in the suffix. */
    private static List<String> targets(ZipFile zip, String relsName, String typeSuffix, ZipLimits limits,
                                        long[] inflated) throws IOException, UnreadableDocumentException {
        ZipEntry rels = zip.getEntry(relsName);
        List<String> targets = new ArrayList<>();
        if (rels == null) {
            return targets;
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
                    targets.add(target);
                }
            }
        }
        return targets;
    }
}
