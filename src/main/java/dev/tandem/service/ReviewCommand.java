// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.Direction;
import dev.tandem.review.ReviewOperations;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One review operation on a document, typed. Each command is the one place that says what it does: which pairs or
 * sentences it takes, which pure {@link ReviewOperations} function computes its change, and the sentence the history
 * and the page show for it. {@link ReviewService} locks the document, checks the version, hands the command the
 * {@link ReviewSteps} that load, write and record, and the command does the rest. A new command is a new record
 * here (the interface is sealed); clients name it by {@link #op()}.
 *
 * <p>Pairs are named by id, sentences by side and 0-based index. Fields are null when the client left them out:
 * the steps refuse a missing one with a message naming it, after the version check, so a stale page hears first
 * that the document changed.
 */
public sealed interface ReviewCommand {

    /** The operation's name: what clients send as {@code op}, and what the history lists. */
    String op();

    /** Carries the command out on the locked document; returns what changed. */
    EditResult applyTo(ReviewSteps steps);

    /** Confirms the pairs named (at most a page's worth). */
    record Confirm(List<Long> pairs) implements ReviewCommand {
        public static final String OP = "confirm";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            return steps.setStatus(steps.pairs(pairs), ReviewStatus.CONFIRMED);
        }
    }

    /** Confirms {@code pair} and every unreviewed pair before it. */
    record ConfirmThrough(Long pair) implements ReviewCommand {
        public static final String OP = "confirm-through";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            return steps.setStatus(steps.pairsThrough(pair), ReviewStatus.CONFIRMED);
        }
    }

    /**
     * Confirms every unreviewed pair without QA flags whose confidence is at least {@code minConfidence} (null:
     * {@link ReviewService#DEFAULT_CONFIDENT}); a pair the aligner did not score is never among them.
     */
    record ConfirmConfident(Double minConfidence) implements ReviewCommand {
        public static final String OP = "confirm-confident";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            return steps.setStatus(steps.confidentPairs(minConfidence), ReviewStatus.CONFIRMED);
        }
    }

    /** Marks {@code pair} as a bad pair. */
    record Reject(Long pair) implements ReviewCommand {
        public static final String OP = "reject";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            return steps.setStatus(List.of(steps.pair(pair, "pair")), ReviewStatus.REJECTED);
        }
    }

    /** Replaces the text of one sentence. */
    record EditText(Side side, Integer index, String text) implements ReviewCommand {
        public static final String OP = "edit-text";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            return steps.onSentence(side, index, 0,
                    (window, s, i) -> ReviewOperations.editText(window, s, i, ReviewSteps.sentenceText(text)),
                    what -> "Edited " + what);
        }
    }

    /** Cuts one sentence in two at {@code offset} (UTF-16 code units from its start). */
    record SplitSentence(Side side, Integer index, Integer offset) implements ReviewCommand {
        public static final String OP = "split-sentence";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            return steps.onSentence(side, index, 0, (window, s, i) -> ReviewOperations.splitSentence(window, s, i,
                    ReviewSteps.required(offset, "offset")), what -> "Split " + what + " at character " + offset);
        }
    }

    /** Joins one sentence with the next on its side. */
    record MergeSentences(Side side, Integer index) implements ReviewCommand {
        public static final String OP = "merge-sentences";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            return steps.onSentence(side, index, 1,
                    (window, s, i) -> ReviewOperations.mergeSentences(window, s, i, steps.separator(s)),
                    what -> "Merged " + what + " with the next");
        }
    }

    /** Merges {@code pair} with the next pair. */
    record MergePairs(Long pair) implements ReviewCommand {
        public static final String OP = "merge-pairs";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            return steps.onPair(pair, 0, 2, ReviewOperations::mergePairs,
                    position -> "Merged pairs " + (position + 1) + " and " + (position + 2));
        }
    }

    /** Splits {@code pair} in two, the first part keeping its first source and target sentences. */
    record SplitPair(Long pair, Integer sourceCount, Integer targetCount) implements ReviewCommand {
        public static final String OP = "split-pair";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            return steps.onPair(pair, 0, 1, (window, position) -> ReviewOperations.splitPair(window, position,
                            ReviewSteps.required(sourceCount, "sourceCount"), ReviewSteps.required(targetCount, "targetCount")),
                    position -> "Split pair " + (position + 1) + " after " + sourceCount + " source and "
                            + targetCount + " target sentences");
        }
    }

    /** Moves the first ({@code UP}) or last ({@code DOWN}) sentence of a side of {@code pair} to its neighbour. */
    record Shift(Long pair, Side side, Direction direction) implements ReviewCommand {
        public static final String OP = "shift";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            Side s = ReviewSteps.required(side, "side", "source or target");
            Direction d = ReviewSteps.required(direction, "direction", "up or down");
            boolean up = d == Direction.UP;
            return steps.onPair(pair, up ? 1 : 0, up ? 1 : 2,
                    (window, position) -> ReviewOperations.shift(window, position, s, d),
                    position -> "Shifted the " + s.label() + " of pair " + (position + 1) + " "
                            + d.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Unlinks {@code pair}: its other side alone first, then {@code side} alone. */
    record InsertEmpty(Long pair, Side side) implements ReviewCommand {
        public static final String OP = "insert-empty";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            Side s = ReviewSteps.required(side, "side", "source or target");
            return steps.onPair(pair, 0, 1, (window, position) -> ReviewOperations.insertEmpty(window, position, s),
                    position -> "Unlinked pair " + (position + 1) + " with an empty " + s.label());
        }
    }

    /**
     * Realigns the unconfirmed pairs from {@code fromPair} to {@code toPair}; or, when only {@code pair} is given,
     * the unconfirmed stretch around it, between the confirmed pairs before and after it.
     */
    record Realign(Long fromPair, Long toPair, Long pair) implements ReviewCommand {
        public static final String OP = "realign";

        @Override
        public String op() {
            return OP;
        }

        @Override
        public EditResult applyTo(ReviewSteps steps) {
            return fromPair == null && toPair == null && pair != null ? steps.realignAround(pair)
                    : steps.realign(fromPair, toPair);
        }
    }

    /** {@code value} as a side: {@code source} or {@code target}, in any case; null for a missing one. */
    static Side side(String value) {
        return parse(value, "side", Side::valueOf, "source or target");
    }

    /** {@code value} as a shift's direction: {@code up} or {@code down}, in any case; null for a missing one. */
    static Direction direction(String value) {
        return parse(value, "direction", Direction::valueOf, "up or down");
    }

    private static <E> E parse(String value, String field, Function<String, E> valueOf, String allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is unknown: use " + allowed + ".");
        }
    }
}
