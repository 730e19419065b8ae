// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UScript;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameAndCognateScorerTest {

    @Test
    void transliterationSpellsAnyScriptInAsciiLetters() {
        assertEquals("weixiaobao", Transliteration.joined("韦小宝！"));
        assertEquals("moskva", Transliteration.joined("Москва"));
        assertEquals("expedition", Transliteration.joined("Expédition"));
        assertEquals(UScript.HAN, Transliteration.mainScript(List.of("韦小宝说：Hi")));
        assertTrue(Transliteration.isCased(UScript.CYRILLIC));
    }

    @Test
    void capitalisedWordsAreNameCandidates() {
        assertEquals(List.of("xiaobao", "chen"), NameScorer.capitalisedWords("Wei Xiaobao met Chen at six."));
    }

    @Test
    void nameIsMatchedInsideTheTransliterationOfAnUnspacedScript() {
        List<String> chinese = List.of("韦小宝走了。", "他笑了。");
        List<String> english = List.of("He laughed.", "Xiaobao left.");
        NameScorer scorer = new NameScorer(chinese, english, 2.0);
        assertEquals(0.0, scorer.cost(0, 1, 1, 2));
        assertEquals(2.0, scorer.cost(0, 1, 0, 1));
        assertEquals(2.0, scorer.cost(0, 1, 0, 0));
    }

    @Test
    void nameIsMatchedAcrossTwoCasedScripts() {
        NameScorer scorer = new NameScorer(List.of("Иван пришёл.", "Было темно."), List.of("It was dark.", "Ivan came."), 1.0);
        assertEquals(0.0, scorer.cost(0, 1, 1, 2));
        assertEquals(1.0, scorer.cost(0, 1, 0, 1));
    }

    @Test
    void cognatesShareAFoldedPrefix() {
        assertEquals(List.of("exped", "errei", "zerma"), CognateScorer.prefixes("Die Expedition erreichte Zermatt am 3. Mai."));
        CognateScorer scorer = new CognateScorer(List.of("Die Expedition begann.", "Wir froren."),
                List.of("Nous avions froid.", "L'expédition commença."), 1.0);
        assertEquals(0.0, scorer.cost(0, 1, 1, 2));
        assertEquals(1.0, scorer.cost(0, 1, 0, 1));
    }

    @Test
    void prefixWithDisagreeingCountsIsNoAnchor() {
        // "zwisc" occurs three times on one side and once on the other: an ordinary word, not a cognate
        CognateScorer scorer = new CognateScorer(List.of("zwischen zwischen zwischen"), List.of("zwischen"), 1.0);
        assertEquals(0.0, scorer.cost(0, 1, 0, 0));
    }
}
