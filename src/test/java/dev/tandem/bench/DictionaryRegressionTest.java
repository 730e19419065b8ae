// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.align.AlignerSettings;
import dev.tandem.align.Lexicon;
import dev.tandem.align.SentenceAligner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real dictionary never makes alignment worse: on every development set, both ways round, strict F1 with the
 * dictionary of its languages (read and turned into a project lexicon as an upload is, {@link DictionaryRows}) is at
 * most 0.005 below F1 without it; and mac/dev keeps the figures recorded when dictionaries last improved. Reads
 * {@code ../shared/eval} (skips when absent) and the dictionaries of {@link EvalDictionaries} (skips when absent,
 * fails under {@code -Dtandem.require-dictionaries=true}, as in CI).
 */
class DictionaryRegressionTest {
    private static final Path ROOT = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"));
    private static final double NEVER_WORSE_BY = 0.005;
    private static final SentenceAligner ALIGNER = new SentenceAligner(AlignerSettings.defaults());
    private static List<Map.Entry<String, String>> cedict;
    private static List<Map.Entry<String, String>> deuFra;

    @ParameterizedTest(name = "{0}, {1}: with {2} at least without - 0.005")
    @CsvSource({"mac/dev, false, CC-CEDICT", "mac/dev, true, CC-CEDICT", "text+berg/dev, false, deu-fra",
            "text+berg/dev, true, deu-fra", "bible, false, CC-CEDICT", "bible, true, CC-CEDICT"})
    void dictionaryShouldNeverLowerStrictF1(String setName, boolean swapped, String dictionary) throws IOException {
        DictionaryRows.Run run = run(setName, swapped, dictionary);
        boolean chinese = dictionary.equals("CC-CEDICT");
        Lexicon lexicon = DictionaryRows.lexiconFor(run, chinese ? "zh" : "de", chinese ? "en" : "fr");
        double without = DictionaryRows.align(ALIGNER, ROOT, run, name -> Lexicon.EMPTY, 1).result().f1Strict();
        double with = DictionaryRows.align(ALIGNER, ROOT, run, name -> lexicon, 1).result().f1Strict();
        assertTrue(with >= without - NEVER_WORSE_BY, run.label() + " with " + dictionary + ": strict F1 " + with
                + " against " + without + " without it");
    }

    @Test
    void cedictShouldLiftMacDevToTheRecordedFigures() throws IOException {
        DictionaryRows.Run run = run("mac/dev", false, "CC-CEDICT");
        Lexicon dictionary = DictionaryRows.lexiconFor(run, "zh", "en");
        double alone = DictionaryRows.align(ALIGNER, ROOT, run, name -> dictionary, 1).result().f1Strict();
        assertTrue(alone >= 0.835 - 0.01, "mac/dev zh→en with CC-CEDICT: strict F1 " + alone + ", recorded 0.835");
        Map<String, Lexicon> confirmed = DictionaryRows.leaveOneOutLexicons(run.set().dir(ROOT));
        double together = DictionaryRows.align(ALIGNER, ROOT, run, name -> confirmed.get(name).merge(dictionary), 1)
                .result().f1Strict();
        assertTrue(together >= 0.864 - 0.01, "mac/dev zh→en with CC-CEDICT and the confirmed pairs' lexicon: strict F1 "
                + together + ", recorded 0.864");
    }

    private static DictionaryRows.Run run(String setName, boolean swapped, String dictionary) throws IOException {
        AlignBenchmark.EvalSet set = AlignBenchmark.SETS.stream().filter(s -> s.name().equals(setName)).findFirst()
                .orElseThrow();
        Assumptions.assumeTrue(Files.isDirectory(set.dir(ROOT)),
                "skipped: " + set.dir(ROOT).toAbsolutePath() + " is absent (gold data lives in ../shared/eval)");
        return new DictionaryRows.Run(set, swapped, entries(dictionary), dictionary);
    }

    private static synchronized List<Map.Entry<String, String>> entries(String dictionary) throws IOException {
        if (dictionary.equals("CC-CEDICT")) {
            EvalDictionaries.assumePresent(EvalDictionaries.cedict());
            cedict = cedict == null ? DictionaryRows.cedict() : cedict;
            return cedict;
        }
        EvalDictionaries.assumePresent(EvalDictionaries.freedictIndex("deu-fra"), EvalDictionaries.freedictDict("deu-fra"));
        deuFra = deuFra == null ? DictionaryRows.deuFra() : deuFra;
        return deuFra;
    }
}
