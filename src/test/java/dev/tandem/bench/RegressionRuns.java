// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import dev.tandem.align.AlignerSettings;
import dev.tandem.align.Lexicon;
import dev.tandem.align.SentenceAligner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The alignments and dictionary lexicons that {@link AlignmentRegressionTest} and {@link DictionaryRegressionTest}
 * both need, made once per test JVM: a set aligned one way round without a lexicon, or with a dictionary's lexicon.
 * The aligner is deterministic, so sharing changes no figure; it only stops the same set being aligned two or three
 * times in one {@code verify}.
 */
final class RegressionRuns {
    static final SentenceAligner ALIGNER = new SentenceAligner(AlignerSettings.defaults());
    private static final Map<String, DictionaryRows.Outcome> OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, Lexicon> LEXICONS = new ConcurrentHashMap<>();

    private RegressionRuns() {
    }

    /** The set aligned one way round with no lexicon, as {@link GeneralityChecks#swapped} aligns it. */
    static DictionaryRows.Outcome withoutLexicon(Path root, AlignBenchmark.EvalSet set, boolean swapped) {
        return OUTCOMES.computeIfAbsent(set.name() + " " + swapped + " none", key -> align(root,
                new DictionaryRows.Run(set, swapped, List.of(), "none"), Lexicon.EMPTY));
    }

    /** The run's set aligned with the lexicon of its dictionary (turned round where the run goes the other way). */
    static DictionaryRows.Outcome withDictionary(Path root, DictionaryRows.Run run, String dictionarySource,
                                                 String dictionaryTarget) {
        return OUTCOMES.computeIfAbsent(run.set().name() + " " + run.swapped() + " " + run.dictionaryName(),
                key -> align(root, run, lexicon(run, dictionarySource, dictionaryTarget)));
    }

    /** The project lexicon of the run's dictionary, as {@link DictionaryRows#lexiconFor} makes it. */
    static Lexicon lexicon(DictionaryRows.Run run, String dictionarySource, String dictionaryTarget) {
        boolean reversed = !run.sourceLanguage().equals(dictionarySource);
        return LEXICONS.computeIfAbsent(run.dictionaryName() + " " + reversed,
                key -> DictionaryRows.lexiconFor(run, dictionarySource, dictionaryTarget));
    }

    private static DictionaryRows.Outcome align(Path root, DictionaryRows.Run run, Lexicon lexicon) {
        try {
            return DictionaryRows.align(ALIGNER, root, run, name -> lexicon, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
