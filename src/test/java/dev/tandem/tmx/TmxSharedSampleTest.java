// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the team's shared TMX samples in place (they are not copied into the repository); skipped where they are
 * absent, e.g. in CI.
 */
class TmxSharedSampleTest {

    private static final Path SAMPLES = Path.of("/work/shared/tmx/samples");

    private static Path sample(String name) {
        Path file = SAMPLES.resolve(name);
        assumeTrue(Files.isReadable(file), "shared sample " + file + " is not available");
        return file;
    }

    /** The expected pairs: one per line, source TAB target, with \t and \n written as escapes. */
    private static List<TmxUnit> expected(Path tsv) throws IOException {
        return Files.readAllLines(tsv).stream()
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\t", 2))
                .map(cols -> new TmxUnit(unescape(cols[0]), unescape(cols[1])))
                .toList();
    }

    private static String unescape(String text) {
        return text.replace("\\t", "\t").replace("\\n", "\n");
    }

    @Test
    void shouldReadSampleJaEnAsExpected() throws IOException {
        Path tmx = sample("sample-ja-en.tmx");
        List<TmxUnit> expected = expected(sample("sample-ja-en.expected.tsv"));
        TmxContent content;
        try (InputStream in = Files.newInputStream(tmx)) {
            content = TmxReader.read(in, "ja", "en", 100);
        }
        assertEquals("ja", content.declaredSourceLanguage());
        assertEquals(expected.size(), content.units().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).sourceText(), content.units().get(i).sourceText(), "unit " + (i + 1));
            assertEquals(expected.get(i).targetText(), content.units().get(i).targetText(), "unit " + (i + 1));
        }
        assertEquals("0.97", content.units().get(0).properties().get("x-alignment-score"));
        assertEquals(0, content.skippedUnits());
    }

    @Test
    void shouldRefuseSampleWithControlCharacter() throws IOException {
        Path tmx = sample("sample-ja-en.ctrl-U0001.tmx");
        try (InputStream in = Files.newInputStream(tmx)) {
            TmxFormatException e = assertThrows(TmxFormatException.class, () -> TmxReader.read(in, "ja", "en", 100));
            assertEquals(11, e.line());
            assertTrue(e.getMessage().contains("0x1"), e.getMessage());
        }
    }
}
