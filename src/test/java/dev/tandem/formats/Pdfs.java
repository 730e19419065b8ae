// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Builds hostile or awkward PDFs in memory with PDFBox, for tests. */
public final class Pdfs {
    private Pdfs() {
    }

    /** A "scanned" document: each page only an image of text, no text layer. */
    public static byte[] scanned(int pages) {
        try (PDDocument pdf = new PDDocument()) {
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            var graphics = scan.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, 200, 100);
            graphics.setColor(Color.BLACK);
            graphics.drawString("Scanned text.", 20, 50);
            graphics.dispose();
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A5);
                pdf.addPage(page);
                try (var content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(LosslessFactory.createFromImage(pdf, scan), 50, 300, 200, 100);
                }
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with {@code text}, encrypted: opening needs {@code userPassword} (empty: no password). */
    public static byte[] encrypted(String text, String userPassword, boolean mayCopy) {
        try (PDDocument pdf = textPdf(text)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(mayCopy);
            var policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF showing {@code text} in one line. */
    public static byte[] text(String text) {
        try (PDDocument pdf = textPdf(text)) {
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument textPdf(String text) throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A5);
        pdf.addPage(page);
        try (var content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.newLineAtOffset(40, 500);
            content.showText(text);
            content.endText();
        }
        return pdf;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        var bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        return bytes.toByteArray();
    }
}
