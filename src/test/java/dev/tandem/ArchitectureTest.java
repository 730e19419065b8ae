// SPDX-License-Identifier: Apache-2.0
package dev.tandem;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core (segment, align, tmx, formats, review's operations, and search's index) stays plain Java, so it can be
 * tested, benchmarked and reused alone: it may import only the JDK, the JDK's XML APIs, ICU4J, jsoup (HTML import),
 * PDFBox (PDF import),
 * optimaize's language detector (language check), Lucene (the concordance's index) and other core packages. No
 * Quarkus, JPA, JAX-RS, Vert.x, logging, and nothing of the outer layers (model, service, api, web).
 *
 * <p>Around the core the shell has layers, each using only those below it: {@code config} (the settings) and
 * {@code model} (entities),
 * {@code security} (identities, passwords, sessions, the audit trail), {@code service} (transactions and the rules
 * of the product), then the two ways in, {@code api} (JSON) and {@code web} (pages, which use the API's multipart
 * forms and problem bodies). No package depends on itself through another one.
 */
class ArchitectureTest {
    private static final List<String> CORE = List.of("segment", "align", "tmx", "formats", "review", "search",
            "terms");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern ALLOWED = Pattern.compile(
            "(java|javax\\.xml|com\\.ibm\\.icu|org\\.jsoup|com\\.optimaize\\.langdetect|org\\.apache\\.lucene"
                    + "|org\\.commonmark|org\\.apache\\.poi|org\\.xml\\.sax|org\\.apache\\.pdfbox"
                    + "|dev\\.tandem\\.(segment|align|tmx|formats|review|search|terms))\\..*");

    @Test
    void coreShouldImportOnlyTheJdkIcuAndOtherCorePackages() throws IOException {
        var offenders = new ArrayList<String>();
        int files = 0;
        for (String pkg : CORE) {
            Path dir = Path.of("src/main/java/dev/tandem", pkg);
            assertTrue(Files.isDirectory(dir), "core package exists: " + dir);
            try (Stream<Path> sources = Files.walk(dir)) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    offenders.addAll(forbiddenImports(source.toString(), Files.readString(source)));
                }
            }
        }
        assertTrue(files > 20, "found the core sources: " + files);
        assertEquals(List.of(), offenders);
    }

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem");

    @Test
    void packagesShouldBeFreeOfCycles() {
        slices().matching("dev.tandem.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void cycleRuleShouldCatchACycle() {
        JavaClasses cycle = new ClassFileImporter().importPackages("dev.tandem.archfixture");
        assertThrows(AssertionError.class,
                () -> slices().matching("dev.tandem.archfixture.(*)..").should().beFreeOfCycles().check(cycle));
    }

    @Test
    void shellLayersShouldUseOnlyTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Core").definedBy("dev.tandem.segment..", "dev.tandem.align..", "dev.tandem.tmx..",
                        "dev.tandem.formats..", "dev.tandem.review..", "dev.tandem.search..", "dev.tandem.terms..")
                .layer("Config").definedBy("dev.tandem.config..")
                .layer("Model").definedBy("dev.tandem.model..")
                .layer("Security").definedBy("dev.tandem.security..")
                .layer("Service").definedBy("dev.tandem.service..")
                .layer("Api").definedBy("dev.tandem.api..")
                .layer("Web").definedBy("dev.tandem.web..")
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Api").mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Api", "Web")
                .whereLayer("Security").mayOnlyBeAccessedByLayers("Service", "Api", "Web")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Security", "Service", "Api", "Web")
                .whereLayer("Config").mayOnlyBeAccessedByLayers("Security", "Service", "Api", "Web")
                .check(CLASSES);
    }

    @Test
    void ruleShouldCatchFrameworkAndOuterLayerImports() {
        assertFalse(forbiddenImports("x", "import io.quarkus.logging.Log;\n").isEmpty());
        assertFalse(forbiddenImports("x", "import jakarta.persistence.Entity;\n").isEmpty());
        assertFalse(forbiddenImports("x", "import static org.jboss.logging.Logger.getLogger;\n").isEmpty());
        assertFalse(forbiddenImports("x", "import dev.tandem.model.Project;\n").isEmpty());
        assertTrue(forbiddenImports("x", "import java.util.List;\nimport com.ibm.icu.text.BreakIterator;\n"
                + "import javax.xml.stream.XMLStreamWriter;\nimport dev.tandem.segment.Segment;\n").isEmpty());
    }

    private static List<String> forbiddenImports(String file, String source) {
        var offenders = new ArrayList<String>();
        Matcher matcher = IMPORT.matcher(source);
        while (matcher.find()) {
            if (!ALLOWED.matcher(matcher.group(1)).matches()) {
                offenders.add(file + ": " + matcher.group());
            }
        }
        return offenders;
    }
}
