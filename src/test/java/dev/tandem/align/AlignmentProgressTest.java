// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The aligner reports a rising progress from 0 to 1, and stops when asked. */
class AlignmentProgressTest {
    private static final SentenceAligner ALIGNER = new SentenceAligner(AlignerSettings.defaults());

    @Test
    void shouldReportARisingFractionEndingAtOne() {
        List<Double> reports = new ArrayList<>();
        List<Bead> beads = ALIGNER.align(side("de", 3000, "Satz"), side("fr", 3100, "Phrase"), Lexicon.EMPTY,
                reports::add);
        assertTrue(reports.size() > 20, "reports as it goes, not only at the end: " + reports.size());
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i) > reports.get(i - 1), "rises at " + i + ": " + reports);
        }
        assertTrue(reports.get(0) >= 0.0);
        assertEquals(1.0, reports.get(reports.size() - 1));
        assertEquals(ALIGNER.align(side("de", 3000, "Satz"), side("fr", 3100, "Phrase")), beads,
                "watching does not change the result");
    }

    @Test
    void shouldReportEachFoldWhileLearningTheDocumentsLexicon() {
        // learning has no lattice rows; on a 100,000-sentence import it is about half the time, so it reports itself
        int n = 100;
        int[][] source = new int[n][];
        int[][] target = new int[n][];
        List<ScoredBead> path = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            source[i] = new int[] {i % 10, 10 + i};
            target[i] = new int[] {i % 10, 10 + i};
            path.add(new ScoredBead(i, i + 1, i, i + 1, 0.0));
        }
        List<Double> reports = new ArrayList<>();
        ProgressMeter meter = new ProgressMeter(reports::add);
        meter.stage(0.4, 0.6);
        FoldLexicon.build(path, source, target, 200, 200, null, 1.0, meter);
        assertEquals(1 + FoldLexicon.FOLDS, reports.size(), "the stage's start and one report a fold: " + reports);
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i) > reports.get(i - 1) && reports.get(i) < 0.6, "within the stage: " + reports);
        }
    }

    @Test
    void shouldStopWhenTheProgressListenerCancels() {
        List<Double> reports = new ArrayList<>();
        assertThrows(CancellationException.class, () -> ALIGNER.align(side("de", 3000, "Satz"),
                side("fr", 3000, "Phrase"), Lexicon.EMPTY, fraction -> {
                    reports.add(fraction);
                    if (fraction > 0.3) {
                        throw new CancellationException();
                    }
                }));
        assertTrue(reports.get(reports.size() - 1) < 0.5, "stopped soon after it was asked: " + reports);
    }

    @Test
    void shouldStopWhenItsThreadIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> ALIGNER.align(side("de", 500, "Satz"),
                    side("fr", 500, "Phrase"), Lexicon.EMPTY, fraction -> { }));
        } finally {
            Thread.interrupted();
        }
    }

    private static SideText side(String language, int sentences, String word) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            texts.add(word + " " + i + " " + "x".repeat(5 + (i * 7919) % 60) + ".");
        }
        return SideText.of(language, texts);
    }
}
