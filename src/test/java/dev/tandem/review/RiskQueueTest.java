// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.review.RiskQueue.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The review queue's order and reasons, on rows whose every fact is known. */
class RiskQueueTest {

    private static Row auto(Double confidence) {
        return new Row(ReviewStatus.AUTO, confidence, false, confidence != null && confidence >= 0.9);
    }

    private static Row flagged(Double confidence) {
        return new Row(ReviewStatus.AUTO, confidence, true, false);
    }

    private static Row confirmed(Double confidence) {
        return new Row(ReviewStatus.CONFIRMED, confidence, false, false);
    }

    private static Row rejected(double confidence) {
        return new Row(ReviewStatus.REJECTED, confidence, false, false);
    }

    @Test
    void shouldRankUnscoredThenFlaggedThenByConfidenceLeavingOutConfidentAndReviewedPairs() {
        List<Row> rows = List.of(
                auto(0.95),          // 0 confident: left to confirm-confident
                auto(0.8),           // 1
                auto(0.95),          // 2
                flagged(0.97),       // 3 flagged although sure
                auto(0.95),          // 4
                auto(0.6),           // 5
                auto(0.95),          // 6
                auto(null),          // 7 unscored
                auto(0.95),          // 8
                flagged(0.3),        // 9
                auto(0.95),          // 10
                confirmed(0.2),      // 11 reviewed: never queued
                auto(0.7));          // 12 next to a confirmed pair: no raise
        assertEquals(List.of(7, 9, 3, 5, 12, 1), RiskQueue.rank(rows));
        assertEquals("not scored by the aligner", RiskQueue.reason(rows, 7));
        assertEquals("QA flag, confidence 0.30", RiskQueue.reason(rows, 9));
        assertEquals("confidence 0.60", RiskQueue.reason(rows, 5));
        assertEquals("confidence 0.70", RiskQueue.reason(rows, 12), "a confirmed neighbour raises nothing");
    }

    @Test
    void shouldRaiseThePairNextToTroubleToItsNeighboursLevel() {
        List<Row> rows = List.of(
                auto(0.85),          // 0 next to a doubtful pair (0.4): ranks as 0.4, after it
                auto(0.4),           // 1 doubtful itself; its neighbours 0 and 2 are not troubled
                auto(0.95),          // 2
                auto(0.45),          // 3
                auto(0.95),          // 4
                auto(0.88),          // 5 next to an unscored pair: ranks as 0, first after the unchecked
                auto(null),          // 6
                auto(0.7),           // 7 next to the unscored pair and a rejected one
                rejected(0.99),      // 8
                auto(0.65),          // 9 next to a rejected pair
                auto(0.55),          // 10 next to 0.65 and 0.6: nothing doubtful, no raise
                auto(0.6));          // 11
        // 7, 9 and 5 all rank as 0 (next to an unscored or rejected pair), then by their own confidence
        assertEquals(List.of(6, 9, 7, 5, 1, 0, 3, 10, 11), RiskQueue.rank(rows));
        assertEquals("confidence 0.88; next to pair 7 (not scored)", RiskQueue.reason(rows, 5));
        assertEquals("confidence 0.70; next to pair 7 (not scored); next to pair 9 (rejected)", RiskQueue.reason(rows, 7));
        assertEquals("confidence 0.65; next to pair 9 (rejected)", RiskQueue.reason(rows, 9));
        assertEquals("confidence 0.85; next to pair 2 (confidence 0.40)", RiskQueue.reason(rows, 0));
        assertEquals("confidence 0.40", RiskQueue.reason(rows, 1), "a neighbour above 0.5 raises nothing");
        assertEquals("confidence 0.55", RiskQueue.reason(rows, 10));
    }

    @Test
    void shouldQueueExactlyTheUnreviewedPairsConfirmConfidentLeaves() {
        var random = new Random(12);
        var rows = new ArrayList<Row>();
        for (int i = 0; i < 2000; i++) {
            Double confidence = random.nextInt(10) == 0 ? null : random.nextDouble();
            boolean flagged = random.nextInt(8) == 0;
            ReviewStatus status = ReviewStatus.values()[random.nextInt(3)];
            rows.add(new Row(status, confidence, flagged,
                    status == ReviewStatus.AUTO && confidence != null && confidence >= 0.9 && !flagged));
        }
        List<Integer> queue = RiskQueue.rank(rows);
        long expected = rows.stream().filter(r -> r.status() == ReviewStatus.AUTO && !r.confident()).count();
        assertEquals(expected, queue.size());
        assertEquals(queue.size(), queue.stream().distinct().count(), "each pair once");
        assertEquals(queue, RiskQueue.rank(rows), "the same rows give the same order");
        // unchecked pairs come first, and a pair is never ranked below its own confidence
        boolean seenScored = false;
        for (int position : queue) {
            Row row = rows.get(position);
            boolean unchecked = row.confidence() == null || row.flagged();
            assertFalse(seenScored && unchecked, "an unchecked pair after a scored one: " + position);
            seenScored |= !unchecked;
        }
        assertTrue(RiskQueue.rank(List.of()).isEmpty());
    }
}
