// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.review.PivotRows.Row;
import dev.tandem.review.PivotRows.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PivotRowsTest {

    private static List<Span> spans(int... bounds) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            spans.add(new Span(bounds[i], bounds[i + 1]));
        }
        return spans;
    }

    @Test
    void shouldGiveOneRowPerPairWhereTheTranslationsAgree() {
        List<Row> rows = PivotRows.of(3, List.of(spans(0, 1, 2, 3), spans(0, 1, 2, 3)));
        assertEquals(List.of(
                new Row(0, 1, List.of(List.of(0), List.of(0))),
                new Row(1, 2, List.of(List.of(1), List.of(1))),
                new Row(2, 3, List.of(List.of(2), List.of(2)))), rows);
    }

    @Test
    void shouldJoinSentencesThatOneTranslationPairsTogether() {
        // French pairs sentences 1 and 2 in one pair; German pairs 2 and 3: one row 1..4 holds them all.
        List<Row> rows = PivotRows.of(5, List.of(spans(0, 1, 3, 4, 5), spans(0, 1, 2, 4, 5)));
        assertEquals(List.of(
                new Row(0, 1, List.of(List.of(0), List.of(0))),
                new Row(1, 4, List.of(List.of(1, 2), List.of(1, 2))),
                new Row(4, 5, List.of(List.of(3), List.of(3)))), rows);
    }

    @Test
    void shouldPutAnAddedSentenceInTheRowBeforeItOrTheFirst() {
        // pairs: [0,0) added at the start, [0,1), [1,1) added after sentence 0, [1,2)
        List<Span> withAdditions = List.of(new Span(0, 0), new Span(0, 1), new Span(1, 1), new Span(1, 2));
        List<Row> rows = PivotRows.of(2, List.of(withAdditions, spans(0, 1, 2)));
        assertEquals(List.of(
                new Row(0, 1, List.of(List.of(0, 1, 2), List.of(0))),
                new Row(1, 2, List.of(List.of(3), List.of(1)))), rows);
    }

    @Test
    void shouldRefuseSpansThatDoNotCoverTheOriginalInOrder() {
        assertThrows(IllegalArgumentException.class, () -> PivotRows.of(3, List.of(spans(0, 1, 2))));
        assertThrows(IllegalArgumentException.class, () -> PivotRows.of(3, List.of(spans(0, 2, 1, 3))));
        assertThrows(IllegalArgumentException.class, () -> PivotRows.of(2, List.of(spans(1, 2))));
        assertThrows(IllegalArgumentException.class, () -> new Span(2, 1));
    }

    @Test
    void shouldKeepEveryPairOnceAndNeverSplitAPairAcrossRows() {
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            int sentences = random.nextInt(12);
            List<List<Span>> translations = new ArrayList<>();
            for (int t = 1 + random.nextInt(3); t > 0; t--) {
                List<Span> spans = new ArrayList<>();
                for (int s = 0; s < sentences || random.nextInt(4) == 0 && spans.size() < 20; ) {
                    int size = s == sentences ? 0 : random.nextInt(Math.min(3, sentences - s + 1));
                    spans.add(new Span(s, s + size));
                    s += size;
                }
                translations.add(spans);
            }
            List<Row> rows = PivotRows.of(sentences, translations);
            assertEquals(0, rows.get(0).from());
            assertEquals(sentences, rows.get(rows.size() - 1).to());
            for (int t = 0; t < translations.size(); t++) {
                List<Integer> seen = new ArrayList<>();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = rows.get(r);
                    assertTrue(r == 0 || row.from() == rows.get(r - 1).to(), "rows follow each other");
                    for (int cut = row.from() + 1; cut < row.to(); cut++) {
                        int at = cut;
                        assertTrue(translations.stream().flatMap(List::stream)
                                .anyMatch(span -> span.from() < at && at < span.to()), "no finer cut at " + at);
                    }
                    for (int pair : row.pairs().get(t)) {
                        Span span = translations.get(t).get(pair);
                        assertTrue(span.from() >= row.from() && span.to() <= row.to(), span + " inside " + row);
                        seen.add(pair);
                    }
                }
                List<Integer> all = new ArrayList<>();
                for (int p = 0; p < translations.get(t).size(); p++) {
                    all.add(p);
                }
                assertEquals(all, seen, "each pair once, in order");
            }
        }
    }
}
