// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
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

    /**
     * A one-page PDF with {@code text} whose page content goes on with {@code blankBytes} spaces, stored deflated
     * (a thousand to one): a small file that PDFBox would spend seconds or minutes reading.
     */
    public static byte[] inflating(String text, long blankBytes) {
        try (PDDocument pdf = textPdf(text)) {
            PDPage page = pdf.getPage(0);
            List<PDStream> contents = new ArrayList<>();
            page.getContentStreams().forEachRemaining(contents::add);
            PDStream blank = new PDStream(pdf);
            try (OutputStream out = blank.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1 << 16];
                Arrays.fill(spaces, (byte) ' ');
                for (long left = blankBytes; left > 0; left -= spaces.length) {
                    out.write(spaces, 0, (int) Math.min(left, spaces.length));
                }
            }
            contents.add(blank);
            page.setContents(contents);
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF whose page draws a form {@code fanOut} times, which draws the next form {@code fanOut} times,
     * {@code depth} forms deep, the last one showing {@code text}: a few kilobytes that draw the text
     * {@code fanOut^depth} times.
     */
    public static byte[] nestedForms(String text, int depth, int fanOut) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            pdf.addPage(page);
            PDFormXObject form = new PDFormXObject(pdf);
            form.setBBox(PDRectangle.A5);
            form.setResources(new PDResources());
            try (var content = new PDFormContentStream(form)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(40, 500);
                content.showText(text);
                content.endText();
            }
            for (int level = 0; level <= depth; level++) {
                PDResources resources = new PDResources();
                COSName name = resources.add(form);
                String draws = ("/" + name.getName() + " Do\n").repeat(fanOut);
                if (level == depth) {
                    page.setResources(resources);
                    page.setContents(stream(pdf, draws));
                } else {
                    PDFormXObject outer = new PDFormXObject(stream(pdf, draws));
                    outer.setBBox(PDRectangle.A5);
                    outer.setResources(resources);
                    form = outer;
                }
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDStream stream(PDDocument pdf, String content) throws IOException {
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        var bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        return bytes.toByteArray();
    }
}
