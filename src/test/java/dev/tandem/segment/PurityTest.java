// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The segment package is pure: it imports only {@code java.*} and {@code com.ibm.icu.*}. */
class PurityTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "tandem", "segment");

    @Test
    void shouldImportOnlyJavaAndIcu() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SOURCES), "sources not found at " + SOURCES.toAbsolutePath());
        List<String> offending;
        try (Stream<Path> files = Files.list(SOURCES)) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(PurityTest::imports)
                    .filter(i -> !i.startsWith("import java.") && !i.startsWith("import static java.")
                            && !i.startsWith("import com.ibm.icu."))
                    .toList();
        }
        assertEquals(List.of(), offending);
    }

    private static Stream<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("import "))
                    .map(line -> file.getFileName() + ": " + line)
                    .map(line -> line.substring(line.indexOf(": ") + 2));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
