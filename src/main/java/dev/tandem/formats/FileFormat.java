// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/** The import formats Tandem reads. */
public enum FileFormat {
    TEXT(false),
    HTML(false),
    DOCX(false),
    /** An OpenDocument text, zipped (.odt) or flat (.fodt). */
    ODT(false),
    /** An e-book, EPUB 2 or 3. */
    EPUB(false),
    /** A PDF with a text layer. */
    PDF(false),
    /** A translation memory: both sides in one file. */
    TMX(true),
    /** An XLIFF 1.2 or 2.0 file: both sides in one file. */
    XLIFF(true);

    private final boolean bilingual;

    FileFormat(boolean bilingual) {
        this.bilingual = bilingual;
    }

    /** Whether one file holds both the original and its translation. */
    public boolean bilingual() {
        return bilingual;
    }
}
