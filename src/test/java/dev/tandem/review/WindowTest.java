// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import static dev.tandem.review.ReviewOperationsTest.DOC;
import static dev.tandem.review.ReviewStatus.AUTO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowTest {

    @Test
    void pairsMustTileTheSentencesOfBothSides() {
        List<String> two = List.of("a", "b");
        assertThrows(IllegalArgumentException.class, () -> Window.document(two, two, List.of(new PairState(0, 1, 0, 1, AUTO, 1.0))));
        assertThrows(IllegalArgumentException.class, () -> Window.document(two, two,
                List.of(new PairState(0, 1, 0, 1, AUTO, 1.0), new PairState(2, 2, 1, 2, AUTO, 1.0))));
        assertThrows(IllegalArgumentException.class, () -> new Window(1, 0, 0, two, two, List.of(new PairState(1, 2, 0, 2, AUTO, 1.0))));
        assertThrows(IllegalArgumentException.class, () -> new Window(-1, 0, 0, List.of(), List.of(), List.of()));
        assertEquals(0, Window.document(List.of(), List.of(), List.of()).endPair());
    }

    @Test
    void aPairNeedsASentenceAndValidRangesAndConfidence() {
        assertThrows(IllegalArgumentException.class, () -> new PairState(2, 2, 3, 3, AUTO, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new PairState(2, 1, 3, 4, AUTO, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new PairState(-1, 0, 0, 1, AUTO, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new PairState(0, 1, 0, 1, AUTO, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new PairState(0, 1, 0, 1, AUTO, Double.NaN));
        assertThrows(NullPointerException.class, () -> new PairState(0, 1, 0, 1, null, 1.0));
    }

    @Test
    void pairAccessorsBySide() {
        PairState pair = new PairState(3, 5, 2, 3, AUTO, 0.5);
        assertEquals(List.of(2, 3, 5, 1, 2, 3), List.of(pair.count(Side.SOURCE), pair.start(Side.SOURCE), pair.end(Side.SOURCE),
                pair.count(Side.TARGET), pair.start(Side.TARGET), pair.end(Side.TARGET)));
        assertEquals(new PairState(3, 5, 2, 3, ReviewStatus.REJECTED, 0.5),
                InMemoryDocument.withStatus(pair, ReviewStatus.REJECTED));
        assertEquals(new PairState(4, 6, 0, 1, AUTO, 0.5), pair.shifted(1, -2));
        assertEquals(new PairState(3, 5, 2, 3, AUTO, null), pair.unscored());
        assertEquals(List.of(true, false), List.of(pair.scored(), pair.unscored().scored()));
    }

    @Test
    void windowsAreImmutable() {
        List<String> source = new ArrayList<>(List.of("a"));
        Window window = Window.document(source, List.of(), List.of(new PairState(0, 1, 0, 0, AUTO, 1.0)));
        source.set(0, "changed");
        assertEquals(List.of("a"), window.source());
        assertThrows(UnsupportedOperationException.class, () -> window.source().add("b"));
        assertThrows(UnsupportedOperationException.class, () -> window.pairs().clear());
    }

    @Test
    void sliceCutsPairsWithTheirSentences() {
        Window slice = InMemoryDocument.slice(DOC, 2, 4);
        assertEquals(new Window(2, 3, 2, List.of("Epsilon zeta.", "Eta."), List.of("Extra.", "Epsilon zeta eta."),
                List.of(DOC.pairAt(2), DOC.pairAt(3))), slice);
        assertEquals(new Window(4, 5, 4, List.of(), List.of(), List.of()), DOC.slice(4, 4));
        assertEquals(slice.slice(3, 4), DOC.slice(3, 4));
        assertThrows(IllegalArgumentException.class, () -> slice.slice(1, 3));
        assertThrows(IllegalArgumentException.class, () -> DOC.slice(3, 2));
    }

    @Test
    void absoluteAccess() {
        Window slice = DOC.slice(1, 3);
        assertEquals(DOC.pairAt(2), slice.pairAt(2));
        assertThrows(IllegalArgumentException.class, () -> slice.pairAt(0));
        assertThrows(IllegalArgumentException.class, () -> slice.pairAt(3));
        assertEquals("Delta.", slice.sentence(Side.SOURCE, 2));
        assertEquals(List.of("Beta gamma.", "Delta."), slice.sentencesOf(1, Side.SOURCE));
        assertEquals(List.of(), slice.sentencesOf(2, Side.SOURCE));
        assertEquals(List.of(1, 3, 1, 3), List.of(slice.sentenceStart(Side.SOURCE), slice.sentenceEnd(Side.SOURCE),
                slice.sentenceStart(Side.TARGET), slice.sentenceEnd(Side.TARGET)));
        assertTrue(slice.containsSentence(Side.TARGET, 2));
        assertFalse(slice.containsSentence(Side.TARGET, 3));
    }

    @Test
    void positionOfSkipsPairsWithAnEmptySide() {
        assertEquals(List.of(0, 1, 1, 3, 3), List.of(0, 1, 2, 3, 4).stream().map(i -> DOC.positionOf(Side.SOURCE, i)).toList());
        assertEquals(List.of(0, 1, 2, 3), List.of(0, 1, 2, 3).stream().map(i -> DOC.positionOf(Side.TARGET, i)).toList());
        assertThrows(IllegalArgumentException.class, () -> DOC.positionOf(Side.TARGET, 4));
    }
}
