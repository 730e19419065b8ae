// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import static dev.tandem.segment.SegmentAssertions.assertLossless;
import static dev.tandem.segment.SegmentAssertions.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EnglishSegmenterTest {

    private static List<String> en(String text) {
        assertLossless(Segmenters.forLanguage("en").split(text), text);
        return sentences("en", text);
    }

    @Test
    void shouldKeepTheNumberOfANumberedParagraphWithIt() {
        String text = "1. Open the file.\n2. Close it.\n3.\tSave. See step 3. Then stop.\nChapter 4. Rain fell.";
        assertEquals(List.of("1. Open the file.", "2. Close it.", "3.\tSave.", "See step 3.", "Then stop.",
                "Chapter 4.", "Rain fell."), sentences("en", text));
    }

    @Test
    void shouldKeepTheItemsOfAListInsideAHardWrappedParagraphApart() {
        String text = "It rained all day,\nso we stayed in.\n\nShopping list:\n1. Eggs\n2. Milk\n- Bread\n\nSteps:\n"
                + "1) Open the file.\n2) Close it.\n\nRead chapter\n2. It is long.";
        assertEquals(List.of("It rained all day,\nso we stayed in.", "Shopping list:", "1. Eggs", "2. Milk", "- Bread",
                "Steps:", "1) Open the file.", "2) Close it.", "Read chapter\n2.", "It is long."), en(text));
    }

    @Test
    void shouldSplitPlainSentences() {
        assertEquals(List.of("It rained.", "We stayed in!", "Did you?"), en("It rained. We stayed in! Did you?"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mr. Smith met Dr. Jones and Mrs. Brown at St. Paul's.",
        "Ms. Lee and Prof. Chan argued with Gen. Clark and Sen. Warren.",
        "Rep. Cole and Gov. Hale spoke before Capt. Reed.",
        "The U.S. economy grew faster than the U.K. economy.",
        "Fruit, e.g. apples, and vegetables, i.e. carrots, are sold here.",
        "Apples, pears, etc. are sold here.",
        "See No. 5 on p. 12 and Fig. 3 for details.",
        "It was founded in Jan. 1990 by Acme Inc. and Foo Ltd. in Ohio.",
        "It was Smith vs. Jones in the end.",
        "Martin Luther King Jr. was born in Atlanta.",
        "J. R. R. Tolkien wrote it.",
        "George W. Bush was president.",
        "Pi is 3.14 and the version is v2.0 now.",
        "Sales rose by 1.5 million units.",
        "They met at 5 p.m. on Friday.",
        "Wait... what did you say?",
        "\"Come here,\" he said.",
        "\"Stop!\" she shouted.",
        "\"Why?\" he asked.",
    })
    void shouldNotSplitInside(String sentence) {
        assertEquals(List.of(sentence), en(sentence));
    }

    @Test
    void shouldSplitAfterSentenceFinalAbbreviationBeforeCapital() {
        assertEquals(List.of("He moved to the U.S.", "The next day he left."),
                en("He moved to the U.S. The next day he left."));
        assertEquals(List.of("I like fruit etc.", "Then I left."), en("I like fruit etc. Then I left."));
        assertEquals(List.of("She works for Acme Inc.", "It makes anvils."), en("She works for Acme Inc. It makes anvils."));
    }

    @Test
    void shouldNeverSplitAfterTitles() {
        assertEquals(List.of("We saw Dr. Who.", "Then we went home."), en("We saw Dr. Who. Then we went home."));
    }

    @Test
    void shouldSplitAfterPronounI() {
        assertEquals(List.of("So did I.", "Then we left."), en("So did I. Then we left."));
    }

    @Test
    void shouldSplitAfterNumberedAbbreviationWithoutNumber() {
        assertEquals(List.of("She said No.", "He left."), en("She said No. He left."));
    }

    @Test
    void shouldSplitEllipsisOnlyBeforeCapital() {
        assertEquals(List.of("Wait...", "What?"), en("Wait... What?"));
        assertEquals(List.of("Wait…", "What?"), en("Wait… What?"));
        assertEquals(List.of("Wait… what?"), en("Wait… what?"));
    }

    @Test
    void shouldSplitAfterQuotedSentenceBeforeCapital() {
        assertEquals(List.of("He said \"Go.\"", "Then he left."), en("He said \"Go.\" Then he left."));
        assertEquals(List.of("She asked, “Why?”", "Nobody answered."), en("She asked, “Why?” Nobody answered."));
    }

    @Test
    void shouldSplitAfterSentenceEndingInNumber() {
        assertEquals(List.of("The answer is 42.", "Next question."), en("The answer is 42. Next question."));
    }

    @Test
    void shouldKeepParenthesisedSentence() {
        assertEquals(List.of("It failed.", "(We tried twice.)", "Then it worked."),
                en("It failed. (We tried twice.) Then it worked."));
    }
}
