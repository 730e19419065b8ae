// SPDX-License-Identifier: Apache-2.0
/**
 * Turning uploaded bytes into text, and judging whether it is what it claims to be. Pure: imports only
 * {@code java.*}, {@code com.ibm.icu.*}, {@code org.jsoup.*}, {@code com.optimaize.langdetect.*},
 * {@code org.commonmark.*} (Markdown), {@code org.apache.poi.*} (XLSX), {@code org.apache.pdfbox.*} (PDF) and other
 * core packages.
 *
 * <p>{@link dev.tandem.formats.TextDecoder} decodes strictly and never guesses silently: the result says which
 * charset was used and whether it was declared or found from the bytes. {@link dev.tandem.formats.FormatSniffer}
 * tells the format of an upload; {@link dev.tandem.formats.HtmlText} and {@link dev.tandem.formats.DocxText} extract
 * the text of a page or Word document, {@link dev.tandem.formats.OdtText}, {@link dev.tandem.formats.EpubText} and
 * {@link dev.tandem.formats.PdfText} that of an OpenDocument text, e-book or PDF,
 * {@link dev.tandem.formats.MarkdownText} and
 * {@link dev.tandem.formats.SubtitleText} that of Markdown and subtitles; {@link dev.tandem.formats.XliffReader} reads
 * a bilingual XLIFF file, {@link dev.tandem.formats.ColumnPairs} and {@link dev.tandem.formats.XlsxPairs} the pairs
 * in two columns of a CSV file or a workbook. XML, TMX
 * included, is read by {@link dev.tandem.formats.SafeXml} (no DTDs, no external entities), its text cleaned by
 * {@link dev.tandem.formats.XmlText} and its {@code xml:lang} values matched by
 * {@link dev.tandem.formats.LanguageMatcher}, and zip archives under
 * {@link dev.tandem.formats.ZipLimits}. {@link dev.tandem.formats.LanguageCheck} tells whether a text can be in a
 * language (scripts, and n-gram profiles for languages of one script); {@link dev.tandem.formats.LanguageCharacters}
 * says what a language is written with, which also judges detected charsets; {@link dev.tandem.formats.LanguageTags}
 * checks and normalises BCP 47 language tags.
 */
package dev.tandem.formats;
