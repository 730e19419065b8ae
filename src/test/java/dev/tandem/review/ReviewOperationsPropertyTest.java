// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tandem.align.AlignerSettings;
import dev.tandem.align.SentenceAligner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Random documents, long random sequences of valid and invalid operations on windows cut around the
 * pair concerned (as a server loads them), then undo of everything. After each step the document
 * must still tile both sides; invalid operations must throw and change nothing; realignment must
 * keep confirmed pairs; pairs a person made or changed have no confidence, status changes keep it;
 * undo must restore the original exactly, confidences included.
 */
class ReviewOperationsPropertyTest {

    private static final int DOCUMENTS = 500;
    private static final int OPERATIONS = 30;
    private static final String[] WORDS = {"alpha", "Beta", "γάμμα", "字", "文字", "\uD83D\uDE00", "42", "3,5", "x", "über", "cafe\u0301"};
    private static final SentenceAligner ALIGNER = new SentenceAligner(AlignerSettings.defaults());

    private enum Kind { SET_STATUS, EDIT_TEXT, SPLIT_SENTENCE, MERGE_SENTENCES, MERGE_PAIRS, SPLIT_PAIR, SHIFT, INSERT_EMPTY, REALIGN }

    private final int[][] outcomes = new int[Kind.values().length][2];

    @Test
    void randomOperationsKeepTheDocumentValidAndUndoRestoresIt() {
        Random random = new Random(20240611L);
        for (int d = 0; d < DOCUMENTS; d++) {
            Window original = randomDocument(random);
            Window document = original;
            List<Change> history = new ArrayList<>();
            for (int k = 0; k < OPERATIONS; k++) {
                String where = "document " + d + ", operation " + k;
                Change change = randomStep(random, document, where);
                if (change != null) {
                    Window next = InMemoryDocument.apply(document, change);
                    assertTiles(next, where);
                    assertEquals(document.source().size() + change.sourceDelta(), next.source().size(), where);
                    assertEquals(document.pairs().size() + change.pairDelta(), next.pairs().size(), where);
                    history.add(change);
                    document = next;
                }
            }
            Window last = document;
            for (int k = history.size() - 1; k >= 0; k--) {
                document = InMemoryDocument.apply(document, history.get(k).inverse());
            }
            assertEquals(original, document, "undo of document " + d);
            for (Change change : history) {
                document = InMemoryDocument.apply(document, change);
            }
            assertEquals(last, document, "redo of document " + d);
        }
        for (Kind kind : Kind.values()) {
            int[] counts = outcomes[kind.ordinal()];
            assertTrue(counts[0] > 200, kind + " valid " + counts[0]);
            assertTrue(counts[0] + counts[1] > 1000, kind + " tried " + (counts[0] + counts[1]));
            if (kind != Kind.REALIGN) {
                assertTrue(counts[1] > 100, kind + " invalid " + counts[1]);
            }
        }
    }

    /** Runs one random operation; returns its change, or null if it was (rightly) invalid. */
    private Change randomStep(Random random, Window document, String where) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        int n = document.pairs().size();
        int position = random.nextInt(n + 2) - 1;
        int centre = Math.max(0, Math.min(n - 1, position));
        Window window = random.nextInt(5) == 0 || n == 0
                ? document
                : InMemoryDocument.slice(document, Math.max(0, centre - 1), Math.min(n, centre + 2));
        Side side = random.nextBoolean() ? Side.SOURCE : Side.TARGET;
        int index = window.sentenceStart(side) + random.nextInt(window.sentences(side).size() + 3) - 1;
        Window snapshot = window;
        boolean valid;
        Supplier<Change> operation;
        switch (kind) {
            case SET_STATUS -> {
                ReviewStatus status = ReviewStatus.values()[random.nextInt(3)];
                valid = window.containsPair(position);
                operation = () -> InMemoryDocument.setStatus(window, position, status);
            }
            case EDIT_TEXT -> {
                String text = random.nextInt(6) == 0 ? " \t" : " " + randomText(random) + " ";
                valid = window.containsSentence(side, index) && !text.isBlank();
                operation = () -> ReviewOperations.editText(window, side, index, text);
            }
            case SPLIT_SENTENCE -> {
                String text = window.containsSentence(side, index) ? window.sentence(side, index) : "";
                int offset = random.nextInt(text.length() + 3) - 1;
                valid = window.containsSentence(side, index) && offset > 0 && offset < text.length()
                        && !(Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset)))
                        && text.charAt(offset) != '\u0301'
                        && !text.substring(0, offset).isBlank() && !text.substring(offset).isBlank();
                operation = () -> ReviewOperations.splitSentence(window, side, index, offset);
            }
            case MERGE_SENTENCES -> {
                valid = window.containsSentence(side, index) && window.containsSentence(side, index + 1);
                operation = () -> ReviewOperations.mergeSentences(window, side, index, random.nextBoolean() ? " " : "");
            }
            case MERGE_PAIRS -> {
                valid = window.containsPair(position) && window.containsPair(position + 1);
                operation = () -> ReviewOperations.mergePairs(window, position);
            }
            case SPLIT_PAIR -> {
                int sources = window.containsPair(position) ? window.pairAt(position).count(Side.SOURCE) : 1;
                int targets = window.containsPair(position) ? window.pairAt(position).count(Side.TARGET) : 1;
                int sourceCount = random.nextInt(4) == 0 ? random.nextInt(sources + 3) - 1 : random.nextInt(sources + 1);
                int targetCount = random.nextInt(4) == 0 ? random.nextInt(targets + 3) - 1 : random.nextInt(targets + 1);
                valid = window.containsPair(position) && sourceCount >= 0 && sourceCount <= sources
                        && targetCount >= 0 && targetCount <= targets
                        && sourceCount + targetCount > 0 && sourceCount + targetCount < sources + targets;
                operation = () -> ReviewOperations.splitPair(window, position, sourceCount, targetCount);
            }
            case SHIFT -> {
                Direction direction = random.nextBoolean() ? Direction.UP : Direction.DOWN;
                int neighbour = direction == Direction.UP ? position - 1 : position + 1;
                valid = window.containsPair(position) && window.containsPair(neighbour) && window.pairAt(position).count(side) > 0;
                operation = () -> ReviewOperations.shift(window, position, side, direction);
            }
            case INSERT_EMPTY -> {
                valid = window.containsPair(position)
                        && window.pairAt(position).count(Side.SOURCE) > 0 && window.pairAt(position).count(Side.TARGET) > 0;
                operation = () -> ReviewOperations.insertEmpty(window, position, side);
            }
            case REALIGN -> {
                valid = true;
                operation = () -> ReviewOperations.realign(window, ALIGNER, "en", "fr");
            }
            default -> throw new AssertionError(kind);
        }
        String what = where + ": " + kind + " at " + position + ", " + side + " " + index + " in " + window;
        Change change;
        try {
            change = operation.get();
        } catch (InvalidOperationException e) {
            assertFalse(valid, what + " was refused: " + e.getMessage());
            assertFalse(e.getMessage().isBlank(), what);
            assertEquals(snapshot, window, what);
            outcomes[kind.ordinal()][1]++;
            return null;
        }
        if (!valid) {
            fail(what + " should have been refused");
        }
        outcomes[kind.ordinal()][0]++;
        assertChangeShape(kind, change, what);
        if (kind == Kind.REALIGN) {
            Window next = InMemoryDocument.apply(document, change);
            assertEquals(confirmed(document), confirmed(next), what);
            assertEquals(document.source(), next.source(), what);
            assertEquals(document.target(), next.target(), what);
        }
        return change;
    }

    /** What each kind may do to counts and statuses. */
    private static void assertChangeShape(Kind kind, Change change, String what) {
        int sentenceDelta = change.sourceDelta() + change.targetDelta();
        switch (kind) {
            case SET_STATUS, EDIT_TEXT -> {
                assertEquals(change.before().pairs().size(), 1, what);
                assertEquals(0, change.pairDelta(), what);
                assertEquals(0, sentenceDelta, what);
            }
            case SPLIT_SENTENCE -> assertEquals(List.of(0, 1), List.of(change.pairDelta(), sentenceDelta), what);
            case MERGE_SENTENCES -> assertEquals(-1, sentenceDelta, what);
            case MERGE_PAIRS -> assertEquals(List.of(-1, 0), List.of(change.pairDelta(), sentenceDelta), what);
            case SPLIT_PAIR, INSERT_EMPTY -> assertEquals(List.of(1, 0), List.of(change.pairDelta(), sentenceDelta), what);
            case SHIFT -> assertTrue(change.pairDelta() <= 0 && sentenceDelta == 0, what);
            case REALIGN -> assertEquals(0, sentenceDelta, what);
            default -> throw new AssertionError(kind);
        }
        boolean structural = kind != Kind.SET_STATUS && kind != Kind.EDIT_TEXT && kind != Kind.REALIGN;
        for (PairState pair : change.after().pairs()) {
            if (structural && !change.before().pairs().contains(pair)) {
                // a person made it: unreviewed, and no aligner estimate that confirm-confident could act on
                assertEquals(ReviewStatus.AUTO, pair.status(), what);
                assertNull(pair.confidence(), what);
            }
        }
        switch (kind) {
            case SET_STATUS -> assertEquals(change.before().pairs().get(0).confidence(),
                    change.after().pairs().get(0).confidence(), what + ": a status change keeps the estimate");
            case EDIT_TEXT -> {
                PairState before = change.before().pairs().get(0);
                PairState after = change.after().pairs().get(0);
                assertEquals(before.status(), after.status(), what);
                boolean textChanged = !change.before().source().equals(change.after().source())
                        || !change.before().target().equals(change.after().target());
                assertEquals(textChanged ? null : before.confidence(), after.confidence(), what);
            }
            case REALIGN -> {
                for (PairState pair : change.after().pairs()) {
                    if (pair.status() != ReviewStatus.CONFIRMED) {
                        assertNotNull(pair.confidence(), what + ": the aligner scored every pair it made");
                    }
                }
            }
            default -> {
            }
        }
    }

    private static List<PairState> confirmed(Window document) {
        return document.pairs().stream().filter(p -> p.status() == ReviewStatus.CONFIRMED).toList();
    }

    /** Every sentence of each side in exactly one pair, in order, and no empty pair: checked independently of Window. */
    private static void assertTiles(Window document, String where) {
        for (Side side : Side.values()) {
            int next = 0;
            for (PairState pair : document.pairs()) {
                assertEquals(next, pair.start(side), where);
                next = pair.end(side);
            }
            assertEquals(document.sentences(side).size(), next, where);
        }
        for (PairState pair : document.pairs()) {
            assertTrue(pair.count(Side.SOURCE) + pair.count(Side.TARGET) > 0, where);
        }
    }

    private static Window randomDocument(Random random) {
        int sources = random.nextInt(41);
        int targets = random.nextInt(41);
        List<PairState> pairs = new ArrayList<>();
        int s = 0;
        int t = 0;
        while (s < sources || t < targets) {
            int a = Math.min(sources - s, random.nextInt(random.nextInt(4) == 0 ? 5 : 3));
            int b = Math.min(targets - t, random.nextInt(random.nextInt(4) == 0 ? 5 : 3));
            if (a + b == 0) {
                continue;
            }
            // some pairs were made by a reviewer already: no confidence
            Double confidence = random.nextInt(5) == 0 ? null : random.nextInt(101) / 100.0;
            pairs.add(new PairState(s, s + a, t, t + b, ReviewStatus.values()[random.nextInt(3)], confidence));
            s += a;
            t += b;
        }
        return Window.document(randomTexts(random, sources), randomTexts(random, targets), pairs);
    }

    private static List<String> randomTexts(Random random, int count) {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // imported text is not always trimmed: a trailing space makes some splits leave a blank part
            texts.add(randomText(random) + (random.nextInt(8) == 0 ? "  " : ""));
        }
        return texts;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        for (int w = random.nextInt(4); w > 0; w--) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
