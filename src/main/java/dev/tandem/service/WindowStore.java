// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.PairStatus;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.model.Side;
import dev.tandem.review.Change;
import dev.tandem.review.PairState;
import dev.tandem.review.QaChecks;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Window;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads stretches of a stored document as core {@link Window}s and writes {@link Change}s back. A change touches
 * only the rows that differ: equal leading and trailing sentences and pairs keep their rows (and pair ids), and
 * everything after the change moves with one UPDATE per table.
 */
@ApplicationScoped
public class WindowStore {

    /** Pairs at positions {@code [from, to)}, clipped to the document, with the sentences they cover. */
    public Window load(Document document, int from, int to) {
        List<SentencePair> rows = SentencePair.find("document = ?1 and position >= ?2 and position < ?3",
                Sort.by("position"), document, Math.max(0, from), to).list();
        if (rows.isEmpty()) {
            throw new IllegalStateException("no pairs in [" + from + ", " + to + ") of document " + document.id);
        }
        SentencePair first = rows.get(0);
        SentencePair last = rows.get(rows.size() - 1);
        List<PairState> pairs = rows.stream().map(WindowStore::state).toList();
        return new Window(first.position, first.sourceStart, first.targetStart,
                texts(document, Side.SOURCE, first.sourceStart, last.sourceEnd),
                texts(document, Side.TARGET, first.targetStart, last.targetEnd), pairs);
    }

    /**
     * Writes {@code change}; returns the rows of the after-window's pairs, in order. Bulk statements bypass the
     * persistence context, so it is flushed and cleared: entities loaded before (the document too) are detached
     * afterwards, and changes to them must be made before this call.
     */
    public List<SentencePair> write(Document document, Change change) {
        Window before = change.before();
        Window after = change.after();
        SentencePair.flush();
        replaceSentences(document, Side.SOURCE, before.sourceStart(), before.source(), after.source());
        replaceSentences(document, Side.TARGET, before.targetStart(), before.target(), after.target());
        replacePairs(document, before, after, change.sourceDelta(), change.targetDelta());
        SentencePair.flush();
        SentencePair.getEntityManager().clear();
        List<SentencePair> rows = SentencePair.find("document = ?1 and position >= ?2 and position < ?3",
                Sort.by("position"), document, after.firstPair(), after.endPair()).list();
        refreshFlags(document, after, rows);
        return rows;
    }

    private static void replacePairs(Document document, Window before, Window after, int sourceDelta,
                                     int targetDelta) {
        List<PairState> old = before.pairs();
        List<PairState> now = after.pairs();
        int prefix = 0;
        while (prefix < old.size() && prefix < now.size() && old.get(prefix).equals(now.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < now.size() - prefix
                && sameAfterShift(old.get(old.size() - 1 - suffix), now.get(now.size() - 1 - suffix), sourceDelta,
                targetDelta)) {
            suffix++;
        }
        int firstChanged = before.firstPair() + prefix;
        int oldEndChanged = before.firstPair() + old.size() - suffix;
        SentencePair.delete("document = ?1 and position >= ?2 and position < ?3", document, firstChanged, oldEndChanged);
        int pairDelta = now.size() - old.size();
        if (pairDelta != 0 || sourceDelta != 0 || targetDelta != 0) {
            SentencePair.update("position = position + ?1, sourceStart = sourceStart + ?2, sourceEnd = sourceEnd + ?2, "
                            + "targetStart = targetStart + ?3, targetEnd = targetEnd + ?3 "
                            + "where document = ?4 and position >= ?5",
                    pairDelta, sourceDelta, targetDelta, document, oldEndChanged);
        }
        for (int i = prefix; i < now.size() - suffix; i++) {
            PairState state = now.get(i);
            var row = new SentencePair();
            row.document = document;
            row.position = after.firstPair() + i;
            row.sourceStart = state.sourceStart();
            row.sourceEnd = state.sourceEnd();
            row.targetStart = state.targetStart();
            row.targetEnd = state.targetEnd();
            row.status = PairStatus.valueOf(state.status().name());
            row.confidence = state.confidence();
            row.persist();
        }
    }

    /** Recomputes the QA flags of the window's pairs: their sentences may have changed even where they did not. */
    private static void refreshFlags(Document document, Window window, List<SentencePair> rows) {
        for (SentencePair row : rows) {
            String flags = Flags.format(QaChecks.check(
                    window.source().subList(row.sourceStart - window.sourceStart(), row.sourceEnd - window.sourceStart()),
                    window.target().subList(row.targetStart - window.targetStart(), row.targetEnd - window.targetStart()),
                    document.lengthRatio));
            if (!flags.equals(row.flags)) {
                row.flags = flags;
            }
        }
    }

    /** Replaces the sentences of one side that differ between {@code old} and {@code now}, both starting at {@code start}. */
    private static void replaceSentences(Document document, Side side, int start, List<String> old, List<String> now) {
        int prefix = 0;
        while (prefix < old.size() && prefix < now.size() && old.get(prefix).equals(now.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < now.size() - prefix
                && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
            suffix++;
        }
        int from = start + prefix;
        int oldTo = start + old.size() - suffix;
        if (from == oldTo && now.size() - suffix == prefix) {
            return;
        }
        List<Sentence> replaced = Sentence.listRange(document, side, from, oldTo);
        Sentence anchor = replaced.isEmpty() ? neighbour(document, side, from) : null;
        Sentence.delete("document = ?1 and side = ?2 and index >= ?3 and index < ?4", document, side, from, oldTo);
        int delta = now.size() - old.size();
        if (delta != 0) {
            Sentence.update("index = index + ?1 where document = ?2 and side = ?3 and index >= ?4",
                    delta, document, side, oldTo);
        }
        for (int i = prefix; i < now.size() - suffix; i++) {
            int k = i - prefix;
            Sentence model = !replaced.isEmpty() ? replaced.get(Math.min(k, replaced.size() - 1)) : anchor;
            var row = new Sentence();
            row.document = document;
            row.side = side;
            row.index = start + i;
            row.text = now.get(i);
            row.paragraph = model == null ? 0 : model.paragraph;
            // Offsets stay within the sentence they came from: the first new part keeps its start, later parts
            // its end. They locate the text in the original; exact spans are not needed once a person edited it.
            int spanStart = model == null ? 0 : model.startOffset;
            int spanEnd = model == null ? 0 : model.endOffset;
            row.startOffset = k == 0 ? spanStart : Math.max(spanStart, spanEnd - row.text.length());
            row.endOffset = k == 0 ? Math.min(spanEnd, spanStart + row.text.length()) : spanEnd;
            row.persist();
        }
    }

    /** The sentence just before {@code index} (or at it), whose paragraph and offsets a new sentence inherits. */
    private static Sentence neighbour(Document document, Side side, int index) {
        return Sentence.find("document = ?1 and side = ?2 and index < ?3", Sort.descending("index"), document, side,
                index + 1).firstResult();
    }

    private static List<String> texts(Document document, Side side, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        var texts = new ArrayList<String>(to - from);
        for (Sentence sentence : Sentence.listRange(document, side, from, to)) {
            texts.add(sentence.text);
        }
        return texts;
    }

    static PairState state(SentencePair row) {
        return new PairState(row.sourceStart, row.sourceEnd, row.targetStart, row.targetEnd,
                ReviewStatus.valueOf(row.status.name()), row.confidence);
    }

    /** Whether {@code old}, moved by the window's sentence deltas, is {@code now}: a pair the change left alone. */
    private static boolean sameAfterShift(PairState old, PairState now, int sourceDelta, int targetDelta) {
        return old.sourceStart() + sourceDelta == now.sourceStart() && old.sourceEnd() + sourceDelta == now.sourceEnd()
                && old.targetStart() + targetDelta == now.targetStart() && old.targetEnd() + targetDelta == now.targetEnd()
                && old.status() == now.status() && Double.compare(old.confidence(), now.confidence()) == 0;
    }
}
