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
 * punctuation and spaces are dropped. Not thread-safe (it holds a {@link BreakIterator}); create
 * one per alignment.
 */
final class WordTokenizer {

    private final BreakIterator words;

    /** @param language BCP-47 tag; null or unknown gives the root rules, which still segment CJK */
    WordTokenizer(String language) {
        ULocale locale = language == null || language.isBlank() ? ULocale.ROOT : ULocale.forLanguageTag(language);
        this.words = BreakIterator.getWordInstance(locale);
    }

    List<String> words(String sentence) {
        List<String> result = new ArrayList<>();
        words.setText(sentence);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_LETTER) {
                result.add(sentence.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }
}
