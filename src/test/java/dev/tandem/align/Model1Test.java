// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Model1Test {

    @Test
    void shouldLearnWhichWordTranslatesWhichFromCooccurrenceAlone() {
        // source words 0..3 translate target words 10..13; every unit pairs two of them, in varying order
        int[][] source = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}, {1, 3}};
        int[][] target = {{11, 10}, {12, 11}, {13, 12}, {10, 13}, {12, 10}, {13, 11}};
        Model1 model = Model1.train(source, target, 4, 14, 10);
        for (int s = 0; s < 4; s++) {
            for (int t = 10; t < 14; t++) {
                double forward = model.targetGivenSource(s, t);
                double backward = model.sourceGivenTarget(s, t);
                if (t == s + 10) {
                    assertTrue(forward > 0.5 && backward > 0.5, s + "→" + t + ": " + forward + ", " + backward);
                } else {
                    assertTrue(forward < 0.3 && backward < 0.3, s + "→" + t + ": " + forward + ", " + backward);
                }
            }
        }
        assertEquals(0.0, model.targetGivenSource(0, 5), "never together");
    }

    @Test
    void probabilitiesOfEachWordSumToAtMostOne() {
        int[][] source = {{0, 1, 2}, {0, 2}, {1}};
        int[][] target = {{3, 4}, {4}, {0, 1}};
        Model1 model = Model1.train(source, target, 3, 5, 5);
        double[] forwardSums = new double[3];
        double[] backwardSums = new double[5];
        model.forEach((s, t, forward, backward) -> {
            forwardSums[s] += forward;
            backwardSums[t] += backward;
        });
        for (double sum : forwardSums) {
            assertEquals(1.0, sum, 1e-9);
        }
        for (double sum : backwardSums) {
            if (sum > 0) {
                assertEquals(1.0, sum, 1e-9);
            }
        }
    }

    @Test
    void lexiconLearnedWithModel1LinksContentWordsNotFunctionWords() {
        String[][] animals = {{"猫", "cat"}, {"狗", "dog"}, {"鸟", "bird"}, {"鱼", "fish"}, {"牛", "cow"}, {"羊", "sheep"}};
        String[][] doings = {{"睡觉", "sleeping"}, {"跑步", "running"}, {"吃饭", "eating"}, {"休息", "resting"}, {"玩耍", "playing"}};
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String[] animal : animals) {
            for (String[] doing : doings) {
                zh.add(animal[0] + "在" + doing[0] + "。");
                en.add("The " + animal[1] + " is " + doing[1] + ".");
            }
        }
        Lexicon lexicon = Lexicon.learn(zh, en, "zh", "en");
        for (String[] pair : animals) {
            assertTrue(lexicon.translates(pair[0], pair[1]), pair[0] + " " + lexicon);
            assertFalse(lexicon.translates(pair[0], "running"), pair[0] + " " + lexicon);
        }
        for (String[] pair : doings) {
            assertTrue(lexicon.translates(pair[0], pair[1]), pair[0] + " " + lexicon);
        }
        assertFalse(lexicon.translations().containsKey("在"), "in every unit: a function word");
        assertTrue(lexicon.translates("睡", "sleeping"), "the characters of a Han word link too");
        // every word once, and each two-character word's two characters
        assertEquals(animals.length + 3 * doings.length, lexicon.size(), lexicon.toString());
    }
}
