// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

    private final SentenceAligner aligner = new SentenceAligner(AlignerSettings.defaults());

    private static String latin(int length) {
        return "x".repeat(length);
    }

    private static String han(int length) {
        return "字".repeat(length);
    }

    private static Bead range(int s0, int s1, int t0, int t1) {
        return new Bead(s0, s1, t0, t1, 0.0);
    }

    private static List<Bead> shapes(List<Bead> beads) {
        return beads.stream().map(b -> range(b.sourceStart(), b.sourceEnd(), b.targetStart(), b.targetEnd())).toList();
    }

    @Test
    void bothEmptyGivesNoBeads() {
        assertEquals(List.of(), aligner.align(SideText.of("zh", List.of()), SideText.of("en", List.of())));
    }

    @Test
    void oneSideEmptyGivesOnlyNullBeads() {
        List<Bead> beads = aligner.align(SideText.of("zh", List.of("a", "b")), SideText.of("en", List.of()));
        assertEquals(List.of(range(0, 1, 0, 0), range(1, 2, 0, 0)), shapes(beads));
        beads = aligner.align(SideText.of("zh", List.of()), SideText.of("en", List.of("a")));
        assertEquals(List.of(range(0, 0, 0, 1)), shapes(beads));
    }

    @Test
    void zhLikeSideWithAThirdOfTheCharactersAlignsCorrectly() {
        Random random = new Random(3);
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        List<Bead> expected = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            int length = 8 + random.nextInt(40);
            int english = 3 * length + random.nextInt(9) - 4;
            if (k % 7 == 3) {
                // the translator split this sentence in two
                int first = english / 3 + random.nextInt(english / 3);
                expected.add(range(source.size(), source.size() + 1, target.size(), target.size() + 2));
                target.add(latin(first));
                target.add(latin(english - first));
            } else {
                expected.add(range(source.size(), source.size() + 1, target.size(), target.size() + 1));
                target.add(latin(english));
            }
            source.add(han(length));
        }
        List<Bead> beads = aligner.align(SideText.of("zh", source), SideText.of("en", target));
        assertEquals(expected, shapes(beads));
    }

    @Test
    void aSentenceTranslatedByFiveIsOneBeadWhereTheCountsCallForIt() {
        // a third more target sentences, most of them from 1-2 splits: the counts admit 1-5 for the one long sentence
        Random random = new Random(5);
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        List<Bead> expected = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            int length = 8 + random.nextInt(40);
            int parts = k == 30 ? 5 : k % 3 == 1 ? 2 : 1;
            if (k == 30) {
                length = 120;
            }
            int english = 3 * length + random.nextInt(9) - 4;
            expected.add(range(source.size(), source.size() + 1, target.size(), target.size() + parts));
            for (int p = 0; p < parts; p++) {
                target.add(latin(english / parts));
            }
            source.add(han(length));
        }
        List<Bead> beads = aligner.align(SideText.of("zh", source), SideText.of("en", target));
        assertEquals(expected, shapes(beads));
    }

    @Test
    void paragraphsDisambiguateWhatLengthsCannot() {
        // lengths alone: s0 ↔ t0 and s1+s2+s3 ↔ t1 fit about as well as s0+s1 ↔ t0, s2+s3 ↔ t1
        List<String> source = List.of(latin(50), latin(50), latin(50), latin(50));
        List<String> target = List.of(latin(70), latin(130));
        List<Bead> expected = List.of(range(0, 2, 0, 1), range(2, 4, 1, 2));
        SideText withParagraphs = new SideText("de", source, new int[] {0, 0, 1, 1});
        SideText targetParagraphs = new SideText("fr", target, new int[] {0, 1});
        assertEquals(expected, shapes(aligner.align(withParagraphs, targetParagraphs)));
        // the hint is inert when either side has no paragraphs
        List<Bead> plain = aligner.align(SideText.of("de", source), SideText.of("fr", target));
        assertEquals(plain, aligner.align(withParagraphs, SideText.of("fr", target)));
    }

    @Test
    void confidenceIsAProbabilityAndHigherForClearBeads() {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        int[] distinct = {12, 85, 30, 140, 22, 64, 101, 17, 48, 93};
        for (int length : distinct) {
            source.add(latin(length));
            target.add(latin(length + 1));
        }
        // an ambiguous stretch: equal lengths, one target sentence missing somewhere
        for (int k = 0; k < 6; k++) {
            source.add(latin(40));
            if (k != 2) {
                target.add(latin(40));
            }
        }
        for (int length : distinct) {
            source.add(latin(length));
            target.add(latin(length));
        }
        List<Bead> beads = aligner.align(SideText.of("en", source), SideText.of("en", target));
        double clear = 1.0;
        double ambiguous = 1.0;
        for (Bead bead : beads) {
            assertTrue(bead.confidence() >= 0.0 && bead.confidence() <= 1.0);
            if (bead.sourceStart() < 10) {
                clear = Math.min(clear, bead.confidence());
            } else if (bead.sourceStart() < 16) {
                ambiguous = Math.min(ambiguous, bead.confidence());
            }
        }
        assertTrue(clear > 0.5, "clear beads: " + clear);
        assertTrue(ambiguous < clear, "ambiguous " + ambiguous + " vs clear " + clear);
    }

    @Test
    void sharedInstanceIsThreadSafe() throws Exception {
        Random random = new Random(11);
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            int length = 5 + random.nextInt(100);
            source.add(latin(length));
            target.add(latin(length + random.nextInt(5)));
        }
        SideText s = SideText.of("de", source);
        SideText t = SideText.of("fr", target);
        List<Bead> expected = aligner.align(s, t);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Bead>>> results = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                results.add(pool.submit(() -> aligner.align(s, t)));
            }
            for (Future<List<Bead>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sideTextValidatesParagraphs() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SideText("en", List.of("a", "b"), new int[] {1, 0}));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SideText("en", List.of("a", "b"), new int[] {0}));
    }

    @Test
    void anOutsideLexiconResolvesWhatLengthsGetWrong() {
        // source 1 is short and translated by two sentences; source 2 is long and translated by one short one
        List<String> zh = List.of("猫在睡觉。", "狗在跑步，鸟在吃饭。", "鱼在休息，它在河边的大树下面休息了很久。", "牛在玩耍。", "羊在睡觉。");
        List<String> en = List.of("The cat is sleeping.", "The dog is running.", "The bird is eating.",
                "The fish is resting.", "The cow is playing.", "The sheep is sleeping.");
        Lexicon lexicon = new Lexicon(java.util.Map.of("猫", java.util.Set.of("cat"), "狗", java.util.Set.of("dog"),
                "鸟", java.util.Set.of("bird"), "吃饭", java.util.Set.of("eating"), "鱼", java.util.Set.of("fish"),
                "休息", java.util.Set.of("resting"), "牛", java.util.Set.of("cow"), "羊", java.util.Set.of("sheep")));
        List<Bead> byLength = aligner.align(SideText.of("zh", zh), SideText.of("en", en));
        List<Bead> withWords = aligner.align(SideText.of("zh", zh), SideText.of("en", en), lexicon);
        assertEquals(List.of(range(1, 2, 1, 2), range(2, 3, 2, 4)), spans(byLength).subList(1, 3));
        assertEquals(List.of(range(0, 1, 0, 1), range(1, 2, 1, 3), range(2, 3, 3, 4), range(3, 4, 4, 5),
                range(4, 5, 5, 6)), spans(withWords));
    }

    private static List<Bead> spans(List<Bead> beads) {
        return beads.stream().map(b -> range(b.sourceStart(), b.sourceEnd(), b.targetStart(), b.targetEnd())).toList();
    }

    @Test
    void aPairThatDiffersOnlyInANumberStaysOneToOneAmongUniformLengths() {
        // every sentence pair has the same lengths: the median length spread of the document is 0, and without a
        // floor on the variance any difference, here none but a number, costs more than two unpaired sentences
        String[] words = {"alpha", "bravo", "delta", "gamma", "kappa", "omega", "sigma", "theta", "north", "south"};
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            source.add("Item " + words[k % 10] + " " + (char) ('a' + k / 10) + ".");
            target.add("Punkt " + words[k % 10] + " " + (char) ('a' + k / 10) + ".");
        }
        source.set(12, "5 apples");
        target.set(12, "6 Äpfeln");
        List<Bead> beads = aligner.align(SideText.of("en", source), SideText.of("de", target));
        List<Bead> expected = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            expected.add(range(k, k + 1, k, k + 1));
        }
        assertEquals(expected, shapes(beads));
        assertTrue(beads.get(12).confidence() >= 0.5, "the pair is likely: " + beads.get(12));
    }
}
