// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The manifest of a batch upload: CSV (RFC 4180: fields separated by commas, a field with a comma, a quote or a line
 * break in double quotes, a quote inside doubled) with the columns {@code source,target,title}, one pair per line.
 * {@code source} and {@code target} are entry names of the zip ({@code zh/report.txt}); {@code title} may be empty or
 * missing (then the original's file name without extension). A first line reading {@code source,target…} is a
 * header and skipped; blank lines are skipped. A byte order mark at the start is dropped.
 */
public final class BatchManifest {
    /** Most lines a manifest may have: more than any zip Tandem reads holds pairs. */
    public static final int MAX_LINES = 10_000;

    /** One pair of the manifest, with its line number (1-based, as an editor shows it). */
    public record Line(int number, String source, String target, String title) {
    }

    private final List<Line> lines;

    private BatchManifest(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    /**
     * @param text the manifest, decoded
     * @throws UnreadableDocumentException naming the line, for a quote left open, a line of other than two or three
     *                                     fields, or an empty source or target
     */
    public static BatchManifest parse(String text) throws UnreadableDocumentException {
        List<Line> lines = new ArrayList<>();
        var reader = new CsvRecords(text, ',', "The manifest");
        boolean first = true;
        while (reader.more()) {
            CsvRecords.Record record = reader.next();
            if (record.blank()) {
                continue;
            }
            int number = record.line();
            List<String> fields = record.fields();
            boolean header = first && isHeader(fields);
            first = false;
            if (header) {
                continue;
            }
            if (fields.size() < 2 || fields.size() > 3) {
                throw new UnreadableDocumentException("The manifest's line " + number + " has " + fields.size()
                        + " field" + (fields.size() == 1 ? "" : "s") + "; each line is source,target or"
                        + " source,target,title (a field holding a comma goes in double quotes).");
            }
            String source = fields.get(0).strip();
            String target = fields.get(1).strip();
            if (source.isEmpty() || target.isEmpty()) {
                throw new UnreadableDocumentException("The manifest's line " + number + " has no " + (source.isEmpty()
                        ? "source" : "target") + ": name both files of the pair as they are in the zip.");
            }
            if (lines.size() == MAX_LINES) {
                throw new UnreadableDocumentException("The manifest has more than " + MAX_LINES + " pairs.");
            }
            lines.add(new Line(number, source, target, fields.size() == 3 ? fields.get(2) : ""));
        }
        if (lines.isEmpty()) {
            throw new UnreadableDocumentException("The manifest lists no pair: write one line source,target,title"
                    + " per pair.");
        }
        return new BatchManifest(lines);
    }

    private static boolean isHeader(List<String> fields) {
        return fields.size() >= 2 && fields.get(0).strip().toLowerCase(Locale.ROOT).equals("source")
                && fields.get(1).strip().toLowerCase(Locale.ROOT).equals("target");
    }
}
