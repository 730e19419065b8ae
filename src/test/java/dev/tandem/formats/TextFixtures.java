// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Markdown, subtitle and two-column fixtures under {@code src/test/resources/formats} (made from the snow report
 * by {@code make-text-fixtures.sh}), and the sentences they hold.
 */
public final class TextFixtures {
    public static final Path DIR = Path.of("src/test/resources/formats");

    /** The cues of the SRT and VTT files, each one line. */
    public static final java.util.List<String> CUES = java.util.List.of(
            "Winter came early to Beijing this year.",
            "In early November, the first snow fell",
            "on the roofs of the Forbidden City.",
            "\"Look, it's snowing!\" the little girl shouted, pointing out of the window.",
            "Her mother smiled and said: \"Go and put on your coat.\"",
            "According to the weather bureau, snowfall this year is 30% higher than last year.",
            "Experts believe this is related to La Niña.",
            "Roads & traffic in the city were somewhat affected,",
            "but the subway ran normally 🚇.");

    private TextFixtures() {
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The zip {@code zip} with its entry {@code name} replaced by {@code content} (or added). */
    public static byte[] withEntry(byte[] zip, String name, String content) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parts.put(name, content.getBytes(StandardCharsets.UTF_8));
        return Docx.zip(parts);
    }
}
