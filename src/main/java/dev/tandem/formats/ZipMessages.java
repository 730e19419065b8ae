// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/** What the uploader reads when a DOCX passes a {@link ZipLimits} bound. */
final class ZipMessages {
    private ZipMessages() {
    }

    static String tooBig(ZipLimits limits) {
        return "The DOCX file unpacks to more than " + limits.maxUnzippedBytes() + " bytes"
                + " (tandem.import.max-unzipped-bytes), more than any document Tandem imports at once. Split the"
                + " document into parts, or remove large embedded images, and upload the parts one by one.";
    }

    static String ratio(String entry, ZipLimits limits) {
        return "The DOCX part " + entry + " expands more than " + limits.maxRatio() + " times when unpacked"
                + " (tandem.import.max-compression-ratio): a zip bomb, not a Word document. If it really is one,"
                + " open it in Word or LibreOffice, save it again as .docx and upload that file.";
    }

    static String tooManyEntries(int entries, ZipLimits limits) {
        return "The DOCX file holds " + entries + " parts; a Word document has a few dozen and Tandem reads at most "
                + limits.maxEntries() + " (tandem.import.max-zip-entries). Save it again from Word as .docx.";
    }
}
