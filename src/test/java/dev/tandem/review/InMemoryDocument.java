// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole document held in memory, as the tests keep one: slices of it, a status set on one pair, and a
 * {@link Change} spliced in. The server does the same on stored rows ({@code WindowStore}); these were in
 * {@link ReviewOperations} although only tests call them.
 */
final class InMemoryDocument {

    private InMemoryDocument() {
    }

    /** Sets the status of the pair at {@code position}; ranges and confidence stay. */
    public static Change setStatus(Window window, int position, ReviewStatus status) {
        Objects.requireNonNull(status, "status");
        if (!window.containsPair(position)) {
            throw new InvalidOperationException("this pair is not on the loaded page; reload the page and try again");
        }
        Window before = window.slice(position, position + 1);
        return new Change(before, withPairs(before, List.of(withStatus(before.pairAt(position), status))));
    }

    /** {@code pair} with another status; ranges and confidence are kept. */
    static PairState withStatus(PairState pair, ReviewStatus status) {
        return new PairState(pair.sourceStart(), pair.sourceEnd(), pair.targetStart(), pair.targetEnd(), status,
                pair.confidence());
    }

    /**
     * The sub-window of {@code document} with the pairs at positions {@code [fromPair, toPair)}, as
     * a server loads it; see {@link Window#slice(int, int)}.
     */
    public static Window slice(Window document, int fromPair, int toPair) {
        return document.slice(fromPair, toPair);
    }

    /**
     * Applies {@code change} to {@code document}, a window that contains the change's before-window
     * (for example the whole document): the before-window is spliced out, the after-window in, and
     * everything behind it moves by the change's deltas. {@link IllegalArgumentException} if the
     * before-window is not part of {@code document} exactly as it is (a stale change).
     */
    public static Window apply(Window document, Change change) {
        Window before = change.before();
        Window after = change.after();
        int from = before.firstPair();
        int to = before.endPair();
        if (from < document.firstPair() || to > document.endPair()) {
            throw new IllegalArgumentException("the change covers pairs [" + from + "," + to + ") outside the document's ["
                    + document.firstPair() + "," + document.endPair() + ")");
        }
        if (!document.slice(from, to).equals(before)) {
            throw new IllegalArgumentException("the change was made on other contents of pairs [" + from + "," + to + ")");
        }
        int pairOffset = from - document.firstPair();
        List<PairState> pairs = new ArrayList<>(document.pairs().subList(0, pairOffset));
        pairs.addAll(after.pairs());
        for (PairState pair : document.pairs().subList(to - document.firstPair(), document.pairs().size())) {
            pairs.add(pair.shifted(change.sourceDelta(), change.targetDelta()));
        }
        return new Window(document.firstPair(), document.sourceStart(), document.targetStart(),
                splice(document, before, after, Side.SOURCE), splice(document, before, after, Side.TARGET), pairs);
    }

    private static List<String> splice(Window document, Window before, Window after, Side side) {
        List<String> all = document.sentences(side);
        int from = before.sentenceStart(side) - document.sentenceStart(side);
        List<String> result = new ArrayList<>(all.size() + after.sentences(side).size() - before.sentences(side).size());
        result.addAll(all.subList(0, from));
        result.addAll(after.sentences(side));
        result.addAll(all.subList(from + before.sentences(side).size(), all.size()));
        return result;
    }

    private static Window withPairs(Window before, List<PairState> pairs) {
        return new Window(before.firstPair(), before.sourceStart(), before.targetStart(), before.source(), before.target(), pairs);
    }
}
