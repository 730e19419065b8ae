// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationScorerTest {

    /** Source words s0..s(n−1) translate target words t0..t(n−1); sentence k of both sides holds word k and a filler. */
    private static TranslationScorer scorer(int n, double weight) {
        Vocabulary sourceWords = new Vocabulary();
        Vocabulary targetWords = new Vocabulary();
        int[][] source = new int[n][];
        int[][] target = new int[n][];
        java.util.Map<String, Map<String, Float>> forward = new java.util.HashMap<>();
        java.util.Map<String, Map<String, Float>> backward = new java.util.HashMap<>();
        List<ScoredBead> path = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            source[k] = new int[] {sourceWords.id("s" + k), sourceWords.id("filler")};
            target[k] = new int[] {targetWords.id("t" + k), targetWords.id("the")};
            forward.put("s" + k, Map.of("t" + k, 0.9f));
            backward.put("t" + k, Map.of("s" + k, 0.9f));
            path.add(new ScoredBead(k, k + 1, k, k + 1, 0.0));
        }
        TranslationTable table = new TranslationTable(forward, backward);
        return TranslationScorer.fitted(new TranslationScorer(source, target, sourceWords, targetWords, table), path,
                weight);
    }

    @Test
    void aBeadWhoseWordsTranslateEachOtherIsCheaperThanOneWhoseDoNot() {
        TranslationScorer scorer = scorer(20, 1.0);
        assertNotNull(scorer);
        assertTrue(scorer.cost(3, 4, 3, 4) < 0.0, "translations are evidence for the bead");
        assertTrue(scorer.cost(3, 4, 5, 6) > 0.0, "words without their translation are evidence against");
        assertTrue(scorer.cost(3, 4, 3, 4) < scorer.cost(3, 4, 3, 5),
                "an added sentence without translations dilutes the bead");
        assertEquals(0.0, scorer.cost(3, 4, 3, 3), "beads with an empty side cost nothing here");
        assertEquals(scorer.cost(2, 4, 2, 4), scorer.cost(2, 4, 2, 4), "memoized costs are stable");
    }

    @Test
    void costsScaleWithTheWeightAndNeverExceedTheCapPerWord() {
        double one = scorer(20, 1.0).cost(3, 4, 3, 4);
        double half = scorer(20, 0.5).cost(3, 4, 3, 4);
        assertEquals(one / 2, half, 1e-9);
        // two producible words per bead (one each way), halved: at most MAX_GAIN
        assertTrue(-one <= TranslationScorer.MAX_GAIN + 1e-9, "capped: " + one);
    }

    @Test
    void lambdaIsTheShareOfWordsTheTranslationsExplain() {
        double[] explained = new double[100];
        for (int k = 0; k < explained.length; k++) {
            explained[k] = k < 30 ? 1000.0 : 0.0;
        }
        assertEquals(0.3, TranslationScorer.fitLambda(explained), 0.01);
        assertEquals(0.01, TranslationScorer.fitLambda(new double[] {0.0, 0.0, 0.0}), 1e-9, "at least the floor");
    }

    @Test
    void aTableThatProducesNoWordOfTheDocumentCarriesNoSignal() {
        Vocabulary sourceWords = new Vocabulary();
        Vocabulary targetWords = new Vocabulary();
        int[][] source = {{sourceWords.id("a")}};
        int[][] target = {{targetWords.id("b")}};
        TranslationTable table = new TranslationTable(Map.of("x", Map.of("y", 0.5f)), Map.of("y", Map.of("x", 0.5f)));
        assertNull(TranslationScorer.fitted(new TranslationScorer(source, target, sourceWords, targetWords, table),
                List.of(new ScoredBead(0, 1, 0, 1, 0.0)), 1.0));
    }

    @Test
    void learnedLexiconsCarryTheirProbabilitiesAndDictionariesNone() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        String[] nounsZh = {"猫", "狗", "鸟", "鱼", "马", "牛"};
        String[] nounsEn = {"cat", "dog", "bird", "fish", "horse", "cow"};
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < nounsZh.length; i++) {
                zh.add(nounsZh[i] + " " + nounsZh[(i + k + 1) % nounsZh.length] + "。");
                en.add(nounsEn[i] + " and " + nounsEn[(i + k + 1) % nounsEn.length] + ".");
            }
        }
        Lexicon learned = Lexicon.learn(zh, en, "zh", "en");
        assertFalse(learned.probabilities().isEmpty());
        Float p = learned.probabilities().targetGivenSource().get("猫").get("cat");
        assertTrue(p != null && p > 0.3f, "P(cat | 猫) = " + p);
        Lexicon dictionary = new Lexicon(Map.of("猫", Set.of("cat")));
        assertTrue(dictionary.probabilities().isEmpty());
        assertEquals(learned.probabilities(), dictionary.merge(learned).probabilities(), "merging keeps them");
    }

    @Test
    void aHanWordIsFollowedByItsCharacters() {
        List<String> words = new WordTokenizer("zh").words("他笑道：好。Hello world");
        assertTrue(words.contains("笑") && words.contains("hello") && words.contains("world"), words.toString());
        assertEquals(List.of("hello", "world"), new WordTokenizer("en").words("Hello, world!"));
    }
}
