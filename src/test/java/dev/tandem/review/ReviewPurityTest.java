// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The review core is pure: only the JDK and the aligner, so the service layer and tests can run it anywhere. */
class ReviewPurityTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern ALLOWED = Pattern.compile("(java\\.|dev\\.tandem\\.align\\.).*");

    @Test
    void reviewImportsOnlyTheJdkAndTheAligner() throws IOException {
        List<String> offenders = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/tandem/review"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String text = Files.readString(source);
                Matcher matcher = IMPORT.matcher(text);
                while (matcher.find()) {
                    if (!ALLOWED.matcher(matcher.group(1)).matches()) {
                        offenders.add(source + ": " + matcher.group());
                    }
                }
                if (text.contains("System.out") || text.contains("System.err")) {
                    offenders.add(source + ": prints");
                }
            }
        }
        assertTrue(files >= 10, "found the review sources: " + files);
        assertEquals(List.of(), offenders);
    }
}
