// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

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
