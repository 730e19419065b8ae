// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Word boundaries as ICU itself finds them (UAX #29, with its dictionaries for Thai, Lao, Khmer and Myanmar, which are
 * written without spaces between words), typed as Lucene's tokenizers type them so that the CJK bigram filter sees
 * Chinese, Japanese and Korean runs. Lucene's own {@code DefaultICUTokenizerConfig} reads rules compiled for the ICU
 * release Lucene was built with, which a newer ICU refuses to load; ICU's built-in word rules always match it.
 */
final class WordBreaks extends ICUTokenizerConfig {
    // Lucene's types (not DefaultICUTokenizerConfig's constants: loading that class fails, see above)
    private static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
    private static final String HIRAGANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA];
    private static final String KATAKANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA];
    private static final String HANGUL = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL];
    private static final String NUMBER = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];
    private static final String LETTERS = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
    private static final RuleBasedBreakIterator WORDS =
            (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);

    @Override
    public RuleBasedBreakIterator getBreakIterator(int script) {
        return (RuleBasedBreakIterator) WORDS.clone();
    }

    @Override
    public String getType(int script, int ruleStatus) {
        if (ruleStatus >= RuleBasedBreakIterator.WORD_IDEO && ruleStatus < RuleBasedBreakIterator.WORD_IDEO_LIMIT) {
            return IDEOGRAPHIC;
        }
        if (ruleStatus >= RuleBasedBreakIterator.WORD_KANA && ruleStatus < RuleBasedBreakIterator.WORD_KANA_LIMIT) {
            return script == UScript.HIRAGANA ? HIRAGANA : KATAKANA;
        }
        if (ruleStatus >= RuleBasedBreakIterator.WORD_NUMBER
                && ruleStatus < RuleBasedBreakIterator.WORD_NUMBER_LIMIT) {
            return NUMBER;
        }
        return script == UScript.HANGUL ? HANGUL : LETTERS;
    }

    @Override
    public boolean combineCJ() {
        return false;
    }
}
