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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A side with sentences the other lacks at its start or end (a translator's preface, front matter, the untranslated
 * rest of a partial original) keeps them unpaired and the rest aligned: mac/dev's chapters, each with 30 sentences of
 * chapter 002 added, scored on the real part against the gold, without paragraphs (as {@code /api/align} gets
 * sentences) and with each text one paragraph (as an import of text without blank lines). Before {@code BorderRuns}
 * 40–108 beads paired a foreign sentence and strict F1 fell to 0.757–0.828 (0.864 without them); now at most 2 and
 * 0.845–0.856. Reads {@code ../shared/eval} and skips when it is absent.
 */
class ForeignRunRegressionTest {
    private static final Path MAC = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data")).resolve("mac/dev");
    private static final int FOREIGN = 30;

    @ParameterizedTest(name = "{0} sentences of another chapter before the translation: {1}, after the original: {2};"
            + " each text one paragraph, as an import of text without blank lines: {3}")
    @CsvSource({"30, true, false, false", "30, false, true, false", "30, true, true, false", "30, true, false, true",
            "30, false, true, true", "30, true, true, true"})
    void foreignSentencesAtTheEndsShouldStayUnpaired(int foreign, boolean beforeTranslation, boolean afterOriginal,
                                                     boolean paragraphs) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(MAC),
                "skipped: " + MAC.toAbsolutePath() + " is absent (gold data lives in ../shared/eval)");
        SentenceAligner aligner = new SentenceAligner(AlignerSettings.defaults());
        List<String> otherZh = lines("zh", "002");
        List<String> otherEn = lines("en", "002");
        long right = 0;
        long output = 0;
        long gold = 0;
        long foreignPaired = 0;
        for (String chapter : List.of("001", "003", "004", "005", "006")) {
            List<String> source = new ArrayList<>(lines("zh", chapter));
            List<String> target = new ArrayList<>(lines("en", chapter));
            int realSource = source.size();
            int realTarget = target.size();
            int targetOffset = 0;
            if (beforeTranslation) {
                target.addAll(0, otherEn.subList(0, foreign));
                targetOffset = foreign;
            }
            if (afterOriginal) {
                source.addAll(otherZh.subList(otherZh.size() - foreign, otherZh.size()));
            }
            Set<EvalScorer.Alignment> goldBeads = new HashSet<>(EvalScorer.read(MAC.resolve("gold").resolve(chapter)));
            gold += goldBeads.size();
            SideText sourceText = paragraphs ? new SideText("zh", source, new int[source.size()]) : SideText.of("zh", source);
            SideText targetText = paragraphs ? new SideText("en", target, new int[target.size()]) : SideText.of("en", target);
            for (Bead bead : aligner.align(sourceText, targetText)) {
                boolean paired = bead.pairs();
                boolean foreignSource = bead.sourceEnd() > realSource;
                boolean foreignTarget = bead.targetStart() < targetOffset || bead.targetEnd() > targetOffset + realTarget;
                if (foreignSource || foreignTarget) {
                    foreignPaired += paired ? 1 : 0;
                    continue;
                }
                output++;
                right += goldBeads.contains(EvalScorer.Alignment.of(bead, targetOffset)) ? 1 : 0;
            }
        }
        double f1 = EvalScorer.f1(right, output, gold);
        assertTrue(foreignPaired <= 3, foreignPaired + " beads paired a sentence of the other chapter");
        assertTrue(f1 >= 0.83, "strict F1 of the chapters' own sentences " + f1 + ", below 0.83 (0.864 without the"
                + " other chapter's sentences)");
    }

    private static List<String> lines(String language, String chapter) throws IOException {
        return Files.readAllLines(MAC.resolve(language).resolve(chapter));
    }
}
