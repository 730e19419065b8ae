// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.XmlText;

/**
 * How an export is written: its format, which pairs, and the TMX options CAT tools look at.
 *
 * @param units          what one TMX unit holds
 * @param originalFormat the TMX header's {@code o-tmf} (the format the memory came from); {@code Tandem} unless set
 */
public record ExportOptions(ExportFormat format, ExportSelection selection, ExportUnits units,
                            String originalFormat) {
    public static final String DEFAULT_ORIGINAL_FORMAT = "Tandem";
    private static final int MAX_ORIGINAL_FORMAT = 100;

    /**
     * Parses the query parameters of an export; {@code o-tmf} applies to TMX only, {@code units=sentence} to every format.
     *
     * @throws InvalidInputException if a value is unknown, or {@code o-tmf} comes with another format
     */
    public static ExportOptions parse(String format, String status, String units, String originalFormat) {
        ExportFormat parsedFormat = ExportFormat.parse(format);
        ExportSelection selection = ExportSelection.parse(status);
        ExportUnits parsedUnits = ExportUnits.parse(units);
        if (selection == ExportSelection.WITH_REJECTED
                && (parsedFormat == ExportFormat.TSV || parsedFormat == ExportFormat.MOSES)) {
            // their pairs have no status: rejected ones would come back into Tandem as confirmed
            throw new InvalidInputException("status", "status=with-rejected is for formats that keep each pair's"
                    + " status (tmx, xlsx, xliff): a " + parsedFormat.parameter() + " file has none, so its rejected"
                    + " pairs would read as good ones. Use status=all, or another format.");
        }
        boolean originalGiven = originalFormat != null && !originalFormat.isBlank();
        if (parsedFormat != ExportFormat.TMX && originalGiven) {
            throw new InvalidInputException("o-tmf", "o-tmf is a TMX option: use it with format=tmx, or leave it out"
                    + " for format=" + parsedFormat.parameter() + ".");
        }
        String tmf = originalGiven ? XmlText.clean(originalFormat).strip() : DEFAULT_ORIGINAL_FORMAT;
        if (tmf.isEmpty() || tmf.codePointCount(0, tmf.length()) > MAX_ORIGINAL_FORMAT) {
            throw new InvalidInputException("o-tmf", "o-tmf must be a name of 1 to " + MAX_ORIGINAL_FORMAT
                    + " characters (the format the memory came from, e.g. Tandem or OmegaT).");
        }
        return new ExportOptions(parsedFormat, selection, parsedUnits, tmf);
    }
}
