// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.LayoutIndex;
import dev.tandem.model.Ranks;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.Change;
import dev.tandem.review.PairState;
import dev.tandem.review.QaChecks;
import dev.tandem.review.QaCode;
import dev.tandem.review.Side;
import dev.tandem.review.TermCheck;
import dev.tandem.review.Window;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads stretches of a stored document as core {@link Window}s and writes {@link Change}s back. Order is stored as
 * sparse keys (see {@link Ranks}), so a change touches only the rows of its window: equal leading and trailing
 * sentences and pairs keep their rows (and pair ids), new rows get keys between their neighbours, and nothing after
 * the window moves. The core's dense positions are ranks: counts of the keys below, which need only the indexes.
 */
@ApplicationScoped
public class WindowStore {

    /** Pairs at positions {@code [from, to)}, clipped to the document, with the sentences they cover. */
    public Window load(Document document, int from, int to) {
        int first = Math.max(0, from);
        List<SentencePair> rows = first < to ? rowsAt(document, first, to - first) : List.of();
        if (rows.isEmpty()) {
            throw new IllegalStateException("no pairs in [" + from + ", " + to + ") of document " + document.id);
        }
        SentencePair head = rows.get(0);
        SentencePair last = rows.get(rows.size() - 1);
        List<PairState> pairs = rows.stream().map(WindowStore::state).toList();
        return new Window(head.position, head.sourceStart, head.targetStart,
                texts(Sentence.listOrdRange(document, Side.SOURCE, head.sourceFrom, last.sourceTo)),
                texts(Sentence.listOrdRange(document, Side.TARGET, head.targetFrom, last.targetTo)), pairs);
    }

    /** Up to {@code count} consecutive pairs from position {@code first}, with their ranks filled. */
    static List<SentencePair> rowsAt(Document document, int first, int count) {
        Long firstOrd = Ranks.pairOrdAt(document, first);
        if (firstOrd == null) {
            return List.of();
        }
        if (count <= 0) {
            return List.of();
        }
        List<SentencePair> rows = SentencePair.find("document = ?1 and ord >= ?2", Sort.by("ord"), document, firstOrd)
                .page(0, count).list();
        if (!rows.isEmpty()) {
            SentencePair head = rows.get(0);
            int s = (int) Ranks.sentencesBelow(document, Side.SOURCE, head.sourceFrom);
            int t = (int) Ranks.sentencesBelow(document, Side.TARGET, head.targetFrom);
            for (int i = 0; i < rows.size(); i++) {
                SentencePair row = rows.get(i);
                row.position = first + i;
                row.sourceStart = s;
                row.sourceEnd = s += row.sourceCount;
                row.targetStart = t;
                row.targetEnd = t += row.targetCount;
            }
        }
        return rows;
    }

    /**
     * Writes {@code change}; returns the rows of the after-window's pairs, in order, with their ranks. The
     * persistence context is flushed and cleared: entities loaded before (the document too) are detached
     * afterwards, and changes to them must be made before this call.
     */
    public List<SentencePair> write(Document document, Change change) {
        // before the flush, which writes the bump: the clear below detaches the document
        LayoutIndex.changing(document);
        SentencePair.flush();
        if (change.before().pairs().isEmpty() && change.after().pairs().isEmpty()) {
            SentencePair.getEntityManager().clear();
            return new ArrayList<>();
        }
        long[] pairOrds = apply(document, change);
        if (pairOrds == null) {
            // A gap between neighbouring keys ran out: give the document fresh, evenly spaced keys (rare) and retry.
            renumber(document);
            SentencePair.flush();
            pairOrds = apply(document, change);
            if (pairOrds == null) {
                throw new IllegalStateException("no room for keys in document " + document.id + " after renumbering");
            }
        }
        SentencePair.flush();
        SentencePair.getEntityManager().clear();
        Window after = change.after();
        List<SentencePair> rows = SentencePair.find("document = ?1 and ord >= ?2 and ord <= ?3", Sort.by("ord"),
                document, pairOrds[0], pairOrds[pairOrds.length - 1]).list();
        if (rows.size() != after.pairs().size()) {
            throw new IllegalStateException("wrote " + after.pairs().size() + " pairs, found " + rows.size());
        }
        for (int i = 0; i < rows.size(); i++) {
            SentencePair row = rows.get(i);
            PairState state = after.pairs().get(i);
            row.position = after.firstPair() + i;
            row.sourceStart = state.sourceStart();
            row.sourceEnd = state.sourceEnd();
            row.targetStart = state.targetStart();
            row.targetEnd = state.targetEnd();
        }
        refreshFlags(document, after, rows);
        return rows;
    }

    /** What one side of a change keeps, removes and inserts, with the keys of all the after-window's sentences. */
    private record SidePlan(long from, List<Sentence> old, int prefix, int oldEnd, int newEnd, long[] ords) {
    }

    /** Applies the change, or returns null, having changed nothing, when some gap has no room for new keys. */
    private static long[] apply(Document document, Change change) {
        Window before = change.before();
        Window after = change.after();
        List<SentencePair> rows = rowsAt(document, before.firstPair(), before.pairs().size());
        if (rows.size() != before.pairs().size()) {
            throw new IllegalStateException("the window of the change is not in document " + document.id);
        }
        SentencePair head = rows.get(0);
        SentencePair last = rows.get(rows.size() - 1);
        SidePlan source = planSide(document, Side.SOURCE, before.source(), after.source(), head.sourceFrom, last.sourceTo);
        SidePlan target = planSide(document, Side.TARGET, before.target(), after.target(), head.targetFrom, last.targetTo);
        if (source == null || target == null) {
            return null;
        }

        // Pairs: keep equal leading and trailing rows, replace the rest. A pair that only lost its confidence (its
        // text was edited) keeps its row, and its id, too.
        List<PairState> old = before.pairs();
        List<PairState> now = after.pairs();
        int prefix = 0;
        while (prefix < old.size() && prefix < now.size() && old.get(prefix).unscored().equals(now.get(prefix).unscored())) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < now.size() - prefix
                && sameAfterShift(old.get(old.size() - 1 - suffix), now.get(now.size() - 1 - suffix),
                change.sourceDelta(), change.targetDelta())) {
            suffix++;
        }
        int oldEnd = old.size() - suffix;
        int newEnd = now.size() - suffix;
        long[] ords = new long[now.size()];
        for (int i = 0; i < prefix; i++) {
            ords[i] = rows.get(i).ord;
        }
        for (int k = 0; k < suffix; k++) {
            ords[now.size() - 1 - k] = rows.get(old.size() - 1 - k).ord;
        }
        int reused = Math.min(oldEnd - prefix, newEnd - prefix);
        for (int k = 0; k < reused; k++) {
            ords[prefix + k] = rows.get(prefix + k).ord;
        }
        int extra = newEnd - prefix - reused;
        if (extra > 0) {
            long lo = reused > 0 ? ords[prefix + reused - 1] : prefix > 0 ? ords[prefix - 1] : pairOrdBefore(document, head.ord);
            long hi = oldEnd < old.size() ? rows.get(oldEnd).ord : pairOrdAfter(document, last.ord);
            long[] keys = between(lo, hi, extra);
            if (keys == null) {
                return null;
            }
            System.arraycopy(keys, 0, ords, prefix + reused, extra);
        }

        // From here on the change is written. The window's ends are read first: its own rows change below.
        long sourceStart = head.sourceFrom;
        long sourceEnd = last.sourceTo;
        long targetStart = head.targetFrom;
        long targetEnd = last.targetTo;
        writeSentences(document, Side.SOURCE, source, after.source());
        writeSentences(document, Side.TARGET, target, after.target());
        var em = SentencePair.getEntityManager();
        for (int i = prefix; i < oldEnd; i++) {
            em.remove(rows.get(i));
        }
        for (int j = 0; j < now.size(); j++) {
            PairState state = now.get(j);
            SentencePair row;
            if (j < prefix || j >= newEnd) {
                row = rows.get(j < prefix ? j : old.size() - (now.size() - j));
                if (!Objects.equals(row.confidence, state.confidence())) {
                    row.confidence = state.confidence();
                }
            } else {
                row = new SentencePair();
                row.document = document;
                row.ord = ords[j];
                row.status = state.status();
                row.confidence = state.confidence();
            }
            long sourceFrom = j == 0 ? sourceStart : key(source.ords(), state.sourceStart() - after.sourceStart(), sourceEnd);
            long sourceTo = j + 1 < now.size()
                    ? key(source.ords(), now.get(j + 1).sourceStart() - after.sourceStart(), sourceEnd) : sourceEnd;
            long targetFrom = j == 0 ? targetStart : key(target.ords(), state.targetStart() - after.targetStart(), targetEnd);
            long targetTo = j + 1 < now.size()
                    ? key(target.ords(), now.get(j + 1).targetStart() - after.targetStart(), targetEnd) : targetEnd;
            if (row.sourceFrom != sourceFrom) {
                row.sourceFrom = sourceFrom;
            }
            if (row.sourceTo != sourceTo) {
                row.sourceTo = sourceTo;
            }
            if (row.targetFrom != targetFrom) {
                row.targetFrom = targetFrom;
            }
            if (row.targetTo != targetTo) {
                row.targetTo = targetTo;
            }
            row.sourceCount = state.sourceEnd() - state.sourceStart();
            row.targetCount = state.targetEnd() - state.targetStart();
            if (j >= prefix && j < newEnd) {
                row.persist();
            }
        }
        return ords;
    }

    private static long key(long[] ords, int i, long end) {
        return i < ords.length ? ords[i] : end;
    }

    private static long pairOrdBefore(Document document, long ord) {
        Long key = SentencePair.getEntityManager().createQuery(
                        "select max(p.ord) from SentencePair p where p.document = ?1 and p.ord < ?2", Long.class)
                .setParameter(1, document).setParameter(2, ord).getSingleResult();
        return key == null ? -1 : key;
    }

    private static long pairOrdAfter(Document document, long ord) {
        Long key = SentencePair.getEntityManager().createQuery(
                        "select min(p.ord) from SentencePair p where p.document = ?1 and p.ord > ?2", Long.class)
                .setParameter(1, document).setParameter(2, ord).getSingleResult();
        return key == null ? Ranks.END : key;
    }

    /** {@code count} increasing keys strictly between {@code lo} and {@code hi}, evenly spread; null if no room. */
    static long[] between(long lo, long hi, int count) {
        long[] keys = new long[count];
        if (hi == Ranks.END) {
            for (int i = 0; i < count; i++) {
                keys[i] = lo + Ranks.GAP * (i + 1);
            }
            return keys;
        }
        if (hi - lo - 1 < count) {
            return null;
        }
        long step = (hi - lo) / (count + 1);
        for (int i = 0; i < count; i++) {
            keys[i] = lo + step * (i + 1);
        }
        return keys;
    }

    /** Keys for one side's after-window sentences, reusing the rows of equal leading and trailing sentences. */
    private static SidePlan planSide(Document document, Side side, List<String> oldTexts, List<String> now,
                                     long from, long to) {
        List<Sentence> old = Sentence.listOrdRange(document, side, from, to);
        if (old.size() != oldTexts.size()) {
            throw new IllegalStateException("the window's " + side + " is not in document " + document.id);
        }
        CommonEnds ends = CommonEnds.of(oldTexts, now);
        int prefix = ends.head();
        int suffix = ends.tail();
        int oldEnd = old.size() - suffix;
        int newEnd = now.size() - suffix;
        long[] ords = new long[now.size()];
        for (int i = 0; i < prefix; i++) {
            ords[i] = old.get(i).ord;
        }
        for (int k = 0; k < suffix; k++) {
            ords[now.size() - 1 - k] = old.get(old.size() - 1 - k).ord;
        }
        int reused = Math.min(oldEnd - prefix, newEnd - prefix);
        for (int k = 0; k < reused; k++) {
            ords[prefix + k] = old.get(prefix + k).ord;
        }
        int extra = newEnd - prefix - reused;
        if (extra > 0) {
            long lo = reused > 0 ? ords[prefix + reused - 1] : prefix > 0 ? ords[prefix - 1] : from - 1;
            long hi = oldEnd < old.size() ? old.get(oldEnd).ord : to;
            long[] keys = between(lo, hi, extra);
            if (keys == null) {
                return null;
            }
            System.arraycopy(keys, 0, ords, prefix + reused, extra);
        }
        return new SidePlan(from, old, prefix, oldEnd, newEnd, ords);
    }

    /** Replaces the sentences of one side that differ, as planned. */
    private static void writeSentences(Document document, Side side, SidePlan plan, List<String> now) {
        int prefix = plan.prefix();
        if (plan.oldEnd() == prefix && plan.newEnd() == prefix) {
            return;
        }
        List<Sentence> replaced = plan.old().subList(prefix, plan.oldEnd());
        Sentence anchor = replaced.isEmpty() ? neighbour(document, side, plan, prefix) : null;
        var em = Sentence.getEntityManager();
        for (Sentence sentence : List.copyOf(replaced)) {
            em.remove(sentence);
        }
        for (int i = prefix; i < plan.newEnd(); i++) {
            int k = i - prefix;
            Sentence model = !replaced.isEmpty() ? replaced.get(Math.min(k, replaced.size() - 1)) : anchor;
            var row = new Sentence();
            row.document = document;
            row.side = side;
            row.ord = plan.ords()[i];
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

    /**
     * The sentence at the insertion point (the first one after it), or else the last one before it, whose
     * paragraph and offsets a new sentence inherits.
     */
    private static Sentence neighbour(Document document, Side side, SidePlan plan, int prefix) {
        if (plan.oldEnd() < plan.old().size()) {
            return plan.old().get(plan.oldEnd());
        }
        long at = prefix > 0 ? plan.old().get(prefix - 1).ord + 1 : plan.from();
        Sentence next = Sentence.find("document = ?1 and side = ?2 and ord >= ?3", Sort.by("ord"), document, side, at)
                .firstResult();
        if (next != null) {
            return next;
        }
        return Sentence.find("document = ?1 and side = ?2", Sort.descending("ord"), document, side).firstResult();
    }

    /** Gives every sentence and pair of the document fresh keys, {@link Ranks#GAP} apart, keeping the order. */
    static void renumber(Document document) {
        List<SentencePair> pairs = SentencePair.list("document", Sort.by("ord"), document);
        for (Side side : Side.values()) {
            boolean source = side == Side.SOURCE;
            List<Sentence> sentences = Sentence.list("document = ?1 and side = ?2", Sort.by("ord"), document, side);
            long[] oldOrds = new long[sentences.size()];
            for (int i = 0; i < oldOrds.length; i++) {
                oldOrds[i] = sentences.get(i).ord;
                sentences.get(i).ord = Ranks.GAP * (i + 1);
            }
            for (int j = 0; j < pairs.size(); j++) {
                SentencePair pair = pairs.get(j);
                long from = j == 0 ? 0 : remap(oldOrds, source ? pair.sourceFrom : pair.targetFrom);
                if (source) {
                    pair.sourceFrom = from;
                } else {
                    pair.targetFrom = from;
                }
            }
            for (int j = 0; j < pairs.size(); j++) {
                SentencePair pair = pairs.get(j);
                boolean lastPair = j + 1 == pairs.size();
                if (source) {
                    pair.sourceTo = lastPair ? Ranks.END : pairs.get(j + 1).sourceFrom;
                } else {
                    pair.targetTo = lastPair ? Ranks.END : pairs.get(j + 1).targetFrom;
                }
            }
        }
        for (int j = 0; j < pairs.size(); j++) {
            pairs.get(j).ord = Ranks.GAP * (j + 1);
        }
    }

    private static long remap(long[] oldOrds, long key) {
        int rank = Ranks.lowerBound(oldOrds, key);
        return rank < oldOrds.length ? Ranks.GAP * (rank + 1) : Ranks.END;
    }

    /** Recomputes the QA flags of the window's pairs: their sentences may have changed even where they did not. */
    private static void refreshFlags(Document document, Window window, List<SentencePair> rows) {
        TermCheck terms = TermFlags.checkOf(document);
        for (SentencePair row : rows) {
            int mask = QaCode.mask(QaChecks.check(
                    window.source().subList(row.sourceStart - window.sourceStart(), row.sourceEnd - window.sourceStart()),
                    window.target().subList(row.targetStart - window.targetStart(), row.targetEnd - window.targetStart()),
                    document.lengthRatio, terms));
            if (mask != row.flagMask) {
                row.flagMask = mask;
            }
        }
    }

    private static List<String> texts(List<Sentence> sentences) {
        var texts = new ArrayList<String>(sentences.size());
        for (Sentence sentence : sentences) {
            texts.add(sentence.text);
        }
        return texts;
    }

    static PairState state(SentencePair row) {
        return new PairState(row.sourceStart, row.sourceEnd, row.targetStart, row.targetEnd,
                row.status, row.confidence);
    }

    /**
     * Whether {@code old}, moved by the window's sentence deltas, is {@code now}: a pair the change left alone, but
     * for its confidence.
     */
    private static boolean sameAfterShift(PairState old, PairState now, int sourceDelta, int targetDelta) {
        return old.sourceStart() + sourceDelta == now.sourceStart() && old.sourceEnd() + sourceDelta == now.sourceEnd()
                && old.targetStart() + targetDelta == now.targetStart() && old.targetEnd() + targetDelta == now.targetEnd()
                && old.status() == now.status();
    }
}
