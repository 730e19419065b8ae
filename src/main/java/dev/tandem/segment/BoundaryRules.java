// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a candidate boundary (from ICU, or after an ellipsis) really ends a sentence.
 *
 * <p>The candidate sentence is {@code text[start, end)} (trimmed) and the following text starts
 * at {@code next} (first non-whitespace), all inside one paragraph ending at {@code limit}. The
 * rules, first match wins:
 * <ol>
 *   <li>A lowercase word follows (skipping quotes and brackets): no end. Covers
 *       {@code "Stop!" she shouted.} and {@code Wait... what?}. Not applied after a CJK full stop,
 *       since "。iPhone" starts a new sentence.</li>
 *   <li>A Japanese closing bracket followed by the quotative と/って ({@code 「…。」と彼は言った。}), or a full
 *       stop inside such a quotation ({@code 「雪だ。すごい。」と}): no end.</li>
 *   <li>A closing quote touching Korean text, its quotative particle ({@code "눈이 온다."라고 말했다}): no end.</li>
 *   <li>A period after a known abbreviation (possibly spaced, "z. B."), judged by its
 *       {@link AbbreviationKind}.</li>
 *   <li>A period after a single capital letter (an initial, "J. R. R. Tolkien") before a
 *       capitalised word: no end. "I" is excluded: it is far more often the pronoun.</li>
 *   <li>In languages with ordinal dots, "3." before a month name or after an article: no end.</li>
 *   <li>Otherwise the boundary stands.</li>
 * </ol>
 */
final class BoundaryRules {

    /** Longest piece of a spaced abbreviation, period included ("z.", "av.", "Chr."). */
    private static final int MAX_PIECE = 6;

    /** How many pieces a spaced abbreviation may have besides the one at the boundary ("v. u. Z."). */
    private static final int MAX_EXTRA_PIECES = 3;

    /**
     * How far to look back or ahead for a word. Words this long are no abbreviations, and the bound
     * keeps splitting linear on text without spaces (CJK, URLs).
     */
    private static final int MAX_TOKEN = 64;

    /** How far past quotes and brackets to look for the next word. */
    private static final int MAX_PUNCTUATION_SKIP = 4;

    /**
     * The rest of a Japanese quotation that the quotative と/って follows: 「雪だ。すごい。」と is one sentence, like
     * 「すごい。」と. Bounded, so that splitting stays linear.
     */
    static final String QUOTATION_REST = "[^「」『』]{0,200}[」』](?:と|って)";
    private static final Pattern QUOTED_BEFORE_QUOTATIVE = Pattern.compile(QUOTATION_REST);

    private final LanguageRules language;

    BoundaryRules(LanguageRules language) {
        this.language = language;
    }

    boolean endsSentence(String text, int start, int end, int next, int limit) {
        int nextChar = nextWordChar(text, next, limit);
        if (nextChar >= 0 && Chars.isLower(nextChar) && !Chars.isWideTerminator(lastTerminator(text, start, end))) {
            return false;
        }
        int last = Character.codePointBefore(text, end);
        if ((last == '」' || last == '』') && (text.startsWith("と", next) || text.startsWith("って", next))) {
            return false;
        }
        if ((last == '。' || last == '！' || last == '？')
                && QUOTED_BEFORE_QUOTATIVE.matcher(text).region(next, limit).lookingAt()) {
            return false;
        }
        if (end == next && Chars.isCloser(last) && next < limit
                && UScript.getScript(text.codePointAt(next)) == UScript.HANGUL) {
            return false;
        }
        if (last == '.') {
            return periodEndsSentence(text, start, end, next, limit, nextChar);
        }
        return true;
    }

    private boolean periodEndsSentence(String text, int start, int end, int next, int limit, int nextChar) {
        int tokenStart = tokenStart(text, start, end);
        int wordStart = skipOpeners(text, tokenStart, end);
        String word = text.substring(wordStart, end - 1);
        if (word.isEmpty() || word.endsWith(".")) {
            return true; // a bare period or an ellipsis "...": ICU's decision stands
        }
        Optional<AbbreviationKind> kind = abbreviationKind(text, start, tokenStart, word, next, limit);
        if (kind.isPresent()) {
            switch (kind.get()) {
                case PREFIX:
                    return false;
                case AMBIGUOUS:
                    return nextChar < 0 || !Chars.isDigit(nextChar);
                case NUMERIC:
                    if (nextChar >= 0 && Chars.isDigit(nextChar)) {
                        return false;
                    }
                    break;
                default:
                    throw new AssertionError(kind.get());
            }
        }
        if (isInitial(word) && nextChar >= 0 && Chars.isUpper(nextChar)) {
            return false;
        }
        if (language.ordinalDots() && isOrdinal(word)) {
            String following = letters(text, next, limit).toLowerCase(Locale.ROOT);
            String preceding = previousToken(text, start, tokenStart).toLowerCase(Locale.ROOT);
            if (language.ordinalFollowers().contains(following)
                    || language.ordinalDeterminers().contains(preceding)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The kind of the abbreviation the period closes, trying first whether the period sits inside
     * a spaced abbreviation ("z." of "z. B."), then the longest spaced form ending here, then the
     * word alone.
     */
    private Optional<AbbreviationKind> abbreviationKind(
            String text, int start, int tokenStart, String word, int next, int limit) {
        AbbreviationSet abbreviations = language.abbreviations();
        StringBuilder forward = new StringBuilder(word).append('.');
        int pos = next;
        for (int i = 0; i < MAX_EXTRA_PIECES && pos < limit; i++) {
            int pieceEnd = tokenEnd(text, pos, limit);
            if (pieceEnd - pos > MAX_PIECE || text.charAt(pieceEnd - 1) != '.') {
                break;
            }
            forward.append(text, pos, pieceEnd - 1);
            if (abbreviations.contains(forward.toString())) {
                return Optional.of(AbbreviationKind.PREFIX);
            }
            forward.append('.');
            pos = Chars.skipWhitespace(text, pieceEnd, limit);
        }
        String spaced = word;
        String longest = null;
        int pieceEnd = tokenStart;
        for (int i = 0; i < MAX_EXTRA_PIECES; i++) {
            int previousEnd = Chars.trimEnd(text, start, pieceEnd);
            if (previousEnd == pieceEnd || previousEnd == start || text.charAt(previousEnd - 1) != '.') {
                break;
            }
            int previousStart = tokenStart(text, start, previousEnd);
            if (previousEnd - previousStart > MAX_PIECE) {
                break;
            }
            spaced = text.substring(previousStart, previousEnd) + spaced;
            if (abbreviations.contains(spaced)) {
                longest = spaced;
            }
            pieceEnd = previousStart;
        }
        return abbreviations.find(longest != null ? longest : word);
    }

    private static boolean isInitial(String word) {
        int cp = word.codePointAt(0);
        return word.length() == Character.charCount(cp) && Chars.isUpper(cp) && cp != 'I';
    }

    private static boolean isOrdinal(String word) {
        return word.length() <= 3 && word.chars().allMatch(Chars::isDigit);
    }

    /** First code point at or after {@code from} that is a letter or digit, past a few quotes or brackets; -1 if none. */
    private static int nextWordChar(String text, int from, int limit) {
        int i = from;
        for (int skipped = 0; i < limit && skipped <= MAX_PUNCTUATION_SKIP; skipped++) {
            int cp = text.codePointAt(i);
            if (Chars.isLetter(cp) || Chars.isDigit(cp)) {
                return cp;
            }
            if (!Chars.isOpener(cp) && !Chars.isCloser(cp) && cp != '-' && cp != '—' && cp != '–') {
                return -1;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The last character of the sentence that is not a closing quote or bracket. */
    private static int lastTerminator(String text, int start, int end) {
        int i = end;
        int bound = Math.max(start, end - MAX_TOKEN);
        while (i > bound) {
            int cp = Character.codePointBefore(text, i);
            if (!Chars.isCloser(cp)) {
                return cp;
            }
            i -= Character.charCount(cp);
        }
        return -1;
    }

    private static int tokenStart(String text, int floor, int end) {
        int i = end;
        int bound = Math.max(floor, end - MAX_TOKEN);
        while (i > bound) {
            int cp = Character.codePointBefore(text, i);
            if (Chars.isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    private static int tokenEnd(String text, int from, int limit) {
        int i = from;
        int bound = Math.min(limit, from + MAX_TOKEN);
        while (i < bound) {
            int cp = text.codePointAt(i);
            if (Chars.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int skipOpeners(String text, int from, int end) {
        int i = from;
        while (i < end) {
            int cp = text.codePointAt(i);
            if (!Chars.isOpener(cp) && cp != '"' && cp != '\'') {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static String letters(String text, int from, int limit) {
        int i = from;
        int bound = Math.min(limit, from + MAX_TOKEN);
        while (i < bound) {
            int cp = text.codePointAt(i);
            if (!UCharacter.isLetter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return text.substring(from, i);
    }

    private static String previousToken(String text, int floor, int tokenStart) {
        int end = Chars.trimEnd(text, floor, tokenStart);
        return text.substring(tokenStart(text, floor, end), end);
    }
}
