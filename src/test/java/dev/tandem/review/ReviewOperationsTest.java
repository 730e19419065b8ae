// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import static dev.tandem.review.ReviewStatus.AUTO;
import static dev.tandem.review.ReviewStatus.CONFIRMED;
import static dev.tandem.review.ReviewStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.align.AlignerSettings;
import dev.tandem.align.SentenceAligner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ReviewOperationsTest {

    static final List<String> SOURCE = List.of("Alpha.", "Beta gamma.", "Delta.", "Epsilon zeta.", "Eta.");
    static final List<String> TARGET = List.of("Alfa.", "Beta gama delta.", "Extra.", "Epsilon zeta eta.");

    /** p0 1-1 confirmed, p1 2-1, p2 0-1 rejected, p3 2-1. */
    static final Window DOC = Window.document(SOURCE, TARGET, List.of(
            new PairState(0, 1, 0, 1, CONFIRMED, 0.9),
            new PairState(1, 3, 1, 2, AUTO, 0.5),
            new PairState(3, 3, 2, 3, REJECTED, 0.2),
            new PairState(3, 5, 3, 4, AUTO, 0.7)));

    /** A pair a person made: unreviewed, and not scored by the aligner. */
    static PairState made(int s0, int s1, int t0, int t1) {
        return new PairState(s0, s1, t0, t1, AUTO, null);
    }

    /** The window a server would load around {@code position}: the pair and one neighbour each side. */
    static Window around(Window doc, int position) {
        return InMemoryDocument.slice(doc, Math.max(doc.firstPair(), position - 1), Math.min(doc.endPair(), position + 2));
    }

    static void assertInvalid(String message, Executable operation) {
        InvalidOperationException e = assertThrows(InvalidOperationException.class, operation);
        assertEquals(message, e.getMessage());
    }

    /** Checks the change's windows and that apply + inverse round-trips on the document. */
    static Window assertChange(Change change, Window expectedBefore, Window expectedAfter) {
        assertEquals(expectedBefore, change.before());
        assertEquals(expectedAfter, change.after());
        Window changed = InMemoryDocument.apply(DOC, change);
        assertEquals(DOC, InMemoryDocument.apply(changed, change.inverse()));
        return changed;
    }

    @Test
    void setStatusChangesOnlyTheStatus() {
        Change change = InMemoryDocument.setStatus(around(DOC, 1), 1, CONFIRMED);
        Window changed = assertChange(change, DOC.slice(1, 2),
                new Window(1, 1, 1, List.of("Beta gamma.", "Delta."), List.of("Beta gama delta."),
                        List.of(new PairState(1, 3, 1, 2, CONFIRMED, 0.5))));
        assertEquals(CONFIRMED, changed.pairAt(1).status());
        assertEquals(0, change.pairDelta());
    }

    @Test
    void setStatusOutsideTheWindowIsInvalid() {
        assertInvalid("this pair is not on the loaded page; reload the page and try again",
                () -> InMemoryDocument.setStatus(around(DOC, 0), 3, CONFIRMED));
        assertInvalid("this pair is not on the loaded page; reload the page and try again",
                () -> InMemoryDocument.setStatus(DOC, -1, CONFIRMED));
    }

    @Test
    void editTextStripsKeepsTheStatusAndDropsTheConfidence() {
        Change change = ReviewOperations.editText(around(DOC, 0), Side.TARGET, 0, "  Alfa!\n");
        assertChange(change, DOC.slice(0, 1),
                new Window(0, 0, 0, List.of("Alpha."), List.of("Alfa!"), List.of(new PairState(0, 1, 0, 1, CONFIRMED, null))));
        // the same text again: nothing changed, the aligner's estimate stands
        assertTrue(ReviewOperations.editText(around(DOC, 0), Side.TARGET, 0, " Alfa. ").isNoOp());
    }

    @Test
    void editTextToBlankOrOutsideIsInvalid() {
        assertInvalid("a sentence cannot be empty; merge it into a neighbour instead",
                () -> ReviewOperations.editText(DOC, Side.SOURCE, 1, " \t\n"));
        assertInvalid("this sentence is not on the loaded page; reload the page and try again",
                () -> ReviewOperations.editText(around(DOC, 0), Side.SOURCE, 4, "x"));
    }

    @Test
    void splitSentenceDropsWhitespaceAtTheCutAndStaysInThePair() {
        Change change = ReviewOperations.splitSentence(around(DOC, 1), Side.SOURCE, 1, 5);
        Window changed = assertChange(change, DOC.slice(1, 2),
                new Window(1, 1, 1, List.of("Beta", "gamma.", "Delta."), List.of("Beta gama delta."), List.of(made(1, 4, 1, 2))));
        assertEquals(List.of("Alpha.", "Beta", "gamma.", "Delta.", "Epsilon zeta.", "Eta."), changed.source());
        assertEquals(new PairState(4, 4, 2, 3, REJECTED, 0.2), changed.pairAt(2));
        assertEquals(new PairState(4, 6, 3, 4, AUTO, 0.7), changed.pairAt(3));
    }

    @Test
    void splitSentenceAtTheEdgesInACharacterOrIntoBlankIsInvalid() {
        assertInvalid("a sentence can only be split inside it, not at its start or end",
                () -> ReviewOperations.splitSentence(DOC, Side.SOURCE, 1, 0));
        assertInvalid("a sentence can only be split inside it, not at its start or end",
                () -> ReviewOperations.splitSentence(DOC, Side.SOURCE, 1, "Beta gamma.".length()));
        Window odd = Window.document(List.of("A\uD83D\uDE00B", "Hi  "), List.of("x"), List.of(made(0, 2, 0, 1)));
        assertInvalid("a sentence cannot be split inside a character; move the cut one character left or right",
                () -> ReviewOperations.splitSentence(odd, Side.SOURCE, 0, 2));
        assertEquals(List.of("A\uD83D\uDE00", "B", "Hi  "),
                ReviewOperations.splitSentence(odd, Side.SOURCE, 0, 3).after().source());
        assertInvalid("both parts of a split sentence need text; choose a cut between words",
                () -> ReviewOperations.splitSentence(odd, Side.SOURCE, 1, 2));
        // a letter and its combining accent, or emoji joined by U+200D (a family), are one character to a reader
        Window clusters = Window.document(List.of("Cafe\u0301 ok", "A \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 B"),
                List.of("x"), List.of(made(0, 2, 0, 1)));
        for (int inside : new int[] {2 + 2, 2 + 3, 2 + 5}) {
            assertInvalid("a sentence cannot be split inside a character; move the cut one character left or right",
                    () -> ReviewOperations.splitSentence(clusters, Side.SOURCE, 1, inside));
        }
        assertInvalid("a sentence cannot be split inside a character; move the cut one character left or right",
                () -> ReviewOperations.splitSentence(clusters, Side.SOURCE, 0, 4));
        assertEquals(List.of("Cafe\u0301", "ok", "A \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 B"),
                ReviewOperations.splitSentence(clusters, Side.SOURCE, 0, 5).after().source());
        assertInvalid("this sentence is not on the loaded page; reload the page and try again",
                () -> ReviewOperations.splitSentence(odd, Side.TARGET, 1, 1));
    }

    @Test
    void mergeSentencesInOnePair() {
        Change change = ReviewOperations.mergeSentences(around(DOC, 1), Side.SOURCE, 1, " ");
        assertChange(change, DOC.slice(1, 2),
                new Window(1, 1, 1, List.of("Beta gamma. Delta."), List.of("Beta gama delta."), List.of(made(1, 2, 1, 2))));
        assertEquals(-1, change.sourceDelta());
    }

    @Test
    void mergeSentencesAcrossPairsKeepsThePairsBetween() {
        // source 2 is the last of pair 1, source 3 the first of pair 3; pair 2 has no source sentence
        Change change = ReviewOperations.mergeSentences(DOC, Side.SOURCE, 2, " ");
        assertChange(change, DOC.slice(1, 4),
                new Window(1, 1, 1, List.of("Beta gamma.", "Delta. Epsilon zeta.", "Eta."),
                        List.of("Beta gama delta.", "Extra.", "Epsilon zeta eta."),
                        List.of(made(1, 3, 1, 2), new PairState(3, 3, 2, 3, REJECTED, 0.2), made(3, 4, 3, 4))));
    }

    @Test
    void mergeSentencesRemovesAPairLeftEmpty() {
        Change change = ReviewOperations.mergeSentences(around(DOC, 1), Side.TARGET, 1, " ");
        Window changed = assertChange(change, DOC.slice(1, 3),
                new Window(1, 1, 1, List.of("Beta gamma.", "Delta."), List.of("Beta gama delta. Extra."), List.of(made(1, 3, 1, 2))));
        assertEquals(-1, change.pairDelta());
        assertEquals(new PairState(3, 5, 2, 3, AUTO, 0.7), changed.pairAt(2));
    }

    @Test
    void mergeSentencesUsesTheSeparatorBetweenStrippedParts() {
        Window doc = Window.document(List.of("你好 ", " 世界"), List.of("Hello world"), List.of(made(0, 2, 0, 1)));
        assertEquals(List.of("你好世界"), ReviewOperations.mergeSentences(doc, Side.SOURCE, 0, "").after().source());
    }

    @Test
    void mergingTheLastSentenceIsInvalid() {
        assertInvalid("the last sentence has no next sentence to merge with",
                () -> ReviewOperations.mergeSentences(DOC, Side.TARGET, 3, " "));
        assertInvalid("the last sentence has no next sentence to merge with",
                () -> ReviewOperations.mergeSentences(DOC.slice(0, 2), Side.SOURCE, 2, " "));
        assertInvalid("this sentence is not on the loaded page; reload the page and try again",
                () -> ReviewOperations.mergeSentences(DOC, Side.TARGET, 4, " "));
    }

    @Test
    void mergePairsJoinsTwoPairs() {
        Change change = ReviewOperations.mergePairs(around(DOC, 1), 1);
        assertChange(change, DOC.slice(1, 3),
                new Window(1, 1, 1, List.of("Beta gamma.", "Delta."), List.of("Beta gama delta.", "Extra."), List.of(made(1, 3, 1, 3))));
        assertEquals(-1, change.pairDelta());
    }

    @Test
    void mergingTheLastPairIsInvalid() {
        assertInvalid("the last pair cannot be merged with a next one", () -> ReviewOperations.mergePairs(DOC, 3));
        assertInvalid("the last pair cannot be merged with a next one", () -> ReviewOperations.mergePairs(around(DOC, 0), 1));
    }

    @Test
    void splitPairCutsByCounts() {
        Change change = ReviewOperations.splitPair(around(DOC, 1), 1, 1, 1);
        assertChange(change, DOC.slice(1, 2),
                new Window(1, 1, 1, List.of("Beta gamma.", "Delta."), List.of("Beta gama delta."), List.of(made(1, 2, 1, 2), made(2, 3, 2, 2))));
        assertEquals(List.of(made(1, 1, 1, 2), made(1, 3, 2, 2)), ReviewOperations.splitPair(DOC, 1, 0, 1).after().pairs());
    }

    @Test
    void splitPairWithBadCountsIsInvalid() {
        assertInvalid("the first part can take 0 to 2 source and 0 to 1 target sentences of this pair",
                () -> ReviewOperations.splitPair(DOC, 1, 3, 0));
        assertInvalid("the first part can take 0 to 2 source and 0 to 1 target sentences of this pair",
                () -> ReviewOperations.splitPair(DOC, 1, 1, -1));
        assertInvalid("both parts of a split pair need at least one sentence; move the split point",
                () -> ReviewOperations.splitPair(DOC, 1, 0, 0));
        assertInvalid("both parts of a split pair need at least one sentence; move the split point",
                () -> ReviewOperations.splitPair(DOC, 1, 2, 1));
        assertInvalid("both parts of a split pair need at least one sentence; move the split point",
                () -> ReviewOperations.splitPair(DOC, 0, 0, 0));
    }

    @Test
    void shiftUpMovesTheFirstSentenceToThePreviousPair() {
        Change change = ReviewOperations.shift(around(DOC, 1), 1, Side.SOURCE, Direction.UP);
        assertChange(change, DOC.slice(0, 2),
                new Window(0, 0, 0, List.of("Alpha.", "Beta gamma.", "Delta."), List.of("Alfa.", "Beta gama delta."),
                        List.of(made(0, 2, 0, 1), made(2, 3, 1, 2))));
    }

    @Test
    void shiftDownRemovesAPairLeftEmpty() {
        Change change = ReviewOperations.shift(around(DOC, 2), 2, Side.TARGET, Direction.DOWN);
        assertChange(change, DOC.slice(2, 4),
                new Window(2, 3, 2, List.of("Epsilon zeta.", "Eta."), List.of("Extra.", "Epsilon zeta eta."), List.of(made(3, 5, 2, 4))));
        assertEquals(-1, change.pairDelta());
    }

    @Test
    void shiftWithoutNeighbourOrSentenceIsInvalid() {
        assertInvalid("the first pair has no previous pair", () -> ReviewOperations.shift(DOC, 0, Side.SOURCE, Direction.UP));
        assertInvalid("the first pair has no previous pair", () -> ReviewOperations.shift(DOC.slice(1, 3), 1, Side.SOURCE, Direction.UP));
        assertInvalid("the last pair has no next pair", () -> ReviewOperations.shift(DOC, 3, Side.TARGET, Direction.DOWN));
        assertInvalid("this pair has no source sentence to move", () -> ReviewOperations.shift(DOC, 2, Side.SOURCE, Direction.UP));
    }

    @Test
    void insertEmptyUnlinksThePair() {
        Change change = ReviewOperations.insertEmpty(around(DOC, 1), 1, Side.SOURCE);
        Window changed = assertChange(change, DOC.slice(1, 2),
                new Window(1, 1, 1, List.of("Beta gamma.", "Delta."), List.of("Beta gama delta."), List.of(made(1, 1, 1, 2), made(1, 3, 2, 2))));
        assertEquals(1, change.pairDelta());
        assertEquals(new PairState(3, 3, 2, 3, REJECTED, 0.2), changed.pairAt(3));
        assertEquals(List.of(made(1, 3, 1, 1), made(3, 3, 1, 2)), ReviewOperations.insertEmpty(DOC, 1, Side.TARGET).after().pairs());
    }

    @Test
    void insertEmptyOnAPairWithAnEmptySideIsInvalid() {
        assertInvalid("this pair already has an empty source", () -> ReviewOperations.insertEmpty(DOC, 2, Side.TARGET));
        assertInvalid("this pair already has an empty source", () -> ReviewOperations.insertEmpty(DOC, 2, Side.SOURCE));
    }

    @Test
    void realignRedoesOnlyUnconfirmedRuns() {
        List<String> sentences = List.of("x".repeat(10), "x".repeat(40), "x".repeat(20), "x".repeat(30), "x".repeat(15), "x".repeat(50));
        Window doc = Window.document(sentences, sentences, List.of(
                new PairState(0, 2, 0, 1, AUTO, 0.3),
                new PairState(2, 3, 1, 3, REJECTED, 0.1),
                new PairState(3, 4, 3, 4, CONFIRMED, 0.4),
                new PairState(4, 6, 4, 6, AUTO, 0.6)));
        Change change = ReviewOperations.realign(doc, new SentenceAligner(AlignerSettings.defaults()), "en", "fr");
        assertEquals(doc, change.before());
        List<PairState> pairs = change.after().pairs();
        assertEquals(6, pairs.size());
        for (int k = 0; k < 6; k++) {
            PairState pair = pairs.get(k);
            assertEquals(List.of(k, k + 1, k, k + 1), List.of(pair.sourceStart(), pair.sourceEnd(), pair.targetStart(), pair.targetEnd()));
            if (k == 3) {
                assertEquals(new PairState(3, 4, 3, 4, CONFIRMED, 0.4), pair);
            } else {
                assertEquals(AUTO, pair.status());
            }
        }
        assertEquals(doc, InMemoryDocument.apply(InMemoryDocument.apply(doc, change), change.inverse()));
    }

    @Test
    void realignTrimsConfirmedEdgesAndUnpairsARunWithOneSideEmpty() {
        Window doc = Window.document(List.of("a", "b", "c"), List.of("x"), List.of(
                new PairState(0, 1, 0, 1, CONFIRMED, 1.0),
                new PairState(1, 3, 1, 1, REJECTED, 0.3)));
        Change change = ReviewOperations.realign(doc, new SentenceAligner(AlignerSettings.defaults()), "en", "fr");
        assertEquals(doc.slice(1, 2), change.before());
        // the aligner made these pairs, so they carry its estimates (certain here: one side is empty)
        assertEquals(List.of(new PairState(1, 2, 1, 1, AUTO, 1.0), new PairState(2, 3, 1, 1, AUTO, 1.0)),
                change.after().pairs());
    }

    @Test
    void realignWithEverythingConfirmedChangesNothing() {
        Window doc = Window.document(List.of("a"), List.of("x"), List.of(new PairState(0, 1, 0, 1, CONFIRMED, 1.0)));
        Change change = ReviewOperations.realign(doc, new SentenceAligner(AlignerSettings.defaults()), "en", "fr");
        assertTrue(change.isNoOp());
        assertEquals(doc, InMemoryDocument.apply(doc, change));
    }

    @Test
    void applyRejectsAStaleChange() {
        Change change = ReviewOperations.mergePairs(DOC, 0);
        Window changed = InMemoryDocument.apply(DOC, change);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InMemoryDocument.apply(changed, change));
        assertTrue(e.getMessage().contains("other contents"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InMemoryDocument.apply(DOC.slice(2, 4), change));
    }

    @Test
    void applyWorksOnAPartOfTheDocument() {
        Window part = DOC.slice(1, 4);
        Change change = ReviewOperations.mergePairs(part, 2);
        Window changed = InMemoryDocument.apply(part, change);
        assertEquals(InMemoryDocument.apply(DOC, change).slice(1, 3), changed);
        assertEquals(part, InMemoryDocument.apply(changed, change.inverse()));
    }

    @Test
    void inverseSwapsTheWindowsAndNegatesTheDeltas() {
        Change change = ReviewOperations.insertEmpty(DOC, 3, Side.TARGET);
        Change inverse = change.inverse();
        assertEquals(change.before(), inverse.after());
        assertEquals(change.after(), inverse.before());
        assertEquals(-change.pairDelta(), inverse.pairDelta());
        assertEquals(-change.sourceDelta(), inverse.sourceDelta());
        assertEquals(-change.targetDelta(), inverse.targetDelta());
        assertEquals(change, inverse.inverse());
    }

    @Test
    void changeWindowsMustStartAtTheSamePlace() {
        assertThrows(IllegalArgumentException.class, () -> new Change(DOC.slice(0, 1), DOC.slice(1, 2)));
    }
}
