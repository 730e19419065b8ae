// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pairs of a two-column file (CSV, TSV or the first sheet of an XLSX workbook): the first column is the source,
 * the second its translation, one pair per row. Cells are stripped of surrounding blanks. Columns after the second
 * (notes, statuses) are ignored. Blank rows are left out; a row with one side empty (a sentence not translated yet,
 * a translator's addition) is kept, with that side empty, and counted: dropping it would lose its text. The
 * first row is a header, and left out, when both its cells name a side: {@code source}, {@code target},
 * {@code original}, {@code translation} (and {@code source text}, {@code target language}, …), one of the project's
 * two language tags ({@code de}, {@code en-US} for {@code en}) or one of their names in English or in the language
 * itself ({@code German}, {@code Deutsch}).
 *
 * <p>Tandem's own exports come back as they left: a first row that is the header of Tandem's XLSX export
 * ({@code Pair, Source, Target, Status, Confidence, Flags}, a project export's with {@code Document} first; any case,
 * also saved as CSV) takes the Source and Target columns and the Status column, where only {@code CONFIRMED} is
 * reviewed; a project export whose Document column names more than one document is refused, since one upload makes
 * one document. Tandem's TSV export ({@code Source<TAB>Target}, then one unquoted line per pair with tab, line break,
 * carriage return and backslash written {@code \t \n \r \\}) is read line by line with those escapes decoded
 * ({@link TandemTsv}).
 *
 * @param rows         the pairs, in file order, one-sided ones among them
 * @param oneSidedRows rows with text on one side only
 * @param header       whether a header row was left out
 */
public record ColumnPairs(List<Row> rows, int oneSidedRows, boolean header) {
    /**
     * A pair and the line (CSV) or row (XLSX) it came from, 1-based; one of its sides may be empty, not both.
     * {@code unreviewed}: the file says no reviewer confirmed it (the Status column of Tandem's export);
     * {@code rejected}: it says a reviewer rejected it (Status REJECTED there).
     */
    public record Row(int line, String source, String target, boolean unreviewed, boolean rejected) {
        public Row(int line, String source, String target) {
            this(line, source, target, false, false);
        }

        public Row(int line, String source, String target, boolean unreviewed) {
            this(line, source, target, unreviewed, false);
        }

        /** Whether one side is empty: a sentence without its partner. */
        public boolean oneSided() {
            return source.isEmpty() || target.isEmpty();
        }
    }

    private static final Set<String> SIDE_WORDS = Set.of("source", "target", "original", "translation",
            "source text", "target text", "source language", "target language", "src", "tgt");
    /** Separators tried on a CSV file, in order of preference when they split it equally well. */
    private static final char[] SEPARATORS = {'\t', ';', ','};
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})+");
    /** Records a separator is judged on. */
    private static final int SAMPLE_RECORDS = 50;

    public ColumnPairs {
        rows = List.copyOf(rows);
    }

    /**
     * The pairs of a CSV or TSV file, its separator (tab, semicolon or comma) found from its first records: the one
     * that splits most of them into two or more fields (with no text after a closing quote), then into exactly two.
     *
     * @throws DocumentTooLargeException   for more than {@code maxRows} pairs or a cell over {@code maxCellChars}
     * @throws UnreadableDocumentException naming the line, for a quoted field never closed; or for a file with no
     *                                     row holding text in both columns
     */
    public static ColumnPairs fromCsv(String text, String sourceLanguage, String targetLanguage, int maxRows,
                                      int maxCellChars) throws UnreadableDocumentException {
        var collector = new Collector("CSV", sourceLanguage, targetLanguage, maxRows, maxCellChars);
        List<List<String>> tandem = TandemTsv.lines(text);
        if (tandem != null) {
            for (int i = 0; i < tandem.size(); i++) {
                collector.add(i + 1, tandem.get(i));
            }
            return collector.finish();
        }
        var records = new CsvRecords(text, separatorOf(text), "The CSV file");
        while (records.more()) {
            CsvRecords.Record record = records.next();
            collector.add(record.line(), record.fields());
        }
        return collector.finish();
    }

    private static char separatorOf(String text) {
        char best = ',';
        int bestSplit = -1;
        int bestTwo = -1;
        for (char separator : SEPARATORS) {
            int split = 0;
            int two = 0;
            var records = new CsvRecords(text, separator, "");
            try {
                for (int i = 0; i < SAMPLE_RECORDS && records.more(); i++) {
                    CsvRecords.Record record = records.next();
                    int fields = record.regular() ? record.fields().size() : 0;
                    split += fields >= 2 ? 1 : 0;
                    two += fields == 2 ? 1 : 0;
                }
            } catch (UnreadableDocumentException e) {
                // an open quote reads the same with any separator; the real reading reports it
            }
            if (split > bestSplit || split == bestSplit && two > bestTwo) {
                best = separator;
                bestSplit = split;
                bestTwo = two;
            }
        }
        return best;
    }

    /** Gathers the rows of a file one by one; {@link #finish} judges the whole. */
    public static final class Collector {
        private final String kind;
        private final Set<String> headerWords;
        private final int maxRows;
        private final int maxCellChars;
        private final List<Row> rows = new ArrayList<>();
        private int oneSided;
        private boolean first = true;
        private boolean header;
        /** The columns of Tandem's export, once its header row is seen; null for other files. */
        private ExportColumns columns;
        private String document;

        /** @param kind how messages name the file: "CSV" or "XLSX" */
        public Collector(String kind, String sourceLanguage, String targetLanguage, int maxRows, int maxCellChars) {
            this.kind = kind;
            this.headerWords = headerWords(sourceLanguage, targetLanguage);
            this.maxRows = maxRows;
            this.maxCellChars = maxCellChars;
        }

        /**
         * Adds the row at {@code line} (1-based) with its cells, first column first (at least the first
         * {@link ExportColumns#MAX_WIDTH}, for Tandem's export to be told).
         *
         * @throws UnreadableDocumentException for a project export's row of a second document
         */
        public void add(int line, List<String> cells) throws UnreadableDocumentException {
            if (first && columns == null && (columns = ExportColumns.of(cells)) != null) {
                first = false;
                header = true;
                return;
            }
            int checked = columns != null ? Math.min(cells.size(), columns.status() + 1) : kind.equals("CSV")
                    ? cells.size() : Math.min(cells.size(), 2);
            for (String cell : cells.subList(0, checked)) {
                if (cell.length() > maxCellChars) {
                    throw new DocumentTooLargeException("The " + kind + " file's " + (kind.equals("CSV") ? "line "
                            : "row ") + line + " has a cell of " + cell.length() + " characters; the limit is "
                            + maxCellChars + " (tandem.import.max-chars).");
                }
            }
            String source = cell(cells, columns == null ? 0 : columns.source());
            String target = cell(cells, columns == null ? 1 : columns.target());
            if (source.isEmpty() && target.isEmpty()) {
                return;
            }
            boolean unreviewed = columns != null && !columns.confirmed(cells);
            boolean rejected = columns != null && columns.rejected(cells);
            if (columns != null && columns.document() >= 0) {
                oneDocument(cell(cells, columns.document()));
            }
            boolean firstRow = first;
            first = false;
            if (firstRow && namesASide(source) && namesASide(target)) {
                header = true;
            } else if (rows.size() == maxRows) {
                throw new DocumentTooLargeException("The " + kind + " file has more than " + maxRows + " pairs"
                        + " (tandem.import.max-sentences). Split it into parts.");
            } else {
                Row row = new Row(line, source, target, unreviewed, rejected);
                oneSided += row.oneSided() ? 1 : 0;
                rows.add(row);
            }
        }

        private static String cell(List<String> cells, int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }

        private void oneDocument(String title) throws UnreadableDocumentException {
            if (document == null) {
                document = title;
            } else if (!document.equals(title)) {
                throw new UnreadableDocumentException("This is Tandem's export of a whole project: its Document column"
                        + " names more than one document (\"" + document + "\", \"" + title + "\"), and one upload"
                        + " makes one document. Export each document on its own (the export on the document's page,"
                        + " or GET /api/documents/{id}/export?format=xlsx) and upload those files one by one.");
            }
        }

        /** @throws UnreadableDocumentException when no row has text in both columns */
        public ColumnPairs finish() throws UnreadableDocumentException {
            if (rows.size() == oneSided) {
                throw new UnreadableDocumentException("The " + kind + " file has no row with text in both of its"
                        + " first two columns" + (oneSided > 0 ? " (" + oneSided + " with one side empty)" : "")
                        + ": put the original in the first column and its translation in the second"
                        + (kind.equals("CSV") ? ", separated by a comma, a semicolon or a tab." : "."));
            }
            return new ColumnPairs(rows, oneSided, header);
        }

        private boolean namesASide(String cell) {
            String word = normal(cell);
            // a language tag with a region or script: en-US for a project in en
            return headerWords.contains(word) || LANGUAGE_TAG.matcher(word).matches()
                    && headerWords.contains(word.substring(0, word.indexOf('-')));
        }

        private static Set<String> headerWords(String sourceLanguage, String targetLanguage) {
            var words = new HashSet<>(SIDE_WORDS);
            for (String tag : List.of(sourceLanguage, targetLanguage)) {
                Locale locale = Locale.forLanguageTag(tag);
                words.add(normal(tag));
                words.add(normal(locale.getLanguage()));
                words.add(normal(locale.getDisplayLanguage(Locale.ENGLISH)));
                words.add(normal(locale.getDisplayLanguage(locale)));
                words.add(normal(locale.getDisplayName(Locale.ENGLISH)));
            }
            words.remove("");
            return words;
        }

        /** Lower case, {@code _} as {@code -}, a trailing colon dropped: {@code "Source:"}, {@code "en_US"}. */
        private static String normal(String cell) {
            String word = cell.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            return word.endsWith(":") ? word.substring(0, word.length() - 1).strip() : word;
        }
    }
}
