// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QaChecksTest {

    private static List<QaFlag> check(String source, String target) {
        return QaChecks.check(List.of(source), List.of(target), 1.0);
    }

    private static Optional<QaFlag> flag(String code, List<QaFlag> flags) {
        return flags.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    private static String message(String code, List<QaFlag> flags) {
        return flag(code, flags).orElseThrow(() -> new AssertionError("no " + code + " flag in " + flags)).message();
    }

    private static void assertNoFlag(String code, List<QaFlag> flags) {
        assertEquals(Optional.empty(), flag(code, flags), code);
    }

    @Test
    void aFaithfulPairHasNoFlags() {
        assertEquals(List.of(), check("Il a payé 1 000 euros (environ).", "He paid 1,000 euros (roughly)."));
        assertEquals(List.of(), QaChecks.check(List.of("第３０章。", "他走了。"), List.of("Chapter 30. He left."), 1.0));
    }

    @Test
    void numbersMissingOnEitherSideAreNamed() {
        assertEquals("Number 30 is in the source but not in the target.",
                message("numbers", check("Er wartete 30 Minuten.", "He waited half an hour.")));
        assertEquals("Number 12 is in the target but not in the source.",
                message("numbers", check("Er kam.", "He came at 12.")));
        assertEquals("Numbers 3 and 4 are in the source but not in the target. Number 5 is in the target but not in the source.",
                message("numbers", check("3 und 4", "five 5")));
        assertEquals("Number 7 appears twice in the source but once in the target.",
                message("numbers", check("7 mal 7", "seven times 7")));
    }

    @Test
    void cjkAndFullWidthDigitsCountAsTheirValues() {
        assertNoFlag("numbers", check("他在１９９８年买了３本书。", "In 1998 he bought 3 books."));
        assertNoFlag("numbers", check("价格是１，０００元。", "The price is 1,000 yuan."));
        assertNoFlag("numbers", check("３．５公里", "3.5 km"));
        assertEquals("Number 1998 is in the source but not in the target. Number 1989 is in the target but not in the source.",
                message("numbers", check("他在１９９８年买了书。", "He bought books in 1989.")));
        assertEquals("Number 3 is in the source but not in the target.", message("numbers", check("我有３个苹果。", "I have apples.")));
    }

    @Test
    void thousandsSeparatorsAndDecimalMarksAreNormalised() {
        assertNoFlag("numbers", check("1.000 Einwohner", "1,000 inhabitants"));
        assertNoFlag("numbers", check("1 000 habitants", "1000 inhabitants"));
        assertNoFlag("numbers", check("12.345.678,90 €", "€12,345,678.9"));
        assertNoFlag("numbers", check("3,5 Prozent", "3.5 percent"));
        assertNoFlag("numbers", check("am 3.5.2024", "on 3 5 2024"));
        assertNoFlag("numbers", check("Kapitel 5 10", "chapters 5, 10"));
        assertEquals("Number 3,5 is in the source but not in the target. Number 35 is in the target but not in the source.",
                message("numbers", check("3,5 Prozent", "35 percent")));
    }

    @Test
    void numbersInWordsAreNotCompared() {
        assertNoFlag("numbers", check("三十个人", "thirty people"));
    }

    @Test
    void aTargetFarLongerOrShorterThanTheNormIsFlagged() {
        String source = "x".repeat(20);
        assertEquals("The target is 3.1 times as long as usual for this document. It may hold the translation of a neighbouring sentence.",
                message("length", QaChecks.check(List.of(source), List.of("y".repeat(124)), 2.0)));
        assertEquals("The target is only 0.3 times as long as usual for this document. "
                        + "Part of the translation may be missing or in a neighbouring pair.",
                message("length", QaChecks.check(List.of(source), List.of("y".repeat(12)), 2.0)));
        assertNoFlag("length", QaChecks.check(List.of(source), List.of("y".repeat(90)), 2.0));
        assertNoFlag("length", QaChecks.check(List.of(source), List.of("y".repeat(20)), 2.0));
    }

    @Test
    void lengthIsNotJudgedOnShortSidesOrWithoutANorm() {
        assertNoFlag("length", QaChecks.check(List.of("x".repeat(9)), List.of("y".repeat(200)), 1.0));
        assertNoFlag("length", QaChecks.check(List.of("x".repeat(200)), List.of("y".repeat(9)), 1.0));
        assertNoFlag("length", QaChecks.check(List.of("x".repeat(20)), List.of("y".repeat(200)), Double.NaN));
        assertNoFlag("length", QaChecks.check(List.of("x".repeat(20)), List.of("y".repeat(200)), 0.0));
    }

    @Test
    void lengthCountsCodePointsSoCjkIsMeasuredByTheNorm() {
        // Chinese takes about a third of the characters of English: the document norm says so
        assertNoFlag("length", QaChecks.check(List.of("他昨天晚上很晚才回家，因为下雨了。"), List.of("He came home very late last night, because it was raining."), 3.2));
        assertEquals("length", flag("length", QaChecks.check(List.of("他昨天晚上很晚才回家，因为下雨了。"),
                List.of("He came home very late last night, because it was raining."), 1.0)).orElseThrow().code());
    }

    @Test
    void emptySidesAreFlaggedAlone() {
        assertEquals(List.of(new QaFlag("empty-source", "This pair has no source text. "
                + "The target may belong with a neighbouring pair, or the translator added it.")),
                QaChecks.check(List.of(), List.of("He paid 30 euros (roughly."), 1.0));
        assertEquals(List.of(new QaFlag("empty-target", "This pair has no target text. "
                + "The translation may be in a neighbouring pair, or the sentence was left out.")),
                QaChecks.check(List.of("Er zahlte 30 Euro."), List.of(), 1.0));
        assertEquals(List.of("empty-source", "empty-target"),
                QaChecks.check(List.of(" "), List.of(), 1.0).stream().map(QaFlag::code).toList());
        assertNoFlag("empty-target", check("a", "b"));
    }

    @Test
    void aTargetEqualToTheSourceIsUntranslated() {
        assertEquals("The target is the same as the source: untranslated?",
                message("untranslated", check("Guten Morgen!", "  guten   MORGEN! ")));
        assertEquals("The target is the same as the source: untranslated?",
                message("untranslated", QaChecks.check(List.of("Straße", "zwei"), List.of("STRASSE zwei"), 1.0)));
        assertNoFlag("untranslated", check("2024", "2024"));
        assertNoFlag("untranslated", check("— 3 —", "— 3 —"));
        assertNoFlag("untranslated", check("Guten Morgen!", "Good morning!"));
    }

    @Test
    void aBracketOrQuoteUnbalancedOnOneSideIsFlagged() {
        assertEquals("The target has an unclosed (, while the source is balanced. "
                        + "Check for a missing or extra bracket or quote, or a sentence cut in the wrong place.",
                message("brackets", check("Er kam (spät).", "He came (late.")));
        assertEquals("The source has a 」 that closes nothing and an odd number of \" quotes, while the target is balanced. "
                        + "Check for a missing or extra bracket or quote, or a sentence cut in the wrong place.",
                message("brackets", check("他说：你好」\"", "He said: “Hello.”")));
        assertEquals("The target has unmatched “ ” quotes, while the source is balanced. "
                        + "Check for a missing or extra bracket or quote, or a sentence cut in the wrong place.",
                message("brackets", check("他说：「你好。」", "He said: “Hello.")));
        assertEquals("brackets", flag("brackets", check("《红楼梦》和《水浒", "Dream of the Red Chamber and The Water Margin")).orElseThrow().code());
        assertEquals("brackets", flag("brackets", check("[1] und [2", "[1] and [2]")).orElseThrow().code());
        assertEquals("brackets", flag("brackets", check("（注", "(note)")).orElseThrow().code());
        assertEquals("brackets", flag("brackets", check("『本』", "«livre")).orElseThrow().code());
    }

    @Test
    void balancedOrEquallyUnbalancedSidesAreNotFlagged() {
        assertNoFlag("brackets", check("Er sagte: „Hallo.“", "He said: “Hello.”"));
        assertNoFlag("brackets", check("Er sagte: »Hallo.«", "Il a dit : « Bonjour. »"));
        assertNoFlag("brackets", check("他说：『你好。』", "He said: \"Hello.\""));
        // a quotation running over several sentences opens in one pair on both sides
        assertNoFlag("brackets", check("他说：「你好。", "He said: “Hello."));
        assertNoFlag("brackets", check("Text ohne Klammern.", "Text without brackets."));
    }

    @Test
    void flagsComeInAFixedOrder() {
        List<QaFlag> flags = QaChecks.check(List.of("Seite 12 (oben)"), List.of("seite 12 (oben"), 1.0);
        assertEquals(List.of("brackets"), flags.stream().map(QaFlag::code).toList());
        flags = QaChecks.check(List.of("Seite 12 von 40 Seiten insgesamt"), List.of("Page 13 (top"), 1.0);
        assertEquals(List.of("numbers", "length", "brackets"), flags.stream().map(QaFlag::code).toList());
    }

    @Test
    void aFlagNeedsACodeAndAMessage() {
        assertThrows(IllegalArgumentException.class, () -> new QaFlag("", "x"));
        assertThrows(IllegalArgumentException.class, () -> new QaFlag("numbers", " "));
        assertThrows(IllegalArgumentException.class, () -> new QaFlag("spelling", "x"));
    }

    @Test
    void eachCodeHasABitOfItsOwn() {
        int all = 0;
        for (QaCode kind : QaCode.values()) {
            assertEquals(1, Integer.bitCount(kind.bit()), kind.code());
            assertEquals(0, all & kind.bit(), kind.code());
            all |= kind.bit();
            assertEquals(Optional.of(kind), QaCode.of(kind.code()));
            assertEquals(kind, kind.flag().kind());
        }
        // stored in the database: these values must never change
        assertEquals(List.of(1, 2, 4, 8, 16, 32, 64), Arrays.stream(QaCode.values()).map(QaCode::bit).toList());
        assertEquals(List.of("empty-source", "empty-target", "numbers", "length", "untranslated", "brackets", "term"),
                Arrays.stream(QaCode.values()).map(QaCode::code).toList());
        assertEquals(Optional.empty(), QaCode.of("spelling"));
    }

    @Test
    void storedFlagsReadAsTheChecksWordThem() {
        List<List<List<String>>> pairs = List.of(
                List.of(List.of("Seite 12 von 40 Seiten insgesamt"), List.of("Page 13 (top")),
                List.of(List.of(), List.of("Added.")),
                List.of(List.of("Vergessen."), List.of()),
                List.of(List.of("Hamburg Hafen"), List.of("hamburg  hafen")),
                List.of(List.of("Il a payé 1 000 euros."), List.of("He paid 1,000 euros.")));
        for (List<List<String>> pair : pairs) {
            List<QaFlag> checked = QaChecks.check(pair.get(0), pair.get(1), 1.0);
            assertEquals(checked, QaChecks.flags(QaCode.mask(checked), pair.get(0), pair.get(1), 1.0), pair.toString());
        }
        assertEquals(List.of(), QaChecks.flags(0, List.of("Seite 12"), List.of("Page 13"), 1.0));
    }

    @Test
    void aStoredFlagTheChecksNoLongerRaiseKeepsItsGeneralMessage() {
        int mask = QaCode.NUMBERS.bit() | QaCode.BRACKETS.bit();
        assertEquals(List.of(new QaFlag("numbers", "Number 12 is in the source but not in the target."),
                        QaCode.BRACKETS.flag()),
                QaChecks.flags(mask, List.of("Er kam um 12."), List.of("He came."), 1.0));
        assertEquals(List.of(new QaFlag("length", QaCode.LENGTH.message())),
                QaChecks.flags(QaCode.LENGTH.bit(), List.of("Er kam."), List.of("He came."), 1.0));
    }
}
