// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.List;

/**
 * The header rows Tandem's exports start with, in one place for the writers and for the readers that recognise an
 * export sent back: a renamed column would otherwise stop round trips without a word.
 */
public final class ExportHeaders {
    /** The spreadsheet export's columns (XLSX, or it saved as CSV). */
    public static final List<String> SPREADSHEET = List.of("Pair", "Source", "Target", "Status", "Confidence", "Flags");
    /** The column a project's spreadsheet export has before {@link #SPREADSHEET}. */
    public static final String DOCUMENT = "Document";
    /** The TSV export's first line, without its line break. */
    public static final String TSV = "Source\tTarget";

    private ExportHeaders() {
    }
}
