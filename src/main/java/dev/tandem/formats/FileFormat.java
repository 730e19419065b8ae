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
    XLIFF(true),
    /** Markdown (CommonMark with tables). */
    MARKDOWN(false),
    /** SubRip subtitles. */
    SRT(false),
    /** WebVTT subtitles. */
    WEBVTT(false),
    /** Pairs in two columns of delimited text (comma, semicolon or tab): both sides in one file. */
    CSV(true),
    /** Pairs in two columns of an Excel workbook's first sheet: both sides in one file. */
    XLSX(true);

    private final boolean bilingual;

    FileFormat(boolean bilingual) {
        this.bilingual = bilingual;
    }

    /** Whether one file holds both the original and its translation. */
    public boolean bilingual() {
        return bilingual;
    }
}
