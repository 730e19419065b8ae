// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.align.AlignerSettings;
import dev.tandem.align.Bead;
import dev.tandem.align.SentenceAligner;
import dev.tandem.align.SideText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A passage left out of one side in the middle of each document of a set: the sentences of the gold beads from
 * {@code from} to {@code to} (shares of the document's beads) removed from the translation or the original. The other
 * side's sentences of those beads are rightly unpaired; strict F1 is over the rest, and a bead pairing one of them is
 * wrong. Before {@code GapRuns} every unpaired sentence cost the full prior and the aligner stretched beads over the
 * passage: mac/dev zh→en 0.733 with a tenth of the translation left out (71 beads into the passage), 0.429 with a fifth,
 * 0.703 with a tenth of the original, text+berg de→fr 0.833. A passage at a side's start (a translation of a text's
 * later part, an original whose untranslated introduction comes first) is a border run; with the first pass's ratios
 * taken from the totals, it was stretched over until {@code CoreHypotheses} tried the last part of a side too: mac/dev
 * zh→en without the translation of each chapter's first quarter 0.572 (80 beads into the passage), without the first
 * half of the original 0.003 (274), text+berg de→fr likewise 0.353 (83). Reads {@code ../shared/eval} and skips when it
 * is absent.
 */
class OmittedPassageRegressionTest {
    private static final Path EVAL = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"));

    @ParameterizedTest(name = "{0} {1}→{2}, the {3}''s sentences of gold beads [{4}, {5}) of each document left out:"
            + " strict F1 ≥ {6}, at most {7} beads into the passage")
    @CsvSource({"mac/dev, zh, en, translation, 0.4, 0.5, 0.77, 40", "mac/dev, zh, en, translation, 0.3, 0.5, 0.56, 115",
            "mac/dev, zh, en, original, 0.4, 0.5, 0.74, 55", "text+berg/dev, de, fr, translation, 0.4, 0.5, 0.88, 6",
            "mac/dev, zh, en, translation, 0.0, 0.25, 0.80, 10", "mac/dev, zh, en, original, 0.0, 0.5, 0.68, 40",
            "text+berg/dev, de, fr, original, 0.0, 0.5, 0.85, 5"})
    void thePassageShouldStayUnpaired(String set, String sourceLanguage, String targetLanguage, String side,
                                      double from, double to, double minimum, int mostIntoThePassage)
            throws IOException {
        Path dir = EVAL.resolve(set);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "skipped: " + dir.toAbsolutePath() + " is absent (gold data lives in ../shared/eval)");
        boolean translation = side.equals("translation");
        SentenceAligner aligner = new SentenceAligner(AlignerSettings.defaults());
        long right = 0;
        long output = 0;
        long gold = 0;
        long intoThePassage = 0;
        List<String> names;
        try (var files = Files.list(dir.resolve("gold"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        for (String name : names) {
            List<EvalScorer.Alignment> beads = EvalScorer.read(dir.resolve("gold").resolve(name));
            List<EvalScorer.Alignment> omitted = beads.subList((int) Math.round(from * beads.size()),
                    (int) Math.round(to * beads.size()));
            List<String> cutSide = Files.readAllLines(dir.resolve(translation ? targetLanguage : sourceLanguage)
                    .resolve(name));
            LeftOutPassage passage = LeftOutPassage.of(beads, omitted, cutSide, translation);
            Set<EvalScorer.Alignment> rest = passage.rest();
            List<String> kept = passage.kept();
            gold += rest.size();
            List<String> source = translation ? Files.readAllLines(dir.resolve(sourceLanguage).resolve(name)) : kept;
            List<String> target = translation ? kept : Files.readAllLines(dir.resolve(targetLanguage).resolve(name));
            for (Bead bead : aligner.align(SideText.of(sourceLanguage, source), SideText.of(targetLanguage, target))) {
                EvalScorer.Alignment found = EvalScorer.Alignment.of(bead);
                boolean touchesThePassage = (translation ? found.source() : found.target()).stream()
                        .anyMatch(passage.orphans()::contains);
                if (touchesThePassage && !bead.pairs()) {
                    continue; // rightly unpaired
                }
                intoThePassage += touchesThePassage ? 1 : 0;
                output++;
                right += rest.contains(found) ? 1 : 0;
            }
        }
        double f1 = EvalScorer.f1(right, output, gold);
        assertTrue(intoThePassage <= mostIntoThePassage, intoThePassage + " beads pair a sentence of the left-out passage");
        assertTrue(f1 >= minimum, "strict F1 of the rest " + f1 + ", below " + minimum);
    }
}
