// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import dev.tandem.api.ImportTexts;
import dev.tandem.api.TextTrustTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds a zip in memory for batch import tests and benchmarks: entries are written as added. */
public final class BatchZip {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);

    /**
     * Twenty pairs (named report-N.zh.txt / report-N.en.txt, or in folders batch/zh/ and batch/en/), one of which is
     * a .docx that is no zip, one original with no translation, and two system files to be ignored.
     */
    public static byte[] twentyPairs() {
        var zip = new BatchZip();
        for (int i = 1; i <= 19; i++) {
            String zh = ImportTexts.chinese(i + 4);
            String en = ImportTexts.english(i + 4);
            if (i % 2 == 0) {
                zip.text("batch/zh/chapter-" + i + ".txt", zh).text("batch/en/chapter-" + i + ".txt", en);
            } else {
                zip.text("report-" + i + ".zh.txt", zh).text("report-" + i + ".en.txt", en);
            }
        }
        return zip.bytes("broken.zh.docx", "这不是一个Word文件。".getBytes(StandardCharsets.UTF_8))
                .text("broken.en.docx", "Not a Word file either.")
                .text("lonely.zh.txt", TextTrustTest.ZH)
                .bytes("__MACOSX/._report-1.zh.txt", new byte[]{0, 5, 22, 7})
                .text(".DS_Store", "Bud1")
                .build();
    }

    /** Adds an entry of UTF-8 text. */
    public BatchZip text(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds an entry of these bytes. */
    public BatchZip bytes(String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished archive. */
    public byte[] build() {
        try {
            zip.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
