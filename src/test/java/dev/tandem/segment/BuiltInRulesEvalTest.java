// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.formats.SrxReader;
import dev.tandem.formats.SrxWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules, exported as SRX and read back as a project would store them, split real texts exactly as the
 * built-in segmenter does: the eval sets of {@code ../shared/eval} (mac/dev en and zh, bible en and zh, text+berg de
 * and fr) and the seed article. Each file is split as it is (one sentence a line) and with its lines run together
 * into paragraphs, so that every sentence end is a boundary to find.
 */
class BuiltInRulesEvalTest {

    private static final Path EVAL = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"));
    private static final Path ARTICLE = Path.of("..", "shared", "seed", "article-en.txt");
    private static final int LINES_PER_PARAGRAPH = 12;

    @Test
    void shouldSplitEvalTextsAsBuiltInSegmenterDoes() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EVAL),
                "skipped: " + EVAL.toAbsolutePath() + " is absent (eval data lives in ../shared/eval)");
        SrxDocument exported = exportedAndReadBack();
        List<String> differences = new ArrayList<>();
        for (String[] set : new String[][] {{"mac/dev/en", "en"}, {"mac/dev/zh", "zh"}, {"bible/en", "en"},
                {"bible/zh", "zh"}, {"text+berg/dev/de", "de"}, {"text+berg/dev/fr", "fr"}}) {
            try (Stream<Path> files = Files.list(EVAL.resolve(set[0]))) {
                for (Path file : files.sorted().toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    compare(exported, set[1], set[0] + "/" + file.getFileName(), text, differences);
                    compare(exported, set[1], set[0] + "/" + file.getFileName() + " (run together)", runTogether(text),
                            differences);
                }
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " differences:\n" + String.join("\n", differences));
    }

    @Test
    void shouldSplitSeedArticleAsBuiltInSegmenterDoes() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(ARTICLE), "skipped: seed article not found at " + ARTICLE.toAbsolutePath());
        List<String> differences = new ArrayList<>();
        compare(exportedAndReadBack(), "en", "article-en.txt", Files.readString(ARTICLE, StandardCharsets.UTF_8),
                differences);
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    @Test
    void shouldKeepBuiltInBehavioursAfterExport() {
        SrxDocument exported = exportedAndReadBack();
        List<String> differences = new ArrayList<>();
        String[][] cases = {
            {"en", "I have a headache . . . and I am worried. Wait . . . What? It was . . . . Then he left."},
            {"en", "Dr. Smith met Mr. Jones at 5 p.m. on Main St. in the U.S. capital. J. R. R. Tolkien wrote it."},
            {"en", "It rose 3.5 percent. The price was 3. Then 4.5 more. Pi is 3.14159. OK."},
            {"en", "\"Stop.\" She left. He said \"go.\" Then 'no.' Then (it ended.) New one."},
            {"en", "Wait... what? Wait… What? He paused… Then spoke. End.."},
            {"de", "Das ist z. B. gut. Am 3. Oktober kam er. Der 100. Geburtstag war schön. Ende."},
            {"fr", "M. Dupont est là. « Il neige ! » dit-elle. Bien . Oui ! Non ?"},
            {"zh", "她笑了。“你好。”他说。我们走吧……好的！真的？是的。iPhone很好。"},
            {"ja", "「行こう。」と彼は言った。はい。"},
        };
        for (String[] c : cases) {
            compare(exported, c[0], c[1], c[1], differences);
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    private static SrxDocument exportedAndReadBack() {
        try {
            return SrxReader.read(new ByteArrayInputStream(
                    SrxWriter.write(Segmenters.builtInRules()).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the exported built-in rules do not read back", e);
        }
    }

    /** Adds one line per sentence end where the two splitters disagree, with the text around it. */
    private static void compare(SrxDocument rules, String language, String name, String text, List<String> out) {
        List<Integer> expected = ends(Segmenters.forLanguage(language).split(text));
        List<Integer> actual = ends(Segmenters.forRules(rules, language).split(text));
        for (int end : expected) {
            if (!actual.contains(end)) {
                out.add(name + " [" + language + "] built-in ends a sentence, SRX does not: " + around(text, end));
            }
        }
        for (int end : actual) {
            if (!expected.contains(end)) {
                out.add(name + " [" + language + "] SRX ends a sentence, built-in does not: " + around(text, end));
            }
        }
    }

    private static List<Integer> ends(List<Segment> segments) {
        return segments.stream().map(Segment::end).toList();
    }

    private static String around(String text, int at) {
        return "\"" + text.substring(Math.max(0, at - 40), at).replace('\n', ' ') + "‖"
                + text.substring(at, Math.min(text.length(), at + 30)).replace('\n', ' ') + "\"";
    }

    /** The lines joined by spaces, {@value #LINES_PER_PARAGRAPH} to a paragraph. */
    private static String runTogether(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i].strip()).append(i % LINES_PER_PARAGRAPH == LINES_PER_PARAGRAPH - 1 ? "\n\n" : " ");
        }
        return out.toString();
    }
}
