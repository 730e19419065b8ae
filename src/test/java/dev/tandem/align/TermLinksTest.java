// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermLinksTest {

    private static final List<Map.Entry<String, String>> ENTRIES = List.of(
            Map.entry("打印", "to print out"), Map.entry("打", "to hit"), Map.entry("印", "to stamp"),
            Map.entry("文件", "document"), Map.entry("谢谢", "thank you"), Map.entry("他", "he"));

    @Test
    void chineseHeadwordsAreFoundByLongestMatchOnTheDictionarysOwnWords() {
        TermLinks dictionary = TermLinks.of(ENTRIES);
        assertEquals(List.of("他", "打印", "文件"), dictionary.sourceTermsOf("他打印了文件。"));
        assertEquals(List.of("打", "印"), dictionary.sourceTermsOf("打了一个印"), "no longer term covers them here");
    }

    @Test
    void glossesGiveContentWordsCutToAStem() {
        TermLinks dictionary = TermLinks.of(ENTRIES);
        assertTrue(dictionary.translates("打印", "print"));
        assertTrue(dictionary.translates("文件", "docum"), "document, cut to five letters, as text words are");
        assertEquals(List.of("he", "print", "docum"), dictionary.reversed().sourceTermsOf("He printed the documents."),
                "inflected forms meet the gloss's stem; words of no entry are no terms");
    }

    @Test
    void wordsInManyGlossesAreFunctionWordsOfTheDictionary() {
        List<Map.Entry<String, String>> entries = new ArrayList<>(ENTRIES);
        for (int k = 0; k < 200; k++) {
            entries.add(Map.entry("词" + k, "to word" + k));
        }
        TermLinks dictionary = TermLinks.of(entries);
        assertFalse(dictionary.translates("打印", "to"), "'to' is in nearly every gloss");
        assertTrue(dictionary.translates("打印", "print"));
    }

    @Test
    void definitionsAreLeftOutAndReversedDictionariesWork() {
        TermLinks dictionary = TermLinks.of(List.of(Map.entry("猫", "cat"),
                Map.entry("家", "building where a family lives and keeps its things")));
        assertTrue(dictionary.translates("猫", "cat"));
        assertFalse(dictionary.translates("家", "build"), "a definition of many content words links nothing");
        assertTrue(dictionary.reversed().translates("cat", "猫"));
        assertEquals(dictionary.size(), dictionary.reversed().size());
    }

    @Test
    void aDocumentsOwnLinksScoreEveryBeadAsAllLinksDo() {
        List<Map.Entry<String, String>> entries = new ArrayList<>(ENTRIES);
        entries.add(Map.entry("印刷", "to print"));
        entries.add(Map.entry("打字", "to type"));
        TermLinks dictionary = TermLinks.of(entries);
        List<String> source = List.of("他打印了文件。", "谢谢！", "打了一个印", "他打字。");
        List<String> target = List.of("He printed the document.", "Thank you!", "He hit it.", "A stamp. He wrote.");
        int[][] sourceTerms = dictionary.encodeSource(source);
        int[][] targetTerms = dictionary.encodeTarget(target);
        WordLinks all = dictionary.links();
        TermLinks.DocumentTerms document = dictionary.inDocument(source, target);
        int printId = dictionary.reversed().encodeSource(List.of("print"))[0][0];
        int[] documentTargetIds = WordLinks.distinct(Arrays.stream(targetTerms).flatMapToInt(Arrays::stream).toArray());
        int documentPrintId = Arrays.binarySearch(documentTargetIds, printId);
        assertTrue(all.sourcesOf()[printId].length > 1, "print translates 打印, 印刷 and 打字");
        assertEquals(1, document.links().sourcesOf()[documentPrintId].length,
                "印刷 and 打字 are not in this document: print links only to 打印 there");
        LexiconScorer byAll = scorer(sourceTerms, targetTerms, all);
        LexiconScorer byWithin = scorer(document.source(), document.target(), document.links());
        for (int s0 = 0; s0 <= source.size(); s0++) {
            for (int s1 = s0; s1 <= source.size(); s1++) {
                for (int t0 = 0; t0 <= target.size(); t0++) {
                    for (int t1 = t0; t1 <= target.size(); t1++) {
                        if (s1 > s0 || t1 > t0) {
                            assertEquals(byAll.cost(s0, s1, t0, t1), byWithin.cost(s0, s1, t0, t1),
                                    "bead " + s0 + "-" + s1 + " × " + t0 + "-" + t1);
                        }
                    }
                }
            }
        }
    }

    private static LexiconScorer scorer(int[][] source, int[][] target, WordLinks links) {
        return new LexiconScorer(source, target, new int[source.length], new int[target.length], new WordLinks[] {links})
                .withModel(0.6, 0.05, 1.0);
    }

    @Test
    void mergeKeepsBothDictionariesLinks() {
        TermLinks merged = TermLinks.of(List.of(Map.entry("猫", "cat"))).merge(TermLinks.of(List.of(Map.entry("狗", "dog"))));
        assertTrue(merged.translates("猫", "cat"));
        assertTrue(merged.translates("狗", "dog"));
        assertEquals(2, merged.size());
        assertTrue(TermLinks.EMPTY.merge(TermLinks.EMPTY).isEmpty());
    }

    @Test
    void aLexiconFromEntriesCarriesThemAsADictionary() {
        Lexicon lexicon = Lexicon.fromEntries(List.of(Map.entry("猫", "cat"), Map.entry("睡觉", "sleep; asleep"),
                Map.entry("狗", "dog"), Map.entry("花园", "garden"), Map.entry("跑", "run"), Map.entry("鸟", "bird"),
                Map.entry("树", "tree"), Map.entry("唱歌", "sing"), Map.entry("鱼", "fish"), Map.entry("水", "water"),
                Map.entry("游泳", "swim")));
        assertFalse(lexicon.dictionary().isEmpty());
        assertTrue(lexicon.translates("睡觉", "aslee"));
        assertEquals(lexicon.dictionary().size(), lexicon.size());
    }
}
