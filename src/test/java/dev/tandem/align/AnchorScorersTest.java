// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnchorScorersTest {

    @Test
    void numbersAreNormalisedAcrossScriptsAndLocales() {
        assertEquals(List.of("1956", "1200"), NumberScorer.numbers("Seit １９５６ sind es 1,200 m."));
        assertEquals(List.of("1200", "1200", "1200"), NumberScorer.numbers("1.200 / 1'200 / 1 200"));
        assertEquals(List.of("7", "0"), NumberScorer.numbers("Nr. 007, 0 Fehler"));
        assertEquals(List.of("1956", "3"), NumberScorer.numbers("Chronik 1956 3 Bilder"));
        assertEquals(List.of("10", "30"), NumberScorer.numbers("um 10:30 Uhr"));
        assertEquals(List.of(), NumberScorer.numbers("三个人 three people"));
    }

    @Test
    void beadWithMatchingNumbersCostsLessThanOneThatSplitsThem() {
        List<String> source = List.of("Der Gipfel ist 8848 m hoch.", "Sie kamen 1953 an.");
        List<String> target = List.of("Ils arrivèrent en 1953.", "Le sommet culmine à 8 848 m.");
        NumberScorer scorer = new NumberScorer(source, target, 2.0);
        assertEquals(0.0, scorer.cost(0, 1, 1, 2));
        assertEquals(0.0, scorer.cost(1, 2, 0, 1));
        assertEquals(4.0, scorer.cost(0, 1, 0, 1)); // 8848 and 1953 both without partner
        assertEquals(2.0, scorer.cost(0, 1, 0, 0)); // a deleted sentence leaves its number unmatched
        assertEquals(0.0, scorer.cost(0, 2, 0, 2)); // multisets agree, order does not matter
    }

    @Test
    void repeatedNumbersAreCountedAsAMultiset() {
        NumberScorer scorer = new NumberScorer(List.of("3 und 3"), List.of("3", "3 et 3"), 1.0);
        assertEquals(1.0, scorer.cost(0, 1, 0, 1));
        assertEquals(0.0, scorer.cost(0, 1, 1, 2)); // "3 und 3" vs "3 et 3"
        assertEquals(1.0, scorer.cost(0, 1, 0, 2));
    }

    @Test
    void numberWordsAreReadInEachLanguageWithIcuSpellOut() {
        assertEquals(List.of(35, 3), NumberWords.of("en").values("Thirty-five of the three men"));
        assertEquals(List.of(3, 21), NumberWords.of("en").values("the third day, twenty-first verse"));
        assertEquals(List.of(35, 300), NumberWords.of("zh").values("三十五个人走了三百里"));
        assertEquals(List.of(3), NumberWords.of("zh").values("第三天"));
        assertEquals(List.of(35, 2), NumberWords.of("de").values("fünfunddreißig Jahre, zwei Tage"));
        assertEquals(List.of(21), NumberWords.of("fr").values("vingt-et-un ans"));
        assertEquals(List.of(12), NumberWords.of("ru").values("Двенадцать месяцев"));
    }

    @Test
    void numberWordsStandAloneAndOneIsNotACount() {
        // "ten" in "often", "tension"; "one" is more often a pronoun or article than a count
        assertEquals(List.of(), NumberWords.of("en").values("He often felt the tension of someone alone."));
        assertEquals(List.of(), NumberWords.of("zh").values("一个人"));
        assertEquals(List.of(), NumberWords.of(null).values("three"));
        assertEquals(List.of(), NumberWords.of("x-unknown").values("three"));
    }

    @Test
    void numberWordsMatchDigitsAndWordsOfTheOtherLanguageAtTheirShare() {
        List<String> source = List.of("他活了三十五年。", "还有七个人。");
        List<String> target = List.of("Seven more remained.", "He lived for 35 years.");
        NumberScorer scorer = new NumberScorer(source, "zh", target, "en", 2.0);
        double share = 2.0 * NumberScorer.WORD_SHARE;
        assertEquals(0.0, scorer.cost(1, 2, 0, 1)); // 七 = seven
        // 三十五 = 35 earns the words' share; the digits 35 still lack digits on the other side
        assertEquals(2.0 - share, scorer.cost(0, 1, 1, 2), 1e-12);
        assertEquals(2 * share, scorer.cost(0, 1, 0, 1), 1e-12); // 三十五 and seven without partner
        assertTrue(scorer.cost(0, 1, 1, 2) + scorer.cost(1, 2, 0, 1) < scorer.cost(0, 1, 0, 1) + scorer.cost(1, 2, 1, 2));
        // digits only without languages: the words are not numbers, and the digits keep their whole cost
        NumberScorer digitsOnly = new NumberScorer(source, target, 2.0);
        assertEquals(2.0, digitsOnly.cost(0, 1, 1, 2));
        assertEquals(0.0, digitsOnly.cost(1, 2, 0, 1));
    }

    @Test
    void punctuationIsCountedByClassInAnyScript() {
        assertArrayEquals(new int[] {1, 0, 1, 2}, PunctuationScorer.counts("于是她说：“你承不承认？”"));
        assertArrayEquals(new int[] {1, 1, 0, 2}, PunctuationScorer.counts("\"Anyway, don't you agree? Yes!\""));
        assertArrayEquals(new int[] {0, 0, 0, 2}, PunctuationScorer.counts("‘l’eau’"));
        assertArrayEquals(new int[] {0, 0, 0, 0}, PunctuationScorer.counts("don’t, l’homme"));
        // German single quotes, Arabic question mark
        assertArrayEquals(new int[] {0, 0, 0, 2}, PunctuationScorer.counts("‚Yeti‘"));
        assertArrayEquals(new int[] {1, 0, 0, 0}, PunctuationScorer.counts("هل أنت بخير؟"));
    }

    @Test
    void asciiApostrophesQuoteWhereTheyOpenOrCloseAQuotation() {
        // British-style quotation with ASCII apostrophes: both marks, as “” beside it in a translation
        assertArrayEquals(new int[] {1, 0, 0, 2}, PunctuationScorer.counts("'What's your name?' asked the boy."));
        assertArrayEquals(new int[] {0, 0, 0, 2}, PunctuationScorer.counts("'Laurel,' replied Trinket."));
        // apostrophes: within and after words, elision in tokenised text, and a free-standing one between spaces
        assertArrayEquals(new int[] {0, 0, 0, 0}, PunctuationScorer.counts("don't, his sons' wives, l'eau, l' eau"));
        assertArrayEquals(new int[] {0, 0, 0, 0}, PunctuationScorer.counts("die ,Yeti ' gespottet , 1' oiScier"));
        // elided words: Dutch 's and 't, Afrikaans 'n
        assertArrayEquals(new int[] {0, 0, 0, 0}, PunctuationScorer.counts("'s avonds is 't stil, 'n man"));
    }

    @Test
    void beadWhosePunctuationAgreesCostsLess() {
        List<String> source = List.of("你来吗？", "我不来！");
        List<String> target = List.of("I won't!", "Are you coming?");
        PunctuationScorer scorer = new PunctuationScorer(source, target, 1.0);
        assertEquals(0.0, scorer.cost(0, 1, 1, 2));
        assertEquals(2.0, scorer.cost(0, 1, 0, 1)); // one question and one exclamation apart
        assertEquals(0.0, scorer.cost(0, 2, 0, 2));
        assertTrue(scorer.cost(0, 1, 0, 0) > 0.0);
    }

    @Test
    void latinTokensInsideChineseFindTheirPartner() {
        assertEquals(List.of("iphone", "nato"), SharedTokenScorer.tokens("他用iPhone查了NATO的消息。"));
        assertEquals(List.of("tolkien"), SharedTokenScorer.tokens("Tolkien is in a car"));
        List<String> source = List.of("他买了一部iPhone。", "北约开会了。", "NATO的总部在布鲁塞尔。");
        List<String> target = List.of("He bought an iPhone.", "The alliance met.", "NATO has its headquarters in Brussels.");
        SharedTokenScorer scorer = new SharedTokenScorer(source, target, 2.0);
        assertEquals(0.0, scorer.cost(0, 1, 0, 1));
        assertEquals(0.0, scorer.cost(2, 3, 2, 3));
        assertEquals(4.0, scorer.cost(0, 1, 2, 3)); // iphone and nato both without partner
        assertEquals(0.0, scorer.cost(1, 2, 1, 2)); // "alliance" has no partner in the source document: not an anchor
    }

    @Test
    void sharedTokensMustBeCarriedOverConsistently() {
        // "Alpen" four times on one side and once on the other is no reliable anchor
        List<String> source = List.of("Alpen", "Alpen", "Alpen", "Alpen");
        List<String> target = List.of("Alpen", "Les Alpes", "Les Alpes", "Les Alpes");
        SharedTokenScorer scorer = new SharedTokenScorer(source, target, 1.0);
        assertEquals(0.0, scorer.cost(0, 1, 1, 2));
    }

    @Test
    void unmatchedKeysEqualANaiveRecountOnRandomInputs() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            long[][] source = randomKeys(random, 1 + random.nextInt(12));
            long[][] target = randomKeys(random, 1 + random.nextInt(12));
            KeyMultisets keys = new KeyMultisets(source, target);
            for (int probe = 0; probe < 50; probe++) {
                int s0 = random.nextInt(source.length + 1);
                int s1 = s0 + random.nextInt(Math.min(5, source.length - s0 + 1));
                int t0 = random.nextInt(target.length + 1);
                int t1 = t0 + random.nextInt(Math.min(5, target.length - t0 + 1));
                assertEquals(naiveUnmatched(source, s0, s1, target, t0, t1), keys.unmatched(s0, s1, t0, t1));
            }
        }
    }

    @Test
    void punctuationCostEqualsANaiveRecountOnRandomInputs() {
        Random random = new Random(9);
        String alphabet = "ab ?？!！:：\"“”「」’x";
        for (int round = 0; round < 100; round++) {
            List<String> source = randomSentences(random, alphabet);
            List<String> target = randomSentences(random, alphabet);
            PunctuationScorer scorer = new PunctuationScorer(source, target, 1.0);
            for (int probe = 0; probe < 50; probe++) {
                int s0 = random.nextInt(source.size() + 1);
                int s1 = s0 + random.nextInt(source.size() - s0 + 1);
                int t0 = random.nextInt(target.size() + 1);
                int t1 = t0 + random.nextInt(target.size() - t0 + 1);
                int[] a = PunctuationScorer.counts(String.join(" ", source.subList(s0, s1)));
                int[] b = PunctuationScorer.counts(String.join(" ", target.subList(t0, t1)));
                double expected = 0.0;
                for (PunctuationScorer.Mark mark : PunctuationScorer.Mark.values()) {
                    expected += mark.weight * Math.abs(a[mark.ordinal()] - b[mark.ordinal()]);
                }
                assertEquals(expected, scorer.cost(s0, s1, t0, t1), 1e-9);
            }
        }
    }

    @Test
    void compositeSumsItsParts() {
        BeadScorer one = (s0, s1, t0, t1) -> 1.0;
        BeadScorer two = (s0, s1, t0, t1) -> 2.0;
        assertNull(CompositeScorer.of(null, null));
        assertSame(one, CompositeScorer.of(null, one));
        assertEquals(3.0, CompositeScorer.of(one, null, two).cost(0, 1, 0, 1));
    }

    @Test
    void bandAroundAPathContainsIt() {
        List<ScoredBead> path = List.of(new ScoredBead(0, 1, 0, 3, 0), new ScoredBead(1, 1, 3, 9, 0),
                new ScoredBead(1, 3, 9, 10, 0), new ScoredBead(3, 4, 10, 10, 0));
        BandCentres centres = BandCentres.along(path, 1, 1, 4, 10);
        assertEquals(0, centres.low()[0]);
        assertEquals(10, centres.high()[4]);
        Band band = Band.around(centres, 10, 1);
        for (ScoredBead bead : path) {
            assertTrue(band.contains(bead.sourceEnd(), bead.targetEnd()), bead.toString());
        }
    }

    private static long[][] randomKeys(Random random, int sentences) {
        long[][] keys = new long[sentences][];
        for (int i = 0; i < sentences; i++) {
            keys[i] = new long[random.nextInt(3) == 0 ? random.nextInt(4) : 0];
            for (int k = 0; k < keys[i].length; k++) {
                keys[i][k] = random.nextInt(4);
            }
        }
        return keys;
    }

    private static int naiveUnmatched(long[][] source, int s0, int s1, long[][] target, int t0, int t1) {
        Map<Long, Integer> balance = new HashMap<>();
        for (int i = s0; i < s1; i++) {
            for (long key : source[i]) {
                balance.merge(key, 1, Integer::sum);
            }
        }
        for (int j = t0; j < t1; j++) {
            for (long key : target[j]) {
                balance.merge(key, -1, Integer::sum);
            }
        }
        return balance.values().stream().mapToInt(Math::abs).sum();
    }

    private static List<String> randomSentences(Random random, String alphabet) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            StringBuilder sentence = new StringBuilder();
            for (int k = 0, length = random.nextInt(12); k < length; k++) {
                sentence.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            sentences.add(sentence.toString());
        }
        return sentences;
    }
}
