// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.List;
import java.util.Locale;

/**
 * Where the sides and the status are in Tandem's own spreadsheet export (the XLSX export, or it saved as CSV), told by
 * its header row: {@code Pair, Source, Target, Status, Confidence, Flags}, with {@code Document} first in a project
 * export. Any other header leaves a file to the two-column reading.
 *
 * @param document the Document column, or -1 for a document's export
 * @param source   the Source column
 * @param target   the Target column
 * @param status   the Status column, the last one read (Confidence and Flags are not)
 */
record ExportColumns(int document, int source, int target, int status) {
    private static final List<String> HEADER = lowerCase(ExportHeaders.SPREADSHEET);
    /** The most columns an export has. */
    static final int MAX_WIDTH = HEADER.size() + 1;

    /** The layout of a header row of Tandem's export, or null when {@code cells} are anything else. */
    static ExportColumns of(List<String> cells) {
        List<String> names = lowerCase(cells);
        int last = names.size();
        while (last > 0 && names.get(last - 1).isEmpty()) {
            last--;
        }
        names = names.subList(0, last);
        if (names.equals(HEADER)) {
            return new ExportColumns(-1, 1, 2, 3);
        }
        if (names.size() == MAX_WIDTH && names.get(0).equals(ExportHeaders.DOCUMENT.toLowerCase(Locale.ROOT))
                && names.subList(1, MAX_WIDTH).equals(HEADER)) {
            return new ExportColumns(0, 2, 3, 4);
        }
        return null;
    }

    /** Whether the row's Status says a reviewer confirmed the pair; AUTO, REJECTED, blank or else: not. */
    boolean confirmed(List<String> cells) {
        return hasStatus(cells, "CONFIRMED");
    }

    /** Whether the row's Status says a reviewer rejected the pair. */
    boolean rejected(List<String> cells) {
        return hasStatus(cells, "REJECTED");
    }

    private boolean hasStatus(List<String> cells, String name) {
        return status < cells.size() && cells.get(status).strip().equalsIgnoreCase(name);
    }

    private static List<String> lowerCase(List<String> cells) {
        return cells.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
