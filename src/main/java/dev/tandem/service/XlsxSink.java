// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.ExportHeaders;
import dev.tandem.formats.XmlText;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A spreadsheet to proofread the pairs in, one row per pair: Pair (its number on the review page), Source, Target,
 * Status, Confidence (a number; blank where the aligner did not score the pair), Flags (the QA flags' codes); a project
 * export adds the document's title first. The header row is bold and frozen, with a filter; texts wrap.
 *
 * <p>Written with Apache POI's streaming SXSSF: only the last rows are in memory, the others in a compressed temporary
 * file (under {@code java.io.tmpdir}, deleted at {@link #close()}); the workbook, a zip, goes out at {@link #finish}.
 * A sheet holds at most Excel's 1,048,576 rows: a longer export goes on in a sheet "name (2)", and so on. The sheet is
 * named after the document (or project), as far as Excel allows: none of {@code []:*?/\}, at most 31 characters.
 *
 * <p>Excel takes at most 32,767 characters in a cell; a longer side is cut there, ending in a mark that says how long
 * the text is and where to find it whole (the other exports never cut).
 */
final class XlsxSink implements ExportSink {
    static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_SHEET_NAME = 31;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final String sheetName;
    private final boolean withDocument;
    private final List<String> columns = new ArrayList<>();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle confidence;
    private SXSSFSheet sheet;
    private int sheets;
    private int rows;

    /**
     * @param title        names the sheet: the document's title, or the project's name
     * @param withDocument whether a column names each pair's document (a project export)
     */
    XlsxSink(OutputStream out, String title, boolean withDocument) {
        this.out = out;
        this.withDocument = withDocument;
        workbook.setCompressTempFiles(true);
        String safe = title == null || title.isBlank() ? "" : WorkbookUtil.createSafeSheetName(title.strip()).strip();
        sheetName = safe.isEmpty() ? "Pairs" : safe;
        if (withDocument) {
            columns.add(ExportHeaders.DOCUMENT);
        }
        columns.addAll(ExportHeaders.SPREADSHEET);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        confidence = workbook.createCellStyle();
        confidence.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
        confidence.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** The text as a cell holds it: control characters dropped, cut with a mark past Excel's limit. */
    static String cellText(String value) {
        String cleaned = XmlText.clean(value);
        if (cleaned.length() <= MAX_CELL) {
            return cleaned;
        }
        String mark = String.format(Locale.ROOT, " […cut: Excel holds %,d of these %,d characters; the TMX, TSV and"
                + " XLIFF exports hold the whole text]", MAX_CELL, cleaned.length());
        int end = MAX_CELL - mark.length();
        if (Character.isLowSurrogate(cleaned.charAt(end))) {
            end--; // never half a character
        }
        return cleaned.substring(0, end) + mark;
    }

    @Override
    public boolean unit(ExportReader.Head document, ExportReader.Pair pair, String source, String target) {
        if (sheet == null || rows == MAX_ROWS) {
            startSheet();
        }
        Row row = sheet.createRow(rows++);
        int col = 0;
        if (withDocument) {
            row.createCell(col++).setCellValue(cellText(document.title()));
        }
        row.createCell(col++).setCellValue(pair.position() + 1);
        var sourceCell = row.createCell(col++);
        sourceCell.setCellValue(cellText(source));
        sourceCell.setCellStyle(text);
        var targetCell = row.createCell(col++);
        targetCell.setCellValue(cellText(target));
        targetCell.setCellStyle(text);
        row.createCell(col++).setCellValue(pair.status().name());
        var confidenceCell = row.createCell(col++);
        confidenceCell.setCellStyle(confidence);
        if (pair.confidence() != null) {
            confidenceCell.setCellValue(pair.confidence());
        }
        row.createCell(col).setCellValue(String.join(", ", pair.flags()));
        return true;
    }

    @Override
    public void finish(long leftOut) {
        if (sheet == null) {
            startSheet(); // an empty export is still a workbook, with its header row
        }
        try {
            // POI closes the stream it writes to; the caller's (an HTTP response) must stay open.
            workbook.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workbook.dispose(); // the temporary files
        try {
            workbook.close();
        } catch (IOException e) {
            // Nothing was opened from a file; the temporary files are gone already.
        }
    }

    private void startSheet() {
        sheets++;
        String name = sheets == 1 ? sheetName : numbered(sheetName, sheets);
        sheet = workbook.createSheet(name);
        rows = 0;
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < columns.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, 256 * width(columns.get(i)));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    }

    private static String numbered(String name, int number) {
        String suffix = " (" + number + ")";
        return name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())).strip() + suffix;
    }

    /** Column widths in characters: room for a sentence or two in the text columns, which wrap. */
    private static int width(String column) {
        return switch (column) {
            case "Source", "Target" -> 60;
            case "Document" -> 24;
            case "Flags" -> 20;
            case "Confidence", "Status" -> 12;
            default -> 7;
        };
    }
}
