// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * Tandem's TSV export read back: a header line {@code Source<TAB>Target}, then one line per pair, the two sides
 * separated by the line's only tab, never quoted, with tab, line break, carriage return and backslash written
 * {@code \t}, {@code \n}, {@code \r}, {@code \\}. A file that breaks any of these rules (a line with no tab or two, a
 * carriage return, a backslash before any other character) is not Tandem's: it is left to the CSV reading, which
 * decodes nothing.
 */
final class TandemTsv {
    static final String HEADER = ExportHeaders.TSV;

    private TandemTsv() {
    }

    /** The rows of the file, header first, each its two cells decoded; null when it is not Tandem's TSV. */
    static List<List<String>> lines(String text) {
        String tsv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!tsv.startsWith(HEADER + "\n")) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int start = 0; start < tsv.length(); ) {
            int end = tsv.indexOf('\n', start);
            end = end < 0 ? tsv.length() : end;
            String line = tsv.substring(start, end);
            int tab = line.indexOf('\t');
            if (line.isEmpty()) {
                rows.add(List.of("", ""));
            } else if (tab < 0 || line.indexOf('\t', tab + 1) >= 0 || line.indexOf('\r') >= 0) {
                return null;
            } else {
                String source = unescape(line.substring(0, tab));
                String target = unescape(line.substring(tab + 1));
                if (source == null || target == null) {
                    return null;
                }
                rows.add(List.of(source, target));
            }
            start = end + 1;
        }
        return rows;
    }

    /** The cell with its escapes decoded, or null for a backslash that starts none. */
    private static String unescape(String cell) {
        if (cell.indexOf('\\') < 0) {
            return cell;
        }
        var out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == cell.length()) {
                return null;
            }
            switch (cell.charAt(i)) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> {
                    return null;
                }
            }
        }
        return out.toString();
    }
}
