// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The pairs in the first two columns of an XLSX workbook's first sheet, or in the Source and Target columns of
 * Tandem's own export ({@link ColumnPairs}), read by Apache POI's
 * streaming reader: each cell as the spreadsheet displays it (numbers and dates in their cell format, with the
 * decimal point and digit grouping of English whatever the server's locale; a formula's value as last calculated and
 * saved, never recalculated).
 *
 * <p>Security: the archive is first read through {@link LimitedZip} under {@link ZipLimits} (entry count, entry
 * names, and every entry inflated and counted, so a zip bomb stops there); POI then opens it with its own
 * {@link ZipSecureFile} bounds set to the same limits. POI parses the workbook's XML with external entities off.
 */
public final class XlsxPairs {
    private XlsxPairs() {
    }

    /**
     * @throws DocumentTooLargeException   if the archive passes a limit, a cell has more than {@code maxCellChars}
     *                                     characters or the sheet more than {@code maxRows} pairs
     * @throws UnreadableDocumentException if it is no XLSX workbook (another zip, a damaged file) or its first sheet
     *                                     has no row with text in both of its first two columns
     */
    public static ColumnPairs read(Path file, ZipLimits limits, String sourceLanguage, String targetLanguage,
                                   int maxRows, int maxCellChars) throws UnreadableDocumentException {
        checkArchive(file, limits);
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnzippedBytes());
        ZipSecureFile.setMaxFileCount(limits.maxEntries());
        var rows = new ColumnPairs.Collector("XLSX", sourceLanguage, targetLanguage, maxRows, maxCellChars);
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableDocumentException("The file is not an XLSX workbook: it has no worksheet. Upload a"
                        + " .xlsx saved by Excel or LibreOffice Calc, or the two columns as CSV.");
            }
            var strings = new ReadOnlySharedStringsTable(workbook, false);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(rows),
                        new DataFormatter(Locale.ROOT), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (Rows.Stop stop) {
            throw stop.cause;
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | IllegalStateException | IllegalArgumentException e) {
            throw new UnreadableDocumentException("The file is not an XLSX workbook Tandem can read ("
                    + e.getMessage() + "). Open it in Excel or LibreOffice Calc and save it again as .xlsx, or"
                    + " save the two columns as CSV.", e);
        }
        return rows.finish();
    }

    /** Inflates every entry once under the limits, so that POI is never handed a zip bomb. */
    private static void checkArchive(Path file, ZipLimits limits) throws UnreadableDocumentException {
        try (LimitedZip zip = LimitedZip.open(file, limits, ZipMessages.XLSX)) {
            for (String name : zip.names()) {
                try (InputStream entry = zip.read(name)) {
                    if (entry != null) {
                        entry.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (ExpansionLimitException e) {
            throw new DocumentTooLargeException(e.getMessage());
        } catch (java.util.zip.ZipException e) {
            throw new UnreadableDocumentException("The XLSX file's zip structure is damaged (" + e.getMessage()
                    + "). Save it again from Excel or LibreOffice Calc as .xlsx.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gathers the first cells of each row; POI calls it for the cells present, left to right. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        /** Carries a refusal out of the SAX parse. */
        private static final class Stop extends RuntimeException {
            private static final long serialVersionUID = 1L;
            private final transient UnreadableDocumentException cause;

            Stop(UnreadableDocumentException cause) {
                super(cause.getMessage(), null, false, false);
                this.cause = cause;
            }
        }

        private final ColumnPairs.Collector collector;
        /** The first two cells, or all of Tandem's export ({@link ExportColumns}). */
        private final String[] cells = new String[ExportColumns.MAX_WIDTH];

        Rows(ColumnPairs.Collector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, "");
        }

        @Override
        public void endRow(int rowNum) {
            try {
                collector.add(rowNum + 1, List.of(cells));
            } catch (UnreadableDocumentException e) {
                throw new Stop(e);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? -1 : new CellReference(reference).getCol();
            if (column >= 0 && column < cells.length && formattedValue != null) {
                cells[column] = formattedValue;
            }
        }
    }
}
