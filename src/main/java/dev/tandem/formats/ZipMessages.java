// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/** What the uploader reads when a zip-based upload passes a {@link ZipLimits} bound, worded for what it is. */
public enum ZipMessages {
    DOCX {
        @Override
        String tooBig(ZipLimits limits) {
            return "The DOCX file unpacks to more than " + limits.maxUnzippedBytes() + " bytes"
                    + " (tandem.import.max-unzipped-bytes), more than any document Tandem imports at once. Split the"
                    + " document into parts, or remove large embedded images, and upload the parts one by one.";
        }

        @Override
        String ratio(String entry, ZipLimits limits) {
            return "The DOCX part " + entry + " expands more than " + limits.maxRatio() + " times when unpacked"
                    + " (tandem.import.max-compression-ratio): a zip bomb, not a Word document. If it really is one,"
                    + " open it in Word or LibreOffice, save it again as .docx and upload that file.";
        }

        @Override
        String tooManyEntries(int entries, ZipLimits limits) {
            return "The DOCX file holds " + entries + " parts; a Word document has a few dozen and Tandem reads at"
                    + " most " + limits.maxEntries() + " (tandem.import.max-zip-entries). Save it again from Word as"
                    + " .docx.";
        }
    },
    ODT {
        @Override
        String tooBig(ZipLimits limits) {
            return "The ODT file unpacks to more than " + limits.maxUnzippedBytes() + " bytes"
                    + " (tandem.import.max-unzipped-bytes), more than any document Tandem imports at once. Split the"
                    + " document into parts, or remove large embedded images, and upload the parts one by one.";
        }

        @Override
        String ratio(String entry, ZipLimits limits) {
            return "The ODT part " + entry + " expands more than " + limits.maxRatio() + " times when unpacked"
                    + " (tandem.import.max-compression-ratio): a zip bomb, not an OpenDocument text. If it really is"
                    + " one, open it in LibreOffice, save it again as .odt and upload that file.";
        }

        @Override
        String tooManyEntries(int entries, ZipLimits limits) {
            return "The ODT file holds " + entries + " parts; an OpenDocument text has a few dozen and Tandem reads at"
                    + " most " + limits.maxEntries() + " (tandem.import.max-zip-entries). Save it again from"
                    + " LibreOffice as .odt.";
        }
    },
    EPUB {
        @Override
        String tooBig(ZipLimits limits) {
            return "The EPUB file unpacks to more than " + limits.maxUnzippedBytes() + " bytes"
                    + " (tandem.import.max-unzipped-bytes), more than any book Tandem imports at once. Split it, or"
                    + " remove large images, and upload the parts one by one.";
        }

        @Override
        String ratio(String entry, ZipLimits limits) {
            return "The EPUB entry " + entry + " expands more than " + limits.maxRatio() + " times when unpacked"
                    + " (tandem.import.max-compression-ratio): a zip bomb, not an e-book.";
        }

        @Override
        String tooManyEntries(int entries, ZipLimits limits) {
            return "The EPUB file holds " + entries + " entries; Tandem reads at most " + limits.maxEntries()
                    + " (tandem.import.max-zip-entries). Split the book into parts.";
        }
    },
    PROJECT_ARCHIVE {
        @Override
        String tooBig(ZipLimits limits) {
            return "The project archive unpacks to more than " + limits.maxUnzippedBytes() + " bytes"
                    + " (tandem.import.max-unzipped-bytes). Raise the limit on this installation to import it.";
        }

        @Override
        String ratio(String entry, ZipLimits limits) {
            return "The archive entry " + entry + " expands more than " + limits.maxRatio() + " times when unpacked"
                    + " (tandem.import.max-compression-ratio): a zip bomb, not a project archive.";
        }

        @Override
        String tooManyEntries(int entries, ZipLimits limits) {
            return "The project archive holds " + entries + " entries; Tandem reads at most " + limits.maxEntries()
                    + " (tandem.import.max-zip-entries): one per document and dictionary, and two more.";
        }
    },
    BATCH {
        @Override
        String tooBig(ZipLimits limits) {
            return "The zip unpacks to more than " + limits.maxUnzippedBytes() + " bytes"
                    + " (tandem.import.max-unzipped-bytes); nothing was imported. Split the batch into several zips.";
        }

        @Override
        String ratio(String entry, ZipLimits limits) {
            return "The zip entry " + entry + " expands more than " + limits.maxRatio() + " times when unpacked"
                    + " (tandem.import.max-compression-ratio): a zip bomb, not a document; nothing was imported.";
        }

        @Override
        String tooManyEntries(int entries, ZipLimits limits) {
            return "The zip holds " + entries + " entries; Tandem reads at most " + limits.maxEntries()
                    + " (tandem.import.max-zip-entries); nothing was imported. Split the batch into several zips.";
        }
    },
    XLSX {
        @Override
        String tooBig(ZipLimits limits) {
            return "The XLSX file unpacks to more than " + limits.maxUnzippedBytes() + " bytes"
                    + " (tandem.import.max-unzipped-bytes), more than any table of pairs Tandem imports at once. Split"
                    + " it into several workbooks, or save the two columns as CSV.";
        }

        @Override
        String ratio(String entry, ZipLimits limits) {
            return "The XLSX part " + entry + " expands more than " + limits.maxRatio() + " times when unpacked"
                    + " (tandem.import.max-compression-ratio): a zip bomb, not a workbook.";
        }

        @Override
        String tooManyEntries(int entries, ZipLimits limits) {
            return "The XLSX file holds " + entries + " parts; Tandem reads at most " + limits.maxEntries()
                    + " (tandem.import.max-zip-entries). Save it again from Excel or LibreOffice Calc as .xlsx.";
        }
    };

    abstract String tooBig(ZipLimits limits);

    abstract String ratio(String entry, ZipLimits limits);

    abstract String tooManyEntries(int entries, ZipLimits limits);
}
