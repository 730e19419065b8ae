// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows of a grid that shows one original beside several translations, each aligned to the original's sentences
 * on its own: the finest cut of the original that every translation's pairs respect. Where one translation pairs
 * original sentences 3 and 4 together and another pairs them apart, they share one row; elsewhere a row is one pair
 * of each. A row is also what a multilingual TMX unit holds: one original segment and its text in every language.
 *
 * <p>Pairs with no original sentence (a sentence the translator added) go to the row where they stand: the row
 * holding the original sentence just before them, or the first row at the start.
 */
public final class PivotRows {

    /** The original sentences {@code [from, to)} a pair holds; {@code from == to} for a pair with none. */
    public record Span(int from, int to) {
        public Span {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("Not a span of sentences: [" + from + ", " + to + ")");
            }
        }
    }

    /**
     * One row: the original sentences {@code [from, to)} and, per translation in the order given, the indices of its
     * pairs in the row, in order. Every translation has at least one pair in a row that holds an original sentence,
     * since its pairs cover every original sentence.
     */
    public record Row(int from, int to, List<List<Integer>> pairs) {
    }

    private PivotRows() {
    }

    /**
     * The rows for an original of {@code sentences} sentences.
     *
     * @param translations per translation, its pairs' spans in order; together they must cover {@code [0, sentences)}
     *                     once, in order (as every aligned document's pairs do)
     * @throws IllegalArgumentException if a translation's spans do not cover the original once in order
     */
    public static List<Row> of(int sentences, List<List<Span>> translations) {
        Objects.requireNonNull(translations, "translations");
        boolean[] inside = new boolean[sentences + 1];
        for (List<Span> spans : translations) {
            int next = 0;
            for (Span span : spans) {
                if (span.from() != next) {
                    throw new IllegalArgumentException("A translation's pairs do not cover the original in order: "
                            + "expected a pair starting at sentence " + next + ", found " + span);
                }
                for (int cut = span.from() + 1; cut < span.to(); cut++) {
                    inside[cut] = true;
                }
                next = span.to();
            }
            if (next != sentences) {
                throw new IllegalArgumentException("A translation's pairs end at sentence " + next + " of " + sentences);
            }
        }
        int[] rowOf = new int[Math.max(sentences, 1)];
        List<int[]> bounds = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            if (s == 0 || !inside[s]) {
                bounds.add(new int[] {s, s + 1});
            } else {
                bounds.get(bounds.size() - 1)[1] = s + 1;
            }
            rowOf[s] = bounds.size() - 1;
        }
        if (bounds.isEmpty()) {
            bounds.add(new int[] {0, 0}); // an original with no sentence: one row for whatever was translated
        }
        List<List<List<Integer>>> cells = new ArrayList<>();
        for (int r = 0; r < bounds.size(); r++) {
            List<List<Integer>> row = new ArrayList<>();
            translations.forEach(t -> row.add(new ArrayList<>()));
            cells.add(row);
        }
        for (int t = 0; t < translations.size(); t++) {
            List<Span> spans = translations.get(t);
            for (int p = 0; p < spans.size(); p++) {
                Span span = spans.get(p);
                int row = span.from() < span.to() ? rowOf[span.from()]
                        : span.from() == 0 ? 0 : rowOf[span.from() - 1];
                cells.get(row).get(t).add(p);
            }
        }
        List<Row> rows = new ArrayList<>(bounds.size());
        for (int r = 0; r < bounds.size(); r++) {
            List<List<Integer>> row = cells.get(r).stream().map(List::copyOf).toList();
            rows.add(new Row(bounds.get(r)[0], bounds.get(r)[1], row));
        }
        return List.copyOf(rows);
    }
}
