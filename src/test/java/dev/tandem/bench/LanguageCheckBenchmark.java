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

/**
 * Measures the import language check ({@link LanguageCheck}) on the real texts of {@code shared/eval} (Chinese and
 * English of mac/dev and the bible, German and French of text+berg) and {@code shared/seed/article-en.txt}: each
 * document is cut into texts of at least N characters (runs of whole lines), and each text is checked as the side
 * it belongs to (a refusal is a false refusal) and as the other side of its pair (a refusal catches a swap).
 *
 * <pre>./mvnw -q test-compile exec:java@language-bench   [-Dtandem.eval.dir=DIR]</pre>
 */
public final class LanguageCheckBenchmark {
    private static final int[] LENGTHS = {20, 50, 100, 200, 300, 500, 1000, 5000, Integer.MAX_VALUE};

    private LanguageCheckBenchmark() {
    }

    /** A document in a language, and the language of its translation (what a swapped upload would claim). */
    private record Doc(String language, String pairedWith, List<String> lines) {
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
            docs.add(new Doc("zh", "en", lines(root.resolve("mac/dev/zh/00" + i))));
            docs.add(new Doc("en", "zh", lines(root.resolve("mac/dev/en/00" + i))));
        }
        docs.add(new Doc("zh", "en", lines(root.resolve("bible/zh/001"))));
        docs.add(new Doc("en", "zh", lines(root.resolve("bible/en/001"))));
        docs.add(new Doc("de", "fr", lines(root.resolve("text+berg/dev/de/dev"))));
        docs.add(new Doc("fr", "de", lines(root.resolve("text+berg/dev/fr/dev"))));
        if (Files.exists(seed)) {
            docs.add(new Doc("en", "de", lines(seed)));
            docs.add(new Doc("en", "fr", lines(seed)));
        }
        // Same-script pairs of languages the sets hold: English against German and French.
        for (Doc doc : List.copyOf(docs)) {
            if (doc.language().equals("de") || doc.language().equals("fr")) {
                docs.add(new Doc(doc.language(), "en", doc.lines()));
            }
            if (doc.language().equals("en") && doc.pairedWith().equals("zh")) {
                docs.add(new Doc("en", "de", doc.lines()));
                docs.add(new Doc("en", "fr", doc.lines()));
            }
        }
        LanguageCheck check = new LanguageCheck();
        System.out.println("texts: runs of whole lines of at least N characters; 'as itself': checked as its own"
                + " language (a refusal is false); 'swapped': checked as the language it is paired with");
        for (int length : LENGTHS) {
            Map<String, int[]> byPair = new LinkedHashMap<>();
            long nanos = 0;
            int checks = 0;
            List<String> examples = new ArrayList<>();
            for (Doc doc : docs) {
                int[] counts = byPair.computeIfAbsent(doc.language() + "/" + doc.pairedWith(), k -> new int[4]);
                for (String text : texts(doc.lines(), length)) {
                    long start = System.nanoTime();
                    boolean falseRefusal = check.check(text, doc.language(), doc.pairedWith()).isPresent();
                    boolean caught = check.check(text, doc.pairedWith(), doc.language()).isPresent();
                    nanos += System.nanoTime() - start;
                    checks += 2;
                    counts[0]++;
                    counts[1] += falseRefusal ? 1 : 0;
                    counts[2] += caught ? 1 : 0;
                    if (falseRefusal && examples.size() < 3) {
                        examples.add(doc.language() + " refused as " + check.check(text, doc.language(),
                                doc.pairedWith()).orElseThrow().name() + ": " + text.substring(0, Math.min(90, text.length())));
                    }
                }
            }
            StringBuilder line = new StringBuilder(String.format("N >= %-7s",
                    length == Integer.MAX_VALUE ? "whole" : length));
            int texts = 0;
            int refused = 0;
            for (var e : byPair.entrySet()) {
                int[] c = e.getValue();
                texts += c[0];
                refused += c[1];
                line.append(String.format("  %s: %d texts, %d refused as itself, %d/%d swaps caught", e.getKey(), c[0],
                        c[1], c[2], c[0]));
            }
            System.out.printf("%s%n    in all %d texts, %d false refusals; %.3f ms per check%n", line, texts, refused,
                    nanos / 1e6 / Math.max(1, checks));
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
