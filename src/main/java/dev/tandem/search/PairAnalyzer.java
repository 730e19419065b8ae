// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * How a pair's text, and a query, become terms: Unicode normalisation form NFKC with case folding first, then Unicode
 * word boundaries (UAX #29, ICU's, which finds the words of Thai, Lao, Khmer and Myanmar runs by dictionary), full-width
 * Latin and half-width kana folded to their usual forms, lower case, Arabic-script spelling variants folded; Chinese,
 * Japanese and Korean runs, which have no spaces between words, as overlapping character bigrams ({@code 人工智能} →
 * {@code 人工 工智 智能}).
 *
 * <p>NFKC makes a word typed with a combining accent ({@code cafe} + U+0301) the same term as its precomposed form
 * ({@code café}), and a compatibility form (a ligature {@code ﬁ}, full-width {@code ＡＩ}, half-width {@code ｶﾀｶﾅ},
 * Arabic presentation forms) the same as the letters it stands for: one word however a keyboard or a converter wrote
 * it. It is too aggressive for the stored text ({@code m²} would become {@code m2}), so it only shapes the terms: the
 * text is stored as imported, and the char filter maps each term's offsets back to it, so highlights cover the
 * original characters (both of {@code e} + U+0301). Case folding also drops the invisible format characters, so a word
 * written with a zero-width non-joiner (Persian {@code می‌خواهم}) is the word typed without it.
 *
 * <p>Arabic script is written with or without short vowels, and a hamza on alef, a Persian or an Arabic yeh or kaf are
 * often typed one for the other: Lucene's Arabic and Persian normalisation fold these, as readers of those languages
 * search ({@code أغلقت} and {@code اغلقت} are one word).
 *
 * <p>The index keeps each CJK character as a term too (at the position of the bigram it starts), so a one-character
 * query finds it; a query of two or more CJK characters becomes a phrase of bigrams, which finds the characters in
 * sequence wherever they stand, inside a longer run or next to Latin text ({@code AI人工智能}).
 */
public final class PairAnalyzer extends Analyzer {
    private static final int CJK_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;

    private final boolean unigrams;

    private PairAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    /** For the texts put in the index: bigrams and single characters. */
    public static PairAnalyzer forIndex() {
        return new PairAnalyzer(true);
    }

    /** For queries: bigrams only, a lone CJK character as itself. */
    public static PairAnalyzer forQuery() {
        return new PairAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCCasefoldInstance());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new ICUTokenizer(new WordBreaks());
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ArabicNormalizationFilter(stream);
        stream = new PersianNormalizationFilter(stream);
        stream = new CJKBigramFilter(stream, CJK_SCRIPTS, unigrams);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
