// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.segment.LineBreaks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the line breaks of each side of a document were read when it was split into sentences, in words a translator
 * reads on the page and in the API's document summary. A side whose single line breaks were joined into sentences
 * gets a hint: if its lines were sentences or headings, importing it again with "one sentence per line" keeps them.
 *
 * @param source   the original's reading: {@code none} (no line break), {@code line-paragraphs} (each line is a
 *                 paragraph), {@code blank-lines} (blank lines separate paragraphs), {@code joined} (the same, and
 *                 single line breaks inside a paragraph were read as spaces), {@code sentence-lines} (one sentence
 *                 per line, as requested) or {@code units} (a bilingual file's units)
 * @param target   the translation's, likewise
 * @param sentence both readings in one sentence
 * @param hint     what to do when a side's line breaks were joined; null when none were
 */
public record LineBreakReading(
        @Schema(enumeration = {"none", "line-paragraphs", "blank-lines", "joined", "sentence-lines", "units"},
                description = "How the original's line breaks were read: none (no line break), line-paragraphs"
                        + " (each line a paragraph), blank-lines (blank lines separate paragraphs), joined (the same,"
                        + " and single line breaks inside a paragraph read as spaces), sentence-lines (one sentence"
                        + " per line, segmentation=lines) or units (a bilingual file's units)") String source,
        @Schema(enumeration = {"none", "line-paragraphs", "blank-lines", "joined", "sentence-lines", "units"},
                description = "The same for the translation") String target,
        @Schema(description = "Both readings in words, for a page") String sentence,
        @Schema(nullable = true, description = "When a side's line breaks were joined: how to import it with one"
                + " sentence per line instead") String hint) {

    /** The readings of two sides, each a code of {@link #codeOf}. */
    public static LineBreakReading of(String source, String target) {
        String sentence = source != null && source.equals(target) ? "Both sides: " + words(source) + "."
                : "Original: " + words(source) + ". Translation: " + words(target) + ".";
        String hint = null;
        if ("joined".equals(source) || "joined".equals(target)) {
            String sides = source.equals(target) ? "the lines of both sides are" : "joined".equals(source)
                    ? "the original's lines are" : "the translation's lines are";
            hint = "If " + sides + " sentences or headings (not text wrapped at a fixed width), import the document"
                    + " again with “one sentence per line, as given”, or separate them with blank lines.";
        }
        return new LineBreakReading(source, target, sentence, hint);
    }

    /** How a side's {@code text}, imported with {@code segmentation} (as stored on the document), was read. */
    public static String codeOf(String segmentation, String text) {
        return switch (segmentation) {
            case "lines" -> "sentence-lines";
            case "tmx", "xliff", "csv", "xlsx" -> "units";
            default -> switch (LineBreaks.of(text)) {
                case NONE -> "none";
                case LINE_PARAGRAPHS -> "line-paragraphs";
                case BLANK_LINES -> "blank-lines";
                case JOINED -> "joined";
            };
        };
    }

    /** Whether a side's single line breaks were joined, so that the hint applies. */
    public boolean joined() {
        return hint != null;
    }

    private static String words(String code) {
        return switch (code == null ? "" : code) {
            case "none" -> "one block of text, no line breaks";
            case "line-paragraphs" -> "each line is a paragraph (the text has no blank lines)";
            case "blank-lines" -> "blank lines separate paragraphs";
            case "joined" -> "blank lines separate paragraphs; single line breaks inside a paragraph were joined"
                    + " into sentences";
            case "sentence-lines" -> "each line is one sentence, as given";
            case "units" -> "each unit of the file is one sentence";
            default -> "not recorded";
        };
    }
}
