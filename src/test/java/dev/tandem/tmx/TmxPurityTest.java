// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tmx package is pure core: only the JDK's java.* and javax.xml.*, and ICU. */
class TmxPurityTest {

    static List<String> impureImports(Path packageDir) throws IOException {
        try (Stream<Path> files = Files.list(packageDir)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(TmxPurityTest::lines)
                    .filter(line -> line.startsWith("import "))
                    .map(line -> line.replaceFirst("^import (static )?", ""))
                    .filter(name -> !name.startsWith("java.") && !name.startsWith("javax.xml.")
                            && !name.startsWith("com.ibm.icu."))
                    .toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldImportOnlyJdkAndIcu() throws IOException {
        Path dir = Path.of("src/main/java/dev/tandem/tmx");
        assertTrue(Files.isDirectory(dir), "run from the project root");
        assertEquals(List.of(), impureImports(dir));
    }
}
