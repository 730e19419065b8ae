// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final String[] NOUNS_ZH = {"猫", "狗", "鸟", "鱼", "马", "牛"};
    private static final String[] NOUNS_EN = {"cat", "dog", "bird", "fish", "horse", "cow"};
    private static final String[] VERBS_ZH = {"跑", "睡", "吃", "叫"};
    private static final String[] VERBS_EN = {"runs", "sleeps", "eats", "calls"};

    /** Every noun twice with different verbs, every verb three times: 12 tiny parallel sentences. */
    private static List<List<String>> corpus() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < NOUNS_ZH.length; i++) {
                int v = (i + k * 3) % VERBS_ZH.length;
                zh.add(NOUNS_ZH[i] + " " + VERBS_ZH[v] + "。");
                en.add("The " + NOUNS_EN[i] + " " + VERBS_EN[v] + ".");
            }
        }
        return List.of(zh, en);
    }

    @Test
    void learnsWordTranslationsFromAlignedSentences() {
        List<List<String>> corpus = corpus();
        Lexicon lexicon = Lexicon.learn(corpus.get(0), corpus.get(1), "zh", "en");
        for (int i = 0; i < NOUNS_ZH.length; i++) {
            assertTrue(lexicon.translates(NOUNS_ZH[i], NOUNS_EN[i]), NOUNS_ZH[i] + " → " + NOUNS_EN[i] + " in " + lexicon);
        }
        assertFalse(lexicon.translates("猫", "dog"));
        assertFalse(lexicon.translates("猫", "the"), "a word in every sentence is a function word");
    }

    @Test
    void tooFewPairsGiveAnEmptyLexicon() {
        assertEquals(0, Lexicon.learn(List.of("猫 跑"), List.of("cat runs"), "zh", "en").size());
    }

    @Test
    void mergeKeepsTheTranslationsOfBoth() {
        Lexicon merged = new Lexicon(Map.of("猫", Set.of("cat"))).merge(new Lexicon(Map.of("猫", Set.of("kitten"), "狗", Set.of("dog"))));
        assertEquals(3, merged.size());
        assertTrue(merged.translates("猫", "kitten") && merged.translates("猫", "cat") && merged.translates("狗", "dog"));
    }

    @Test
    void coveredWordsMakeABeadCheaperThanUncoveredOnes() {
        // source word 0 ↔ target word 0; sentence 0 of each side holds them, sentence 1 holds unlinked words
        WordLinks links = WordLinks.fromPairs(List.<long[]>of(new long[] {0, 0}), 2, 2);
        int[][] source = {{0}, {1}};
        int[][] target = {{1}, {0}};
        LexiconScorer scorer = new LexiconScorer(source, target, new int[2], new int[2], new WordLinks[] {links})
                .withModel(0.5, 0.01, 1.0);
        assertTrue(scorer.cost(0, 1, 1, 2) < 0.0, "a covered word is evidence for the bead");
        assertTrue(scorer.cost(0, 1, 0, 1) > 0.0, "a linkable word without its translation is evidence against");
        assertEquals(0.0, scorer.cost(1, 2, 0, 1), "no linkable word, no evidence");
        assertEquals(0.0, scorer.cost(0, 1, 0, 0), "beads with an empty side cost nothing here");
    }

    @Test
    void eachFoldIsScoredWithALexiconThatNeverSawIt() {
        // 50 one-to-one beads; words 1 ↔ 1 occur together only in the first fold, words 100..107 in every fold
        int n = 50;
        int[][] source = new int[n][];
        int[][] target = new int[n][];
        List<ScoredBead> path = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean firstFold = i < n / FoldLexicon.FOLDS;
            source[i] = firstFold && i % 2 == 0 ? new int[] {1, 10 + i} : new int[] {100 + i % 8, 10 + i};
            target[i] = firstFold && i % 2 == 0 ? new int[] {1, 10 + i} : new int[] {100 + i % 8, 10 + i};
            path.add(new ScoredBead(i, i + 1, i, i + 1, 0.0));
        }
        LexiconScorer scorer = FoldLexicon.build(path, source, target, 200, 200, null, 1.0,
                new ProgressMeter(fraction -> { }));
        assertNotNull(scorer);
        assertFalse(scorer.lexicon(0).links(1, 1), "fold 0 must not learn from itself");
        assertTrue(scorer.lexicon(1).links(1, 1));
        assertTrue(scorer.lexicon(0).links(103, 103));
    }

    @Test
    void externalLexiconIsAccepted() {
        List<List<String>> corpus = corpus();
        Lexicon lexicon = Lexicon.learn(corpus.get(0), corpus.get(1), "zh", "en");
        List<Bead> beads = new SentenceAligner(AlignerSettings.defaults())
                .align(SideText.of("zh", corpus.get(0)), SideText.of("en", corpus.get(1)), lexicon);
        assertEquals(corpus.get(0).size(), beads.stream().mapToInt(Bead::sourceCount).sum());
        assertEquals(corpus.get(1).size(), beads.stream().mapToInt(Bead::targetCount).sum());
    }
}
