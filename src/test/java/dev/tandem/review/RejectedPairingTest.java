// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.align.Bead;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RejectedPairingTest {
    private static final List<String> SOURCE = List.of("Erster Satz.", "Zweiter Satz.", "Dritter Satz.", "Vierter.");
    private static final List<String> TARGET = List.of("First.", "Second.", "Third.", "Fourth.");

    private static Window window(List<PairState> pairs) {
        return new Window(3, 10, 20, SOURCE, TARGET, pairs);
    }

    @Test
    void shouldTakeTheRejectedPairsWithSentencesOnBothSides() {
        Window window = window(List.of(
                new PairState(10, 12, 20, 21, ReviewStatus.REJECTED, 0.5),
                new PairState(12, 13, 21, 21, ReviewStatus.REJECTED, 0.5),
                new PairState(13, 14, 21, 23, ReviewStatus.AUTO, 0.5),
                new PairState(14, 14, 23, 24, ReviewStatus.CONFIRMED, null)));
        assertEquals(List.of(new RejectedPairing(List.of("Erster Satz.", "Zweiter Satz."), List.of("First."))),
                RejectedPairing.in(window));
    }

    @Test
    void shouldFindAPairingWhereverItsSentencesStandNowButNotAnEditedOne() {
        Window stretch = window(List.of(new PairState(10, 14, 20, 24, ReviewStatus.AUTO, 0.5)));
        var moved = new RejectedPairing(List.of("zweiter  satz", "DRITTER Satz!"), List.of("Fourth."));
        var edited = new RejectedPairing(List.of("Erster Satz, bearbeitet."), List.of("First."));
        assertEquals(Set.of(new Bead(1, 3, 3, 4, 0.0)), RejectedPairing.beadsIn(stretch, List.of(moved, edited)));
    }

    @Test
    void shouldRefuseAPairingWithAnEmptySide() {
        assertThrows(IllegalArgumentException.class, () -> new RejectedPairing(List.of("Satz."), List.of()));
    }
}
