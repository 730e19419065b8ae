// SPDX-License-Identifier: Apache-2.0
package dev.tandem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core (segment, align, tmx, formats) stays plain Java: no Quarkus, JPA, JAX-RS, Vert.x or logging. */
class ArchitectureTest {
    private static final List<String> CORE = List.of("segment", "align", "tmx", "formats");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import\\s+(static\\s+)?(io\\.quarkus|jakarta\\.|javax\\.persistence|javax\\.ws|io\\.vertx|org\\.jboss|"
                    + "org\\.hibernate|io\\.smallrye|org\\.eclipse\\.microprofile|dev\\.tandem\\.(model|service|api|web))",
            Pattern.MULTILINE);

    @Test
    void coreShouldImportNoFrameworkOrOuterLayer() throws IOException {
        var offenders = new ArrayList<String>();
        int files = 0;
        for (String pkg : CORE) {
            Path dir = Path.of("src/main/java/dev/tandem", pkg);
            assertTrue(Files.isDirectory(dir), "core package exists: " + dir);
            try (Stream<Path> sources = Files.walk(dir)) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    var matcher = FORBIDDEN.matcher(Files.readString(source));
                    while (matcher.find()) {
                        offenders.add(source + ": " + matcher.group());
                    }
                }
            }
        }
        assertTrue(files > 0, "found core sources");
        assertEquals(List.of(), offenders);
    }

    @Test
    void ruleShouldCatchAFrameworkImport() {
        assertTrue(FORBIDDEN.matcher("package x;\nimport io.quarkus.logging.Log;\n").find());
        assertTrue(FORBIDDEN.matcher("import jakarta.persistence.Entity;").find());
        assertTrue(FORBIDDEN.matcher("import dev.tandem.model.Project;").find());
        assertTrue(!FORBIDDEN.matcher("import java.util.List;\nimport com.ibm.icu.text.BreakIterator;").find());
    }
}
