// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UScript;

/**
 * Character classes shared by the splitters. Whitespace is the Unicode White_Space property
 * everywhere, so "trimmed" and "gaps are whitespace" mean the same thing in every class (and in
 * the tests).
 */
final class Chars {

    private Chars() {
    }

    static boolean isWhitespace(int cp) {
        return UCharacter.isUWhiteSpace(cp);
    }

    /** Characters that end a line: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Closing brackets and quotes that stay with the sentence they follow: ) ] 」 』 ” ’ » " ' … */
    static boolean isCloser(int cp) {
        int type = UCharacter.getType(cp);
        return type == ECharacterCategory.END_PUNCTUATION
                || type == ECharacterCategory.FINAL_PUNCTUATION
                || cp == '"' || cp == '\'';
    }

    /** Opening brackets and quotes: ( [ 「 『 “ ‘ « … */
    static boolean isOpener(int cp) {
        int type = UCharacter.getType(cp);
        return type == ECharacterCategory.START_PUNCTUATION
                || type == ECharacterCategory.INITIAL_PUNCTUATION;
    }

    static boolean isUpper(int cp) {
        return UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp);
    }

    static boolean isLower(int cp) {
        return UCharacter.isULowercase(cp);
    }

    static boolean isLetter(int cp) {
        return UCharacter.isLetter(cp);
    }

    static boolean isDigit(int cp) {
        return UCharacter.isDigit(cp);
    }

    /** Han, kana and hangul: scripts written without spaces between sentences. */
    static boolean isCjk(int cp) {
        int script = UScript.getScript(cp);
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || script == UScript.HANGUL;
    }

    /**
     * Sentence terminators of CJK typography (ideographic full stop, full-width forms). After them
     * a lowercase Latin word ("。iPhone") starts a new sentence, unlike after an ASCII period.
     */
    static boolean isWideTerminator(int cp) {
        return cp == '。' || cp == '｡' || (cp >= 0xFF01 && cp <= 0xFF60);
    }

    /** Ellipsis characters: HORIZONTAL ELLIPSIS and MIDLINE HORIZONTAL ELLIPSIS (used in Chinese). */
    /** A letter or mark of a script that ends sentences with a space, not a full stop (Thai, Lao). */
    static boolean isSpaceEnded(int cp) {
        int script = UScript.getScript(cp);
        return (script == UScript.THAI || script == UScript.LAO) && (Character.isLetter(cp) || Character.getType(cp)
                == Character.NON_SPACING_MARK || Character.getType(cp) == Character.COMBINING_SPACING_MARK);
    }

    /** Whitespace (a line break inside a paragraph only wraps the line), the end of {@link #isSpaceEnded} sentences. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** A mark that opens a run of another direction or sets it: LRE, RLE, LRO, RLO, LRI, RLI, FSI, LRM, RLM, ALM. */
    static boolean isOpeningDirectionMark(int cp) {
        return cp == 0x202A || cp == 0x202B || cp == 0x202D || cp == 0x202E || (cp >= 0x2066 && cp <= 0x2068)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    static boolean isEllipsis(int cp) {
        return cp == '…' || cp == '⋯';
    }

    /** Offset of the first non-whitespace character in {@code [from, limit)}, or {@code limit}. */
    static int skipWhitespace(CharSequence text, int from, int limit) {
        int i = from;
        while (i < limit) {
            int cp = Character.codePointAt(text, i);
            if (!isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Offset just after the last non-whitespace character in {@code [floor, to)}, or {@code floor}. */
    static int trimEnd(CharSequence text, int floor, int to) {
        int i = to;
        while (i > floor) {
            int cp = Character.codePointBefore(text, i);
            if (!isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    /** Whether {@code [from, to)} holds only whitespace (true when empty). */
    static boolean isBlank(CharSequence text, int from, int to) {
        return skipWhitespace(text, from, to) == to;
    }

    /** The range of {@code text} with every line terminator replaced by a space; offsets are unchanged. */
    static String withoutLineBreaks(String text, TextRange range) {
        char[] chars = text.substring(range.start(), range.end()).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (isLineTerminator(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
