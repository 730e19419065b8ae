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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An unfinished translation (the translation cut short) or an original of which only the first part was pasted (the
 * original cut short), cut at a gold bead's end: the part that has a counterpart is aligned, the rest left unpaired.
 * Scored on that part against the gold (strict F1; pairing beads that reach past the cut count as wrong). Before
 * {@code CoreHypotheses} the first pass took its ratios from the totals and stretched every bead over the whole
 * longer side: mac/dev zh→en with half its translation 0.009, with three quarters 0.662, with three quarters of the
 * original 0.627, the Bible en→zh with 90 % of its translation 0.126. With {@code GapRuns} (runs inside a text) the
 * three-quarter row fell from 0.826 to 0.776 (chapter 005 pairs 20 beads with the untranslated rest) while the half
 * row rose from 0.663 to 0.804: its floor is 0.76. A side with a sixth of the other's sentences got no hypothesis of its
 * own size (the smallest share was a half): mac/dev zh→en with 15 % of the original 0.003, text+berg de→fr with 15 % of
 * its translation 0.096. Reads {@code ../shared/eval} and skips when it is absent.
 */
class PartialTextRegressionTest {
    private static final Path EVAL = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"));

    @ParameterizedTest(name = "{0} {1}→{2}, {3} cut to {4} of its gold beads: strict F1 ≥ {5}")
    @CsvSource({"mac/dev, zh, en, translation, 0.5, 0.75", "mac/dev, zh, en, translation, 0.75, 0.76",
            "mac/dev, zh, en, original, 0.75, 0.78", "bible, en, zh, translation, 0.9, 0.88",
            "mac/dev, zh, en, original, 0.15, 0.45", "text+berg/dev, de, fr, translation, 0.15, 0.55"})
    void thePartWithACounterpartShouldBeAligned(String set, String sourceLanguage, String targetLanguage, String cut,
                                                double keep, double minimum) throws IOException {
        Path dir = EVAL.resolve(set);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "skipped: " + dir.toAbsolutePath() + " is absent (gold data lives in ../shared/eval)");
        SentenceAligner aligner = new SentenceAligner(AlignerSettings.defaults());
        long right = 0;
        long output = 0;
        long gold = 0;
        List<String> names;
        try (var files = Files.list(dir.resolve("gold"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        for (String name : names) {
            List<EvalScorer.Alignment> beads = EvalScorer.read(dir.resolve("gold").resolve(name));
            int kept = (int) Math.round(keep * beads.size());
            int sourceCut = 0;
            int targetCut = 0;
            for (EvalScorer.Alignment bead : beads.subList(0, kept)) {
                sourceCut = Math.max(sourceCut, bead.source().stream().mapToInt(i -> i + 1).max().orElse(0));
                targetCut = Math.max(targetCut, bead.target().stream().mapToInt(j -> j + 1).max().orElse(0));
            }
            Set<EvalScorer.Alignment> core = new HashSet<>(beads.subList(0, kept));
            gold += core.size();
            List<String> source = Files.readAllLines(dir.resolve(sourceLanguage).resolve(name));
            List<String> target = Files.readAllLines(dir.resolve(targetLanguage).resolve(name));
            if (cut.equals("original")) {
                source = source.subList(0, sourceCut);
            } else {
                target = target.subList(0, targetCut);
            }
            for (Bead bead : aligner.align(SideText.of(sourceLanguage, source), SideText.of(targetLanguage, target))) {
                boolean paired = bead.pairs();
                if (!paired && (bead.sourceEnd() > sourceCut || bead.targetEnd() > targetCut)) {
                    continue; // the rest without a counterpart, rightly unpaired
                }
                output++;
                right += core.contains(EvalScorer.Alignment.of(bead)) ? 1 : 0;
            }
        }
        double f1 = EvalScorer.f1(right, output, gold);
        assertTrue(f1 >= minimum, "strict F1 of the part with a counterpart " + f1 + ", below " + minimum);
    }
}
