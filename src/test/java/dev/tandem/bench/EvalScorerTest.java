// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.bench.EvalScorer.Alignment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-computed expectations for the score.py definitions. */
class EvalScorerTest {

    private static Alignment bead(List<Integer> source, List<Integer> target) {
        return new Alignment(source, target);
    }

    private static final List<Alignment> GOLD = List.of(
            bead(List.of(0), List.of(0)),
            bead(List.of(1), List.of(1, 2)),
            bead(List.of(2), List.of()),
            bead(List.of(), List.of(3)),
            bead(List.of(3, 4), List.of(4)));

    private static final List<Alignment> TEST = List.of(
            bead(List.of(0), List.of(0)),        // strict TP
            bead(List.of(1), List.of(1)),        // lax TP: overlaps gold [1]:[1,2]
            bead(List.of(), List.of(2)),         // lax FP: insertion not in gold
            bead(List.of(2), List.of()),         // strict TP: deletion in gold
            bead(List.of(3), List.of(3)),        // lax FP: gold maps 3 to target 4 only
            bead(List.of(4), List.of(4)));       // lax TP: part of gold [3,4]:[4]

    @Test
    void precisionAndRecallCounts() {
        EvalScorer.Result result = EvalScorer.score(List.of(new EvalScorer.Document(GOLD, TEST)));
        assertArrayEquals(new long[] {2, 4, 4, 2}, result.precisionCounts());
        // recall ignores null beads: gold [0]:[0] strict, [1]:[1,2] and [3,4]:[4] lax
        assertArrayEquals(new long[] {1, 2, 3, 0}, result.recallCounts());
        assertEquals(1.0 / 3, result.precisionStrict(), 1e-12);
        assertEquals(1.0 / 3, result.recallStrict(), 1e-12);
        assertEquals(1.0 / 3, result.f1Strict(), 1e-12);
        assertEquals(2.0 / 3, result.precisionLax(), 1e-12);
        assertEquals(1.0, result.recallLax(), 1e-12);
        assertEquals(0.8, result.f1Lax(), 1e-12);
    }

    @Test
    void countsAreSummedOverDocumentsAndZeroOverZeroIsZero() {
        EvalScorer.Result twice = EvalScorer.score(List.of(new EvalScorer.Document(GOLD, TEST), new EvalScorer.Document(GOLD, TEST)));
        assertArrayEquals(new long[] {4, 8, 8, 4}, twice.precisionCounts());
        EvalScorer.Result empty = EvalScorer.score(List.of(new EvalScorer.Document(List.of(), List.of())));
        assertEquals(0.0, empty.f1Strict());
        assertEquals(0.0, empty.f1Lax());
    }

    @Test
    void readsTheGoldFormatAndDropsEmptyBeadsAndDuplicates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("doc");
        Files.writeString(file, "[0]:[0]\n\n[1, 2]:[1]:0.25\n[]:[]\n[]:[2]\n[0]:[0]\n");
        List<Alignment> beads = EvalScorer.read(file);
        assertEquals(List.of(bead(List.of(0), List.of(0)), bead(List.of(1, 2), List.of(1)),
                bead(List.of(), List.of()), bead(List.of(), List.of(2)), bead(List.of(0), List.of(0))), beads);
        EvalScorer.Result result = EvalScorer.score(List.of(new EvalScorer.Document(beads, beads)));
        assertArrayEquals(new long[] {3, 0, 3, 0}, result.precisionCounts());
        assertArrayEquals(new long[] {2, 0, 2, 0}, result.recallCounts());
        EvalScorer.write(dir.resolve("out"), beads.subList(0, 2));
        assertEquals("[0]:[0]\n[1,2]:[1]\n", Files.readString(dir.resolve("out")));
    }

    @Test
    void mergesConsecutiveBeadsOfOneVerse() {
        List<String> sourceVerse = List.of("A", "A", "B");
        List<String> targetVerse = List.of("A", "B", "B");
        List<Alignment> test = List.of(
                bead(List.of(0), List.of(0)),
                bead(List.of(1), List.of()),
                bead(List.of(2), List.of(1)),
                bead(List.of(), List.of(2)));
        assertEquals(List.of(bead(List.of(0, 1), List.of(0)), bead(List.of(2), List.of(1, 2))),
                EvalScorer.mergeByVerse(test, sourceVerse, targetVerse));
        // a bead spanning two verses is never merged
        List<Alignment> spanning = List.of(bead(List.of(0), List.of(0)), bead(List.of(1, 2), List.of(1)));
        assertEquals(spanning, EvalScorer.mergeByVerse(spanning, sourceVerse, targetVerse));
    }
}
