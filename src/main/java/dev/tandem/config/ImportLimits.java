// SPDX-License-Identifier: Apache-2.0
package dev.tandem.config;

import dev.tandem.formats.PdfLimits;
import dev.tandem.formats.ZipLimits;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code tandem.import.*}: size limits on what users send (requests above them get a clear 413, not a half-imported
 * document), and how imports run.
 */
public interface ImportLimits {
    /** Most characters in one side's text (default 20,000,000: a 100,000-sentence English text is about 12 M). */
    @WithDefault("20000000")
    int maxChars();

    /** Most sentences in one side of a {@code /api/align} request (default 200,000). */
    @WithDefault("200000")
    int maxSentences();

    /** Most entries in an uploaded DOCX (Word writes a few dozen). */
    @WithDefault("1000")
    int maxZipEntries();

    /** Most bytes a DOCX may unpack to, counted while inflating. */
    @WithDefault("200M")
    MemorySize maxUnzippedBytes();

    /** Most inflated bytes per compressed byte of one DOCX entry above 1 MB (Word's XML: 3–20; zip bombs: 1000). */
    @WithDefault("100")
    int maxCompressionRatio();

    /**
     * Most pages of an uploaded PDF (default 500, a long book); more are refused with 413, so that a hostile PDF
     * costs bounded time (PDFBox read the ten-page test report in 70–120 ms a page on a busy two-core machine).
     */
    @WithDefault("500")
    int maxPdfPages();

    /**
     * Most bytes of drawing instructions read from an uploaded PDF, over all pages and every drawing of a form
     * (default 256M; a page of text takes 5–50 KB). Past it the PDF is refused with 413: a small deflated file can
     * hold a thousand times its size in blanks, which PDFBox would otherwise spend minutes reading.
     */
    @WithDefault("256M")
    MemorySize maxPdfContent();

    /**
     * Imports of more characters (both sides together) run as a background job even when the client did not ask
     * for one (default 2,000,000: about 20,000 sentences a side, some ten seconds of aligning).
     */
    @WithDefault("2000000")
    long asyncAboveChars();

    /** Background imports run at most this many at a time (default 1: aligning keeps one core busy). */
    @WithDefault("1")
    int workers();

    /** Longest time the transaction that stores an imported document may take (default 30 minutes). */
    @WithDefault("PT30M")
    Duration storeTimeout();

    default PdfLimits pdfLimits() {
        return new PdfLimits(maxPdfPages(), maxChars(), maxPdfContent().asLongValue());
    }

    default ZipLimits zipLimits() {
        return new ZipLimits(maxZipEntries(), maxUnzippedBytes().asLongValue(), maxCompressionRatio());
    }
}
