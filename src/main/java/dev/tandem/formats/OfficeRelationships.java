// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Finds the main document part of an Office Open XML package from its {@code _rels/.rels}. */
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
}
