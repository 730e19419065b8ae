// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import dev.tandem.formats.LanguageTags;
import java.util.List;
import java.util.Objects;

/**
 * Joins the sentences of one side of a pair (a 2-1 or 1-2 bead) into one segment, the way the language writes
 * consecutive sentences.
 *
 * <p>The separator follows the language's likely script (ICU likely subtags, so {@code zh-TW} → Hant,
 * {@code ja} → Jpan, {@code ja-Latn} → Latin):
 * <ul>
 *   <li>Han, Hiragana/Katakana scripts (Chinese, Japanese, Cantonese, ...): nothing, since {@code 。} ends a
 *       sentence without a following space.</li>
 *   <li>Everything else: one space. This includes Korean (Hangul uses spaces) and Thai, Lao, Khmer and Burmese:
 *       they do not put spaces between words, but they do mark sentence and phrase boundaries with a space.</li>
 * </ul>
 * No separator is added where one side of the boundary already has whitespace, so sentences that keep their
 * trailing spaces or newlines do not get doubled spacing. Sentences are otherwise not changed.
 */
public final class SentenceJoiner {
    private SentenceJoiner() {
    }

    /**
     * Returns the sentences joined as described above; {@code ""} for an empty list, the sentence itself for one.
     *
     * @param languageTag well-formed BCP 47 tag of the sentences' language
     * @throws IllegalArgumentException if {@code languageTag} is not well-formed BCP 47
     * @throws NullPointerException     if the list or one of its sentences is null
     */
    public static String join(String languageTag, List<String> sentences) {
        return join(sentences, separator(languageTag));
    }

    /**
     * As {@link #join(String, List)} with the language's {@link #separator}, found once by a caller that joins the
     * sentences of many pairs of one language.
     *
     * @throws NullPointerException if an argument or one of the sentences is null
     */
    public static String join(List<String> sentences, String separator) {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(separator, "separator");
        if (sentences.size() == 1) {
            return Objects.requireNonNull(sentences.get(0), "sentence");
        }
        StringBuilder joined = new StringBuilder();
        for (String sentence : sentences) {
            Objects.requireNonNull(sentence, "sentence");
            if (needsSeparator(joined, sentence)) {
                joined.append(separator);
            }
            joined.append(sentence);
        }
        return joined.toString();
    }

    /** The text put between two sentences of the language: {@code ""} or {@code " "}. */
    public static String separator(String languageTag) {
        LanguageTags.requireWellFormed(languageTag, "languageTag");
        String script = ULocale.addLikelySubtags(ULocale.forLanguageTag(languageTag)).getScript();
        int code = script.isEmpty() ? UScript.INVALID_CODE : UScript.getCodeFromName(script);
        return switch (code) {
            case UScript.HAN, UScript.SIMPLIFIED_HAN, UScript.TRADITIONAL_HAN,
                 UScript.JAPANESE, UScript.HIRAGANA, UScript.KATAKANA, UScript.KATAKANA_OR_HIRAGANA -> "";
            default -> " ";
        };
    }

    private static boolean needsSeparator(StringBuilder joined, String next) {
        if (joined.isEmpty() || next.isEmpty()) {
            return false;
        }
        return !Character.isWhitespace(joined.codePointBefore(joined.length()))
                && !Character.isWhitespace(next.codePointAt(0));
    }
}
