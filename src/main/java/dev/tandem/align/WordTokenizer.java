// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into lower-case words with ICU's word break rules, which segment Chinese,
 * Japanese and Thai with a dictionary and other scripts at spaces and punctuation. Numbers,
 * punctuation and spaces are dropped. A word of several Han characters (Chinese, Japanese kanji) is followed by
 * its characters, so that texts segmented differently still share words. Not thread-safe (it holds a {@link BreakIterator}); create
 * one per alignment.
 */
final class WordTokenizer {

    private final BreakIterator words;

    /** @param language BCP-47 tag; null or unknown gives the root rules, which still segment CJK */
    WordTokenizer(String language) {
        ULocale locale = language == null || language.isBlank() ? ULocale.ROOT : ULocale.forLanguageTag(language);
        this.words = BreakIterator.getWordInstance(locale);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The words of {@code sentence}, each word of several Han characters followed by its characters. */
    List<String> words(String sentence) {
        List<String> result = new ArrayList<>();
        words.setText(sentence);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_LETTER) {
                String word = sentence.substring(start, end).toLowerCase(Locale.ROOT);
                result.add(word);
                if (word.codePointCount(0, word.length()) > 1 && word.codePoints().allMatch(WordTokenizer::isHan)) {
                    // a Han word's characters too: the dictionary's cut differs from text to text (笑道, 笑着),
                    // while the characters carry much of the meaning
                    word.codePoints().forEach(c -> result.add(new String(Character.toChars(c))));
                }
            }
        }
        return result;
    }
}
