// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The text layer of a PDF, read with Apache PDFBox: lines in the order the PDF draws them (how LibreOffice, Word
 * and LaTeX write a page: column by column; sorting by position would read two columns across as one), running
 * headers, footers and page numbers left out ({@link PageFurniture}), lines joined into paragraphs separated by
 * blank lines with words hyphenated at line ends joined ({@link PdfParagraphs}).
 *
 * <p>Refused with advice: a PDF with no text at all (scanned pages: run OCR first), one that needs a password or
 * forbids copying its text, a damaged one, and one past a {@link PdfLimits} bound (so that a hostile file costs
 * bounded time).
 */
public final class PdfText {
    /** Runs of spaces (PDFBox puts two where justified text has wide gaps); a no-break space is content. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A space PDFBox puts between two characters of a script written without spaces (justified CJK text). */
    private static final Pattern SPACE_IN_CJK = Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}"
            + "\\u3000-\\u303F\\uFF00-\\uFFEF]) (?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\uFF00-\\uFFEF])");

    private PdfText() {
    }

    /**
     * @param file   the uploaded file
     * @param limits the most pages, characters and drawing instructions read
     * @throws DocumentTooLargeException   past one of the {@code limits}
     * @throws UnreadableDocumentException damaged, encrypted, or without a text layer
     */
    public static String extract(Path file, PdfLimits limits) throws UnreadableDocumentException {
        try (PDDocument pdf = load(file)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableDocumentException("The PDF has no pages. Save or export it again from the"
                        + " application that made it.");
            }
            if (pages > limits.maxPages()) {
                throw new DocumentTooLargeException("The PDF has " + pages + " pages; Tandem reads at most "
                        + limits.maxPages() + " (tandem.import.max-pdf-pages). Split it into parts and upload them one by one.");
            }
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException("The PDF is protected: its author does not allow copying its"
                        + " text. Ask for an unprotected copy, or for the document it was made from (DOCX, ODT).");
            }
            var collector = new LineCollector(limits);
            try {
                collector.collect(pdf);
            } catch (TooMuchText e) {
                throw new DocumentTooLargeException("The PDF has more than " + limits.maxChars() + " characters of"
                        + " text (tandem.import.max-chars). Split it into parts and upload them one by one.");
            } catch (TooMuchContent e) {
                throw new DocumentTooLargeException("The PDF's pages draw more than "
                        + megabytes(limits.maxContentBytes()) + " of content (tandem.import.max-pdf-content), far more"
                        + " than text takes, so Tandem stopped reading it: one file may not hold up every import."
                        + " If it is a real document (maps, drawings), save its text from the application that made"
                        + " it (as DOCX, ODT or plain text) and upload that.");
            } catch (IOException | RuntimeException e) {
                throw damaged(e);
            }
            String text = PdfParagraphs.join(PageFurniture.remove(collector.lines));
            if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new UnreadableDocumentException("The PDF has no text layer, only images of its "
                        + (pages == 1 ? "page" : pages + " pages") + " (a scan?), so there is no text to align."
                        + " Run OCR on it first (for example ocrmypdf, or your scanner's software), or paste the"
                        + " text instead.");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument load(Path file) throws UnreadableDocumentException {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("The PDF is encrypted with a password. Open it with the password"
                    + " and save or print it to a PDF without one, or export the text, and upload that.", e);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    private static UnreadableDocumentException damaged(Exception e) {
        return new UnreadableDocumentException("The PDF is damaged or not a PDF (" + e.getMessage() + "). Save or"
                + " export it again from the application that made it, or upload the original document.", e);
    }

    /**
     * Collects each line PDFBox finds with its position, instead of writing text out; charges every content stream
     * it reads (a page, each drawing of a form or Type 3 glyph) to the content budget before PDFBox parses it.
     */
    private static final class LineCollector extends PDFTextStripper {
        /** What drawing a form costs at least, so that a tiny form drawn millions of times runs out too. */
        private static final long LEAST_CHARGE = 4096;
        private final int maxChars;
        private long contentLeft;
        private final byte[] buffer = new byte[8192];
        private final List<PdfLine> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private int page = -1;
        private int chars;
        private float left;
        private float right;
        private float baseline;
        private float size;

        LineCollector(PdfLimits limits) {
            this.maxChars = limits.maxChars();
            this.contentLeft = limits.maxContentBytes();
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(true);
        }

        void collect(PDDocument pdf) throws IOException {
            writeText(pdf, Writer.nullWriter());
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            charge(page);
            super.processPage(page);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            charge(form);
            super.showForm(form);
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
            charge(group);
            super.showTransparencyGroup(group);
        }

        @Override
        protected void processType3Stream(PDType3CharProc glyph, Matrix matrix) throws IOException {
            charge(glyph);
            super.processType3Stream(glyph, matrix);
        }

        /** PDFBox logs and skips a form it fails to draw; a limit reached inside one must stop the whole reading. */
        @Override
        protected void operatorException(Operator operator, List<COSBase> operands, IOException e)
                throws IOException {
            if (e instanceof OverLimit) {
                throw e;
            }
            super.operatorException(operator, operands, e);
        }

        /** Decodes {@code stream} once to measure it, streaming as PDFBox parses, and stops past the budget. */
        private void charge(PDContentStream stream) throws IOException {
            long size = 0;
            try (RandomAccessRead content = stream.getContentsForStreamParsing()) {
                for (int n; size <= contentLeft && (n = content.read(buffer)) > 0; ) {
                    size += n;
                }
            }
            contentLeft -= Math.max(size, stream instanceof PDPage ? 0 : LEAST_CHARGE);
            if (contentLeft < 0) {
                throw new TooMuchContent();
            }
        }

        @Override
        protected void startPage(PDPage pdPage) {
            page++;
            startLine();
        }

        @Override
        protected void endPage(PDPage pdPage) throws IOException {
            endLine();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            line.append(text);
            for (TextPosition position : positions) {
                left = Math.min(left, position.getXDirAdj());
                right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
                baseline = Math.max(baseline, position.getYDirAdj());
                size = Math.max(size, position.getFontSizeInPt());
            }
        }

        @Override
        protected void writeWordSeparator() {
            line.append(' ');
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            endLine();
        }

        private void endLine() throws TooMuchText {
            String text = SPACE_IN_CJK.matcher(SPACES.matcher(line).replaceAll(" ").strip()).replaceAll("");
            if (!text.isEmpty()) {
                chars += text.length() + 1;
                if (chars > maxChars) {
                    throw new TooMuchText();
                }
                lines.add(new PdfLine(page, text, left, right, baseline, size));
            }
            startLine();
        }

        private void startLine() {
            line.setLength(0);
            left = Float.MAX_VALUE;
            right = 0;
            baseline = 0;
            size = 0;
        }
    }

    /** Stops PDFBox at a limit. */
    private abstract static class OverLimit extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** The text is over the limit. */
    private static final class TooMuchText extends OverLimit {
        private static final long serialVersionUID = 1L;
    }

    /** The content PDFBox would parse next is over the budget. */
    private static final class TooMuchContent extends OverLimit {
        private static final long serialVersionUID = 1L;
    }
}
