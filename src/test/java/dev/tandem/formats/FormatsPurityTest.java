// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The formats package is pure core: only the JDK's java.* and ICU. */
class FormatsPurityTest {

    @Test
    void shouldImportOnlyJdkAndIcu() throws IOException {
        Path dir = Path.of("src/main/java/dev/tandem/formats");
        assertTrue(Files.isDirectory(dir), "run from the project root");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> impure = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(FormatsPurityTest::lines)
                    .filter(line -> line.startsWith("import "))
                    .map(line -> line.replaceFirst("^import (static )?", ""))
                    .filter(name -> !name.startsWith("java.") && !name.startsWith("com.ibm.icu."))
                    .toList();
            assertEquals(List.of(), impure);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
