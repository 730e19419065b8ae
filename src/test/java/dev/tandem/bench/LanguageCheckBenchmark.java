// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import dev.tandem.formats.LanguageCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures the import language check ({@link LanguageCheck}) on the real texts of {@code shared/eval} (Chinese and
 * English of mac/dev and the bible, German and French of text+berg) and {@code shared/seed/article-en.txt}: each
 * document is cut into texts of at least N characters (runs of whole lines), and each text is checked as its own
 * language in projects with each other one (a refusal is false), as the other language of such a project (a refusal
 * catches a swap), and English as either side of a German–French project (a refusal catches a third language).
 *
 * <pre>./mvnw -q test-compile exec:java@language-bench   [-Dtandem.eval.dir=DIR]</pre>
 */
public final class LanguageCheckBenchmark {
    private static final int[] LENGTHS = {20, 50, 100, 200, 300, 500, 1000, 5000, Integer.MAX_VALUE};

    private LanguageCheckBenchmark() {
    }

    /** A document in a language. */
    private record Doc(String language, List<String> lines) {
    }

    /**
     * A way of checking a text: as {@code language} in a project whose other language is {@code other}; a refusal
     * is right when the text is not in {@code language}.
     */
    private record Case(String name, String language, String other) {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"));
        Path seed = root.resolve("../../seed/article-en.txt").normalize();
        if (!Files.isDirectory(root)) {
            System.out.println("No evaluation data at " + root.toAbsolutePath() + "; set -Dtandem.eval.dir. Nothing to do.");
            return;
        }
        List<Doc> docs = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            docs.add(new Doc("zh", lines(root.resolve("mac/dev/zh/00" + i))));
            docs.add(new Doc("en", lines(root.resolve("mac/dev/en/00" + i))));
        }
        docs.add(new Doc("zh", lines(root.resolve("bible/zh/001"))));
        docs.add(new Doc("en", lines(root.resolve("bible/en/001"))));
        docs.add(new Doc("de", lines(root.resolve("text+berg/dev/de/dev"))));
        docs.add(new Doc("fr", lines(root.resolve("text+berg/dev/fr/dev"))));
        if (Files.exists(seed)) {
            docs.add(new Doc("en", lines(seed)));
        }
        List<String> languages = List.of("zh", "en", "de", "fr");
        LanguageCheck check = new LanguageCheck();
        System.out.println("Texts: runs of whole lines of at least N characters of each document. 'as itself': checked"
                + " as its language against each other one (a refusal is false); 'swapped': checked as the other"
                + " language of the project; 'English as third': English checked as either side of de-fr.");
        for (int length : LENGTHS) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            long nanos = 0;
            int checks = 0;
            List<String> examples = new ArrayList<>();
            for (Doc doc : docs) {
                List<Case> cases = new ArrayList<>();
                for (String other : languages) {
                    if (!other.equals(doc.language())) {
                        cases.add(new Case("as itself", doc.language(), other));
                        cases.add(new Case("swapped", other, doc.language()));
                    }
                }
                if (doc.language().equals("en")) {
                    cases.add(new Case("English as third", "de", "fr"));
                    cases.add(new Case("English as third", "fr", "de"));
                }
                for (String text : texts(doc.lines(), length)) {
                    for (Case c : cases) {
                        long start = System.nanoTime();
                        Optional<LanguageCheck.Mismatch> refused = check.check(text, c.language(), c.other());
                        nanos += System.nanoTime() - start;
                        checks++;
                        int[] count = counts.computeIfAbsent(c.name() + " " + doc.language() + " as " + c.language(),
                                k -> new int[2]);
                        count[0]++;
                        count[1] += refused.isPresent() ? 1 : 0;
                        if (refused.isPresent() && c.name().equals("as itself") && examples.size() < 3) {
                            examples.add(doc.language() + " refused as " + refused.get().name() + ": "
                                    + text.substring(0, Math.min(90, text.length())).replace('\n', ' '));
                        }
                    }
                }
            }
            System.out.printf("N >= %s: %.2f ms per check%n", length == Integer.MAX_VALUE ? "whole document" : length,
                    nanos / 1e6 / Math.max(1, checks));
            int falseRefusals = 0;
            for (var e : counts.entrySet()) {
                boolean wrong = e.getKey().startsWith("as itself");
                falseRefusals += wrong ? e.getValue()[1] : 0;
                System.out.printf("    %-28s %5d checks, %5d refused%s%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                        wrong ? "" : String.format(" (%.1f%%)", 100.0 * e.getValue()[1] / e.getValue()[0]));
            }
            System.out.println("    false refusals in all: " + falseRefusals);
            examples.forEach(example -> System.out.println("    e.g. " + example));
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Consecutive lines joined by newlines until each text has at least {@code length} characters. */
    private static List<String> texts(List<String> lines, int length) {
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(text.isEmpty() ? "" : "\n").append(line);
            if (text.length() >= length) {
                texts.add(text.toString());
                text.setLength(0);
            }
        }
        if (length == Integer.MAX_VALUE && !text.isEmpty()) {
            texts.add(text.toString());
        }
        return texts;
    }
}
