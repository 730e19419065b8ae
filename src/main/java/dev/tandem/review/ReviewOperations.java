// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import com.ibm.icu.text.BreakIterator;
import dev.tandem.align.Bead;
import dev.tandem.align.Lexicon;
import dev.tandem.align.SentenceAligner;
import dev.tandem.align.SideText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The edits a reviewer makes to an aligned document, as pure functions from a {@link Window} to a
 * {@link Change}.
 *
 * <p>Every operation takes a window loaded around the pair concerned (positions and sentence
 * indexes are absolute, i.e. numbered in the whole document) and either returns the change or
 * throws {@link InvalidOperationException} with a message for the user; it never modifies anything.
 * A change covers only the pairs it touches, so the caller stores and redraws just those, and
 * {@link Change#inverse()} undoes it. Pairs made or changed by a structural operation (merge, split,
 * shift, insert-empty, sentence split or merge) become {@link ReviewStatus#AUTO} with no confidence
 * ({@code null}): a person made them, the aligner never scored them, and confirming is a separate
 * action. Editing a sentence keeps the status of its pair and drops its confidence, which was the
 * aligner's estimate for the old text. A status change keeps the confidence; realignment gives the
 * aligner's new ones.
 * Null arguments are programming errors ({@link NullPointerException}).
 */
public final class ReviewOperations {

    private ReviewOperations() {
    }

    /**
     * Replaces the text of sentence {@code index} of {@code side} by {@code text}, stripped. A blank
     * text is invalid: removing a sentence is a merge. The pair keeps its status; it loses its
     * confidence unless the text stays the same.
     */
    public static Change editText(Window window, Side side, int index, String text) {
        Objects.requireNonNull(text, "text");
        requireSentence(window, side, index);
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidOperationException("a sentence cannot be empty; merge it into a neighbour instead");
        }
        int position = window.positionOf(side, index);
        Window before = window.slice(position, position + 1);
        List<String> sentences = new ArrayList<>(before.sentences(side));
        String old = sentences.set(index - before.sentenceStart(side), stripped);
        PairState pair = before.pairAt(position);
        List<PairState> pairs = List.of(old.equals(stripped) ? pair : pair.unscored());
        return new Change(before, withSentences(before, side, sentences, pairs));
    }

    /**
     * Splits sentence {@code index} of {@code side} at UTF-16 {@code offset} into two sentences of
     * the same pair. Whitespace at the cut goes away; {@code 0 < offset < length}, the cut must fall
     * between user-perceived characters (not inside a surrogate pair, between a letter and its combining
     * accent, or inside an emoji sequence joined by U+200D), and both parts must keep some text.
     */
    public static Change splitSentence(Window window, Side side, int index, int offset) {
        requireSentence(window, side, index);
        String text = window.sentence(side, index);
        if (offset <= 0 || offset >= text.length()) {
            throw new InvalidOperationException("a sentence can only be split inside it, not at its start or end");
        }
        if (!isCharacterBoundary(text, offset)) {
            throw new InvalidOperationException(
                    "a sentence cannot be split inside a character; move the cut one character left or right");
        }
        String left = text.substring(0, offset).stripTrailing();
        String right = text.substring(offset).stripLeading();
        if (left.isEmpty() || right.isEmpty()) {
            throw new InvalidOperationException("both parts of a split sentence need text; choose a cut between words");
        }
        int position = window.positionOf(side, index);
        Window before = window.slice(position, position + 1);
        List<String> sentences = new ArrayList<>(before.sentences(side));
        int local = index - before.sentenceStart(side);
        sentences.set(local, left);
        sentences.add(local + 1, right);
        PairState pair = before.pairAt(position);
        Part part = Part.made(pair.count(Side.SOURCE), pair.count(Side.TARGET)).plus(side, 1);
        return new Change(before, rebuild(before, side, sentences, List.of(part)));
    }

    /** Whether {@code offset} is a grapheme cluster boundary of {@code text} (Unicode's extended clusters). */
    static boolean isCharacterBoundary(String text, int offset) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        return characters.isBoundary(offset);
    }

    /**
     * Merges sentences {@code index} and {@code index + 1} of {@code side} into one:
     * {@code left.stripTrailing() + separator + right.stripLeading()}. If they were in different
     * pairs, the merged sentence stays in the first pair; the pair of the second one loses it and
     * disappears if it is left with no sentence at all.
     */
    public static Change mergeSentences(Window window, Side side, int index, String separator) {
        Objects.requireNonNull(separator, "separator");
        requireSentence(window, side, index);
        if (!window.containsSentence(side, index + 1)) {
            throw new InvalidOperationException("the last sentence has no next sentence to merge with");
        }
        int first = window.positionOf(side, index);
        int second = window.positionOf(side, index + 1);
        Window before = window.slice(first, second + 1);
        List<String> sentences = new ArrayList<>(before.sentences(side));
        int local = index - before.sentenceStart(side);
        sentences.set(local, sentences.get(local).stripTrailing() + separator + sentences.get(local + 1).stripLeading());
        sentences.remove(local + 1);
        List<Part> parts = new ArrayList<>();
        for (PairState pair : before.pairs()) {
            parts.add(Part.of(pair));
        }
        // pairs between the two (with no sentence on this side) are untouched
        parts.set(0, Part.made(parts.get(0).sourceCount(), parts.get(0).targetCount()));
        int last = parts.size() - 1;
        parts.set(last, Part.made(parts.get(last).sourceCount(), parts.get(last).targetCount()).plus(side, -1));
        return new Change(before, rebuild(before, side, sentences, parts));
    }

    /** Merges the pair at {@code position} with the next one into one pair. */
    public static Change mergePairs(Window window, int position) {
        requirePair(window, position);
        if (!window.containsPair(position + 1)) {
            throw new InvalidOperationException("the last pair cannot be merged with a next one");
        }
        Window before = window.slice(position, position + 2);
        PairState first = before.pairAt(position);
        PairState second = before.pairAt(position + 1);
        Part merged = Part.made(first.count(Side.SOURCE) + second.count(Side.SOURCE),
                first.count(Side.TARGET) + second.count(Side.TARGET));
        return new Change(before, rebuild(before, List.of(merged)));
    }

    /**
     * Splits the pair at {@code position} in two: the first part keeps its first
     * {@code sourceCount} source and {@code targetCount} target sentences, the second the rest. The
     * counts must be within the pair's counts and neither part may be left without sentences.
     */
    public static Change splitPair(Window window, int position, int sourceCount, int targetCount) {
        requirePair(window, position);
        PairState pair = window.pairAt(position);
        int sources = pair.count(Side.SOURCE);
        int targets = pair.count(Side.TARGET);
        if (sourceCount < 0 || sourceCount > sources || targetCount < 0 || targetCount > targets) {
            throw new InvalidOperationException("the first part can take 0 to " + sources + " source and 0 to "
                    + targets + " target sentences of this pair");
        }
        if (sourceCount + targetCount == 0 || sourceCount + targetCount == sources + targets) {
            throw new InvalidOperationException("both parts of a split pair need at least one sentence; move the split point");
        }
        Window before = window.slice(position, position + 1);
        return new Change(before, rebuild(before, List.of(Part.made(sourceCount, targetCount),
                Part.made(sources - sourceCount, targets - targetCount))));
    }

    /**
     * Moves one sentence of {@code side} to the neighbouring pair: {@link Direction#UP} moves the
     * pair's first sentence to the end of the previous pair, {@link Direction#DOWN} its last sentence
     * to the start of the next pair. The neighbour must be in the window and the pair must have a
     * sentence on that side; a pair left with no sentence at all disappears.
     */
    public static Change shift(Window window, int position, Side side, Direction direction) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(direction, "direction");
        requirePair(window, position);
        boolean up = direction == Direction.UP;
        int neighbour = up ? position - 1 : position + 1;
        if (!window.containsPair(neighbour)) {
            throw new InvalidOperationException(up ? "the first pair has no previous pair" : "the last pair has no next pair");
        }
        PairState pair = window.pairAt(position);
        if (pair.count(side) == 0) {
            throw new InvalidOperationException("this pair has no " + side.label() + " sentence to move");
        }
        Window before = window.slice(Math.min(position, neighbour), Math.max(position, neighbour) + 1);
        Part moved = Part.made(pair.count(Side.SOURCE), pair.count(Side.TARGET)).plus(side, -1);
        PairState other = window.pairAt(neighbour);
        Part receiving = Part.made(other.count(Side.SOURCE), other.count(Side.TARGET)).plus(side, 1);
        return new Change(before, rebuild(before, up ? List.of(receiving, moved) : List.of(moved, receiving)));
    }

    /**
     * Unlinks the pair at {@code position}: a new pair with {@code side} empty, holding the pair's
     * sentences of the other side, is inserted at {@code position}; the pair (now at
     * {@code position + 1}) keeps its {@code side} sentences with the other side empty. Both sides of
     * the pair must have sentences.
     */
    public static Change insertEmpty(Window window, int position, Side side) {
        Objects.requireNonNull(side, "side");
        requirePair(window, position);
        PairState pair = window.pairAt(position);
        for (Side s : Side.values()) {
            if (pair.count(s) == 0) {
                throw new InvalidOperationException("this pair already has an empty " + s.label());
            }
        }
        Window before = window.slice(position, position + 1);
        Part empty = Part.made(0, 0).plus(side.other(), pair.count(side.other()));
        Part kept = Part.made(0, 0).plus(side, pair.count(side));
        return new Change(before, rebuild(before, List.of(empty, kept)));
    }

    /**
     * Realigns the pairs that are not {@link ReviewStatus#CONFIRMED} in the window, the stretch from the first to the
     * last of them aligned as one text with {@code aligner}, its confirmed pairs kept exactly as beads the alignment
     * must take and its rejected pairings never proposed again. Realigned pairs are {@link ReviewStatus#AUTO} with the
     * aligner's confidences. With no unconfirmed pair, the change is empty and changes nothing.
     */
    public static Change realign(Window window, SentenceAligner aligner, String sourceLanguage, String targetLanguage) {
        return realign(window, aligner, Lexicon.EMPTY, sourceLanguage, targetLanguage);
    }

    /** As above, the aligner using {@code lexicon} (the project's) besides what it learns from the stretch. */
    public static Change realign(Window window, SentenceAligner aligner, Lexicon lexicon, String sourceLanguage,
                                 String targetLanguage) {
        return realign(window, aligner, lexicon, sourceLanguage, targetLanguage, List.of());
    }

    /**
     * As above, also never proposing {@code rejectedBefore}: pairings rejected in pairs an earlier realignment
     * replaced, wherever their sentences stand in the stretch now.
     */
    public static Change realign(Window window, SentenceAligner aligner, Lexicon lexicon, String sourceLanguage,
                                 String targetLanguage, Collection<RejectedPairing> rejectedBefore) {
        Objects.requireNonNull(aligner, "aligner");
        Objects.requireNonNull(lexicon, "lexicon");
        int first = window.firstPair();
        while (first < window.endPair() && window.pairAt(first).status() == ReviewStatus.CONFIRMED) {
            first++;
        }
        int end = window.endPair();
        while (end > first && window.pairAt(end - 1).status() == ReviewStatus.CONFIRMED) {
            end--;
        }
        Window before = window.slice(first, end);
        Map<Bead, PairState> confirmed = new HashMap<>();
        List<Bead> rejected = new ArrayList<>();
        for (PairState pair : before.pairs()) {
            Bead bead = new Bead(pair.sourceStart() - before.sourceStart(), pair.sourceEnd() - before.sourceStart(),
                    pair.targetStart() - before.targetStart(), pair.targetEnd() - before.targetStart(), 0.0);
            if (pair.status() == ReviewStatus.CONFIRMED) {
                confirmed.put(bead, pair);
            } else if (pair.status() == ReviewStatus.REJECTED) {
                rejected.add(bead);
            }
        }
        if (first == end) {
            return new Change(before, rebuild(before, List.of()));
        }
        for (Bead earlier : RejectedPairing.beadsIn(before, rejectedBefore)) {
            if (!confirmed.containsKey(earlier) && !rejected.contains(earlier)) {
                rejected.add(earlier);
            }
        }
        List<Bead> beads = aligner.align(SideText.of(sourceLanguage, before.source()),
                SideText.of(targetLanguage, before.target()), lexicon, confirmed.keySet(), rejected);
        List<Part> parts = new ArrayList<>(beads.size());
        int kept = 0;
        for (Bead bead : beads) {
            PairState pair = confirmed.get(new Bead(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(),
                    bead.targetEnd(), 0.0));
            if (pair != null) {
                parts.add(Part.of(pair));
                kept++;
            } else {
                parts.add(new Part(bead.sourceCount(), bead.targetCount(), ReviewStatus.AUTO, bead.confidence()));
            }
        }
        if (kept != confirmed.size()) {
            // the search's band missed a confirmed pair (none seen so far): each gap between them alone, as before
            parts = realignedGaps(before, aligner, lexicon, sourceLanguage, targetLanguage);
        }
        return new Change(before, rebuild(before, parts));
    }

    /** Each maximal run of unconfirmed pairs of {@code stretch} aligned on its own; the confirmed pairs as they are. */
    private static List<Part> realignedGaps(Window stretch, SentenceAligner aligner, Lexicon lexicon,
                                            String sourceLanguage, String targetLanguage) {
        List<Part> parts = new ArrayList<>();
        int runStart = stretch.firstPair();
        for (int position = stretch.firstPair(); position <= stretch.endPair(); position++) {
            boolean confirmed = position < stretch.endPair()
                    && stretch.pairAt(position).status() == ReviewStatus.CONFIRMED;
            if (position == stretch.endPair() || confirmed) {
                if (runStart < position) {
                    Window run = stretch.slice(runStart, position);
                    for (Bead bead : aligner.align(SideText.of(sourceLanguage, run.source()),
                            SideText.of(targetLanguage, run.target()), lexicon)) {
                        parts.add(new Part(bead.sourceCount(), bead.targetCount(), ReviewStatus.AUTO,
                                bead.confidence()));
                    }
                }
                if (confirmed) {
                    parts.add(Part.of(stretch.pairAt(position)));
                }
                runStart = position + 1;
            }
        }
        return parts;
    }

    private static void requirePair(Window window, int position) {
        if (!window.containsPair(position)) {
            throw new InvalidOperationException("this pair is not on the loaded page; reload the page and try again");
        }
    }

    private static void requireSentence(Window window, Side side, int index) {
        Objects.requireNonNull(side, "side");
        if (!window.containsSentence(side, index)) {
            throw new InvalidOperationException("this sentence is not on the loaded page; reload the page and try again");
        }
    }

    private static Window withSentences(Window before, Side side, List<String> sentences, List<PairState> pairs) {
        return new Window(before.firstPair(), before.sourceStart(), before.targetStart(),
                side == Side.SOURCE ? sentences : before.source(), side == Side.TARGET ? sentences : before.target(), pairs);
    }

    /** {@code before} with the same sentences re-cut into {@code parts}. */
    private static Window rebuild(Window before, List<Part> parts) {
        return rebuild(before, Side.SOURCE, before.source(), parts);
    }

    /**
     * A window at {@code before}'s place with {@code sentences} on {@code side} (the other side
     * unchanged) cut into {@code parts} in order; parts without any sentence are dropped, which is
     * how a pair emptied by a shift or merge disappears.
     */
    private static Window rebuild(Window before, Side side, List<String> sentences, List<Part> parts) {
        List<PairState> pairs = new ArrayList<>(parts.size());
        int s = before.sourceStart();
        int t = before.targetStart();
        for (Part part : parts) {
            if (part.sourceCount() + part.targetCount() == 0) {
                continue;
            }
            pairs.add(new PairState(s, s + part.sourceCount(), t, t + part.targetCount(), part.status(), part.confidence()));
            s += part.sourceCount();
            t += part.targetCount();
        }
        return withSentences(before, side, sentences, pairs);
    }

    /** A pair before it is placed: only its sentence counts, status and confidence. */
    private record Part(int sourceCount, int targetCount, ReviewStatus status, Double confidence) {

        /** A pair made by a person: {@link ReviewStatus#AUTO}, not scored by the aligner. */
        static Part made(int sourceCount, int targetCount) {
            return new Part(sourceCount, targetCount, ReviewStatus.AUTO, null);
        }

        static Part of(PairState pair) {
            return new Part(pair.count(Side.SOURCE), pair.count(Side.TARGET), pair.status(), pair.confidence());
        }

        Part plus(Side side, int delta) {
            return side == Side.SOURCE
                    ? new Part(sourceCount + delta, targetCount, status, confidence)
                    : new Part(sourceCount, targetCount + delta, status, confidence);
        }
    }
}
