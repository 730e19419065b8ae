// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Sentence splitting with ICU's rules (UAX #29 plus locale tailoring), corrected by
 * {@link BoundaryRules}.
 *
 * <ol>
 *   <li>Cut the text into paragraphs ({@link Lines#paragraphs}); sentences never cross them.</li>
 *   <li>Run ICU's sentence iterator over each paragraph with its line breaks replaced by spaces,
 *       because inside a paragraph a newline only wraps the line.</li>
 *   <li>Add candidates ICU does not know: after "…" before a capitalised word, after a CJK
 *       ellipsis ("……", "⋯⋯") directly followed by CJK text (Chinese uses it as a terminator), and
 *       at a space between two Thai or Lao letters (those scripts have no full stop: a space ends a
 *       sentence or a clause, and words run together without one).</li>
 *   <li>Where a candidate has no space before it, move opening quotes and brackets that ICU left
 *       at the end of a sentence ("她笑了。“") to the next one.</li>
 *   <li>Keep each candidate that {@link BoundaryRules} accepts and that does not leave the number of a
 *       numbered paragraph ("1. Open the file.") as a sentence of its own; trim the sentences.</li>
 * </ol>
 *
 * <p>Chinese {@code “你好。”他说。} is split after {@code ”}: telling a speech tag ("他说") from a new
 * sentence ("她笑了") needs a lexicon, and the aligner can merge 2-1 beads anyway. Japanese
 * {@code 「…。」と} and {@code 」って} stay one sentence.
 *
 * <p>The iterator is built once; each call to {@link #split} works on its own clone, so instances
 * are thread-safe. Time is linear in the length of the text.
 */
final class IcuSentenceSegmenter implements Segmenter {

    private static final Pattern LIST_NUMBER = Pattern.compile("\\s*\\p{Nd}{1,3}\\.");

    private final BreakIterator prototype;
    private final BoundaryRules rules;

    IcuSentenceSegmenter(ULocale locale, LanguageRules language) {
        this.prototype = BreakIterator.getSentenceInstance(locale);
        this.rules = new BoundaryRules(language);
    }

    @Override
    public List<Segment> split(String text) {
        Objects.requireNonNull(text, "text");
        List<Segment> segments = new ArrayList<>();
        BreakIterator iterator = (BreakIterator) prototype.clone();
        int paragraph = 0;
        for (TextRange range : Lines.paragraphs(text)) {
            int before = segments.size();
            splitParagraph(text, range, iterator, paragraph, segments);
            if (segments.size() > before) {
                paragraph++;
            }
        }
        return segments;
    }

    private void splitParagraph(String text, TextRange range, BreakIterator iterator, int paragraph,
            List<Segment> out) {
        int limit = range.end();
        int sentenceStart = range.start();
        for (int candidate : candidates(text, range, iterator)) {
            if (candidate <= sentenceStart || candidate >= limit) {
                continue;
            }
            int end = Chars.trimEnd(text, sentenceStart, candidate);
            int next = Chars.skipWhitespace(text, candidate, limit);
            if (end == next) {
                next = backOverOpeners(text, sentenceStart, candidate);
                end = Chars.trimEnd(text, sentenceStart, next);
            } else {
                int closed = detachedClosers(text, next, limit);
                if (closed > next) {
                    end = closed;
                    next = Chars.skipWhitespace(text, closed, limit);
                }
            }
            int opening = openingDirectionMarks(text, sentenceStart, end);
            if (opening < end) {
                next = opening;
                end = Chars.trimEnd(text, sentenceStart, opening);
            }
            if (end <= sentenceStart || next >= limit || !rules.endsSentence(text, sentenceStart, end, next, limit)
                    || isListNumber(text, range.start(), sentenceStart, end)) {
                continue;
            }
            out.add(new Segment(sentenceStart, end, paragraph));
            sentenceStart = next;
        }
        out.add(new Segment(sentenceStart, limit, paragraph));
    }

    /**
     * Whether {@code text[start, end)} is only the number of a numbered paragraph ("1. Open the file."). Only at the
     * paragraph's start: further in, "See No. 5." ends a sentence, and rules written as SRX cannot tell the two apart.
     * A numbered list of one line per item (no blank lines in the text) has each item as a paragraph.
     */
    private static boolean isListNumber(String text, int paragraphStart, int start, int end) {
        return start == paragraphStart && LIST_NUMBER.matcher(text).region(start, end).matches();
    }

    /**
     * Where a run of direction marks that opens the next sentence starts, at the end of {@code text[start, end)} after
     * a space (an RLE or RLM beginning each cue of an Arabic subtitle file); {@code end} if there is none. ICU attaches
     * format characters to what precedes them, which would leave the mark that opens a sentence at the end of the one
     * before, and both unbalanced.
     */
    private static int openingDirectionMarks(String text, int start, int end) {
        int i = end;
        while (i > start && Chars.isOpeningDirectionMark(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i < end && i > start && Chars.isSpace(text.codePointBefore(i)) ? i : end;
    }

    /** Candidate boundaries inside the paragraph, as absolute offsets, ascending, without duplicates. */
    private static int[] candidates(String text, TextRange range, BreakIterator iterator) {
        IntStream.Builder found = IntStream.builder();
        iterator.setText(Chars.withoutLineBreaks(text, range));
        iterator.first();
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            found.add(range.start() + b);
        }
        addEllipsisCandidates(text, range, found);
        addSpaceEndedCandidates(text, range, found);
        return found.build().sorted().distinct().toArray();
    }

    private static void addSpaceEndedCandidates(String text, TextRange range, IntStream.Builder found) {
        int limit = range.end();
        for (int i = range.start(); i < limit; i += Character.charCount(text.codePointAt(i))) {
            if (i > range.start() && Chars.isSpace(text.codePointAt(i))
                    && Chars.isSpaceEnded(text.codePointBefore(i))) {
                int next = Chars.skipWhitespace(text, i, limit);
                if (next < limit && Chars.isSpaceEnded(text.codePointAt(next))) {
                    found.add(next);
                }
                i = next - 1;
            }
        }
    }

    private static void addEllipsisCandidates(String text, TextRange range, IntStream.Builder found) {
        int limit = range.end();
        int i = range.start();
        while (i < limit) {
            int cp = text.codePointAt(i);
            if (!Chars.isEllipsis(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int run = 0;
            while (i < limit && Chars.isEllipsis(text.codePointAt(i))) {
                run++;
                i++;
            }
            while (i < limit && Chars.isCloser(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int next = Chars.skipWhitespace(text, i, limit);
            int word = skipOpeners(text, next, limit);
            if (word >= limit) {
                break;
            }
            int first = text.codePointAt(word);
            boolean latinStyle = next > i && Chars.isUpper(first);
            boolean cjkStyle = next == i && run >= 2 && Chars.isCjk(first);
            if (latinStyle || cjkStyle) {
                found.add(next);
            }
        }
    }

    /**
     * The end of a run of closing quotes or brackets at {@code from} that stands apart from the next word, as French
     * sets » after a space ("il neige ! » s'écria"): ICU breaks before it, but it closes the sentence before. ASCII
     * quotes are left alone (they open as often as they close), and so is a run touching a word, as German »Komm!«
     * opens with ». Returns {@code from} when there is no such run.
     */
    private static int detachedClosers(String text, int from, int limit) {
        int i = from;
        while (i < limit) {
            int cp = text.codePointAt(i);
            if (cp == '"' || cp == '\'' || !Chars.isCloser(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i > from && (i == limit || Chars.isWhitespace(text.codePointAt(i))) ? i : from;
    }

    private static int skipOpeners(String text, int from, int limit) {
        int i = from;
        while (i < limit && Chars.isOpener(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static int backOverOpeners(String text, int floor, int at) {
        int i = at;
        while (i > floor && Chars.isOpener(Character.codePointBefore(text, i))) {
            i -= Character.charCount(Character.codePointBefore(text, i));
        }
        return i;
    }
}
