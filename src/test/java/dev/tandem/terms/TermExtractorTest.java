// SPDX-License-Identifier: Apache-2.0
package dev.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermExtractorTest {
    private static final String[][] OFFICE = {
            {"打印机坏了。", "The printer is broken."},
            {"请修理打印机。", "Please repair the printer."},
            {"新打印机很快。", "The new printer is fast."},
            {"我买了打印机。", "I bought a printer."},
            {"打印机没有纸。", "The printer has no paper."},
            {"扫描仪在桌子上。", "The scanner is on the desk."},
            {"扫描仪很旧。", "The scanner is old."},
            {"他用扫描仪。", "He uses the scanner."},
            {"今天下雨。", "It rains today."},
            {"明天天气好。", "Tomorrow the weather is good."},
            {"猫在睡觉。", "The cat is sleeping."},
            {"狗在跑。", "The dog is running."}};

    private static List<TermUnit> units(String[][] pairs) {
        List<TermUnit> units = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            units.add(new TermUnit(100 + i, pairs[i][0], pairs[i][1]));
        }
        return units;
    }

    @Test
    void shouldFindChineseEnglishTermsWithFrequencyAndExamples() {
        List<TermCandidate> found = TermExtractor.extract(units(OFFICE), "zh", "en", TermExtractor.Settings.DEFAULTS);
        TermCandidate printer = found.get(0);
        assertEquals("打印机", printer.source(), found.toString());
        assertEquals("printer", printer.target(), found.toString());
        assertEquals(5, printer.frequency());
        assertEquals(List.of(100L, 101L, 102L), printer.examples());
        assertTrue(found.stream().anyMatch(c -> c.source().equals("扫描仪") && c.target().equals("scanner")), found.toString());
    }

    @Test
    void shouldFindMultiWordTermsAndKeepIdsStable() {
        String[][] pairs = {
                {"Der Bergführer wartet.", "Le guide de montagne attend."},
                {"Ein Bergführer kam.", "Un guide de montagne est venu."},
                {"Wir sahen den Bergführer.", "Nous avons vu le guide de montagne."},
                {"Es schneit.", "Il neige."}};
        List<TermCandidate> found = TermExtractor.extract(units(pairs), "de", "fr", TermExtractor.Settings.DEFAULTS);
        assertEquals("Bergführer", found.get(0).source(), found.toString());
        assertEquals("guide de montagne", found.get(0).target(), found.toString());
        assertEquals(TermKeys.id("bergführer", "Guide  de montagne"), found.get(0).id());
        assertNotEquals(TermKeys.id("Bergführer", "guide"), found.get(0).id());
    }

    @Test
    void shouldFindNothingInNothing() {
        assertEquals(List.of(), TermExtractor.extract(List.of(), "zh", "en", TermExtractor.Settings.DEFAULTS));
    }

    @Test
    void shouldSayHowManyPairsItReadsAndReportProgress() {
        TermExtractor.Settings few = new TermExtractor.Settings(3, 2, 0.3, 0.04, 3, Integer.MAX_VALUE, 5);
        assertEquals(List.of(false, true), List.of(few.samples(5), few.samples(12)));
        assertEquals(List.of(5, 4, 5), List.of(few.unitsRead(5), few.unitsRead(12), few.unitsRead(10)),
                "every k-th pair: 12 pairs with k = 3, 10 with k = 2");
        List<Double> reported = new ArrayList<>();
        TermExtractor.extract(units(OFFICE), "zh", "en", TermExtractor.Settings.DEFAULTS, reported::add);
        assertEquals(1.0, reported.get(reported.size() - 1));
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) >= reported.get(i - 1), reported.toString());
        }
    }

    @Test
    void shouldNormaliseWhiteSpaceAsBefore() {
        assertEquals("lin daiyu", TermKeys.normal(" Lin \t\n Daiyu  "));
        assertEquals("a b", TermKeys.normal("A\u000Bb"));
        assertEquals("full width", TermKeys.normal("ｆｕｌｌ\u3000width"));
    }
}
