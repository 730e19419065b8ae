// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * most 0.005 below F1 without it, and the pairs it puts at confidence ≥ 0.9 are still 97 % right; mac/dev keeps the
 * figures recorded when dictionaries last improved. Reads
 * {@code ../shared/eval} (skips when absent) and the dictionaries of {@link EvalDictionaries} (skips when absent,
 * fails under {@code -Dtandem.require-dictionaries=true}, as in CI).
 */
class DictionaryRegressionTest {
    private static final Path ROOT = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"));
    private static final double NEVER_WORSE_BY = 0.005;
    /** Pairs at confidence ≥ 0.9 may be confirmed unread: at least this share of them must be right. */
    private static final double CONFIDENT_PRECISION = 0.97;
    /** With CC-CEDICT, at least this share of mac/dev's pairs reach 0.9 (52.1 % measured; 32.1 % without it). */
    private static final double CONFIDENT_SHARE = 0.45;
    private static final SentenceAligner ALIGNER = RegressionRuns.ALIGNER;
    private static List<Map.Entry<String, String>> cedict;
    private static List<Map.Entry<String, String>> deuFra;

    @ParameterizedTest(name = "{0}, {1}: with {2} at least without - 0.005")
    @CsvSource({"mac/dev, false, CC-CEDICT", "mac/dev, true, CC-CEDICT", "text+berg/dev, false, deu-fra",
            "text+berg/dev, true, deu-fra", "bible, false, CC-CEDICT", "bible, true, CC-CEDICT"})
    void dictionaryShouldNeverLowerStrictF1(String setName, boolean swapped, String dictionary) throws IOException {
        DictionaryRows.Run run = run(setName, swapped, dictionary);
        boolean chinese = dictionary.equals("CC-CEDICT");
        double without = RegressionRuns.withoutLexicon(ROOT, run.set(), swapped).result().f1Strict();
        DictionaryRows.Outcome with = RegressionRuns.withDictionary(ROOT, run, chinese ? "zh" : "de", chinese ? "en" : "fr");
        assertTrue(with.result().f1Strict() >= without - NEVER_WORSE_BY, run.label() + " with " + dictionary
                + ": strict F1 " + with.result().f1Strict() + " against " + without + " without it");
        assertTrue(with.reliability().confidentPrecision() >= CONFIDENT_PRECISION, run.label() + " with " + dictionary
                + ": only " + with.reliability().confidentPrecision() + " of the pairs at confidence ≥ 0.9 are right");
    }

    @Test
    void cedictShouldLiftMacDevToTheRecordedFigures() throws IOException {
        DictionaryRows.Run run = run("mac/dev", false, "CC-CEDICT");
        Lexicon dictionary = RegressionRuns.lexicon(run, "zh", "en");
        DictionaryRows.Outcome alone = RegressionRuns.withDictionary(ROOT, run, "zh", "en");
        assertTrue(alone.result().f1Strict() >= 0.852 - 0.01, "mac/dev zh→en with CC-CEDICT: strict F1 "
                + alone.result().f1Strict() + ", recorded 0.852");
        assertTrue(alone.reliability().confidentShare() >= CONFIDENT_SHARE, "mac/dev zh→en with CC-CEDICT: "
                + alone.reliability().confidentShare() + " of the pairs reach confidence 0.9, fewer than " + CONFIDENT_SHARE);
        Map<String, Lexicon> confirmed = DictionaryRows.leaveOneOutLexicons(run.set().dir(ROOT));
        double together = DictionaryRows.align(ALIGNER, ROOT, run, name -> confirmed.get(name).merge(dictionary), 1)
                .result().f1Strict();
        assertTrue(together >= 0.879 - 0.01, "mac/dev zh→en with CC-CEDICT and the confirmed pairs' lexicon: strict F1 "
                + together + ", recorded 0.879");
    }

    /**
     * A translator's glossary of the book's names touches few pairs: the pairs it does not touch keep their confidence
     * (taken as the agreement with and without the document's own lexicon everywhere, these seven names cut mac/dev's
     * pairs at ≥ 0.9 from 32.1 % to 28.1 %).
     */
    @ParameterizedTest(name = "mac/dev, swapped {0}: seven names keep the share of pairs at ≥ 0.9")
    @CsvSource({"false", "true"})
    void aGlossaryOfNamesShouldKeepTheShareOfConfidentPairs(boolean swapped) throws IOException {
        AlignBenchmark.EvalSet set = set("mac/dev");
        List<Map.Entry<String, String>> names = List.of(Map.entry("陈清扬", "Chen Qingyang"), Map.entry("王二", "Wang Er"),
                Map.entry("罗小四", "Luo Xiaosi"), Map.entry("三闷儿", "Shan Men Er"), Map.entry("破鞋", "damaged goods"),
                Map.entry("军代表", "military representative"), Map.entry("北京", "Beijing"));
        var run = new DictionaryRows.Run(set, swapped, names, "names");
        Lexicon glossary = DictionaryRows.lexiconFor(run, "zh", "en");
        DictionaryRows.Outcome without = RegressionRuns.withoutLexicon(ROOT, set, swapped);
        DictionaryRows.Outcome with = DictionaryRows.align(ALIGNER, ROOT, run, name -> glossary, 1);
        assertTrue(with.reliability().confidentShare() >= without.reliability().confidentShare() - 0.01,
                run.label() + " with seven names: " + with.reliability().confidentShare() + " of the pairs at ≥ 0.9,"
                        + " against " + without.reliability().confidentShare() + " without");
        assertTrue(with.reliability().confidentPrecision() >= CONFIDENT_PRECISION, run.label()
                + " with seven names: only " + with.reliability().confidentPrecision() + " of the pairs at ≥ 0.9 right");
    }

    /**
     * A chapter aligned into a project holding the book's five other chapters, unreviewed, learns from their pairs
     * (ProjectLexicons.forAlignment): measured 0.830 → 0.852 strict F1 and 32.1 → 54.6 % of pairs at ≥ 0.9 (97.7 %
     * right) zh→en, 0.823 → 0.843 and 30.4 → 52.3 % (97.2 %) en→zh.
     */
    @ParameterizedTest(name = "mac/dev, swapped {0}: a chapter among the book's others")
    @CsvSource({"false", "true"})
    void theBooksOtherChaptersUnreviewedShouldLiftEachChapter(boolean swapped) throws IOException {
        AlignBenchmark.EvalSet set = set("mac/dev");
        var run = new DictionaryRows.Run(set, swapped, List.of(), "none");
        Map<String, Lexicon> learned = DictionaryRows.unreviewedLeaveOneOutLexicons(ALIGNER, ROOT, run);
        DictionaryRows.Outcome alone = RegressionRuns.withoutLexicon(ROOT, set, swapped);
        DictionaryRows.Outcome among = DictionaryRows.align(ALIGNER, ROOT, run, learned::get, 1);
        String figures = run.label() + ": strict F1 " + alone.result().f1Strict() + " alone, "
                + among.result().f1Strict() + " among the others; at ≥ 0.9 " + alone.reliability().confidentShare()
                + " → " + among.reliability().confidentShare() + ", right " + among.reliability().confidentPrecision();
        assertTrue(among.result().f1Strict() >= alone.result().f1Strict() + 0.01, figures);
        assertTrue(among.reliability().confidentShare() >= CONFIDENT_SHARE, figures);
        assertTrue(among.reliability().confidentPrecision() >= CONFIDENT_PRECISION, figures);
    }

    private static AlignBenchmark.EvalSet set(String setName) {
        AlignBenchmark.EvalSet set = AlignBenchmark.SETS.stream().filter(s -> s.name().equals(setName)).findFirst()
                .orElseThrow();
        Assumptions.assumeTrue(Files.isDirectory(set.dir(ROOT)),
                "skipped: " + set.dir(ROOT).toAbsolutePath() + " is absent (gold data lives in ../shared/eval)");
        return set;
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
