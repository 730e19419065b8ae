// SPDX-License-Identifier: Apache-2.0
package dev.tandem.terms;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text and the phrases they make, by ICU's word break rules (which cut Chinese, Japanese and Thai with
 * a dictionary). A phrase is a run of up to {@code maxWords} words with nothing but white space (or a hyphen) between
 * them: punctuation and numbers end a run. A phrase's key is the {@linkplain TermKeys#normal normal} form of the text it
 * covers. Not thread-safe (it holds a {@link BreakIterator}).
 */
final class PhraseReader {
    /** A word of a text: its offsets and its {@link TermKeys#normal normal} form. */
    record Word(int start, int end, String key) {
    }

    /** A phrase: its normal form, and its first and last word (of the words it was made from). */
    record Phrase(String key, int first, int last) {
    }

    private final BreakIterator words;

    PhraseReader(String language) {
        ULocale locale = language == null || language.isBlank() ? ULocale.ROOT : ULocale.forLanguageTag(language);
        this.words = BreakIterator.getWordInstance(locale);
    }

    /** The words of {@code text} in order, each with whether white space alone separates it from the one before. */
    List<Word> words(String text, List<Boolean> joined) {
        List<Word> found = new ArrayList<>();
        words.setText(text);
        int previousEnd = -1;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_LETTER) {
                joined.add(previousEnd >= 0 && joins(text.substring(previousEnd, start)));
                found.add(new Word(start, end, TermKeys.normal(text.substring(start, end))));
                previousEnd = end;
            } else if (words.getRuleStatus() >= BreakIterator.WORD_NUMBER) {
                previousEnd = -1; // a number ends a run, as punctuation does (not white space)
            }
        }
        return found;
    }

    /** Whether words with {@code gap} between them are one run: white space, or a hyphen alone (Forty-Two). */
    private static boolean joins(String gap) {
        return gap.isBlank() || gap.equals("-") || gap.equals("\u2010");
    }

    /** The phrases of up to {@code maxWords} of the {@link #words} of {@code text}. */
    List<Phrase> phrases(String text, List<Word> words, List<Boolean> joined, int maxWords) {
        List<Phrase> phrases = new ArrayList<>();
        for (int first = 0; first < words.size(); first++) {
            phrases.add(new Phrase(words.get(first).key(), first, first));
            for (int last = first + 1; last < words.size() && last - first < maxWords && joined.get(last); last++) {
                String covered = text.substring(words.get(first).start(), words.get(last).end());
                phrases.add(new Phrase(TermKeys.normal(covered), first, last));
            }
        }
        return phrases;
    }
}
