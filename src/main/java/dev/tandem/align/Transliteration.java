// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lower-case ASCII spelling of text in any script, for comparing names across scripts
 * (韦小宝 → "weixiaobao", Москва → "moskva", Ἀθῆναι → "athenai", トヨタ → "toyota") and
 * cognates within one (expédition → "expedition").
 *
 * <p>ICU's {@code Any-Latin; Latin-ASCII} costs about two milliseconds per Chinese sentence, far
 * too slow for a hundred thousand sentences, so letters are transliterated one code point at a
 * time and the results cached. That drops the little context some transliterators use (Chinese
 * polyphones take their most common reading), which is harmless for matching. The cache is
 * shared because it holds the value of a fixed pure function and is bounded by the number of
 * letters Unicode has; it is thread-safe.
 */
final class Transliteration {

    private static final ConcurrentHashMap<Integer, String> CACHE = new ConcurrentHashMap<>();

    private Transliteration() {
    }

    /** Letters only, in ASCII lower case, without spaces or punctuation: "Wei Xiaobao!" → "weixiaobao". */
    static String joined(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int p = 0;
        while (p < text.length()) {
            int cp = text.codePointAt(p);
            p += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                out.append(ascii(cp));
            }
        }
        return out.toString();
    }

    /** The ASCII lower-case spelling of one letter; empty when it has none. */
    static String ascii(int cp) {
        if (cp < 0x80) {
            return Character.isLetter(cp) ? String.valueOf((char) Character.toLowerCase(cp)) : "";
        }
        return CACHE.computeIfAbsent(cp, Transliteration::transliterate);
    }

    private static String transliterate(int cp) {
        String latin = Holder.ANY_TO_ASCII.transliterate(UCharacter.toString(cp));
        StringBuilder letters = new StringBuilder();
        for (char c : latin.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /** The most frequent script among the letters of the first sentences; {@link UScript#COMMON} if none. */
    static int mainScript(List<String> sentences) {
        int[] counts = new int[UScript.CODE_LIMIT];
        int letters = 0;
        for (String sentence : sentences) {
            for (int p = 0; p < sentence.length() && letters < 20_000; ) {
                int cp = sentence.codePointAt(p);
                p += Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    int script = UScript.getScript(cp);
                    if (script >= 0 && script < counts.length) {
                        counts[script]++;
                        letters++;
                    }
                }
            }
        }
        int best = UScript.COMMON;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > (best == UScript.COMMON ? 0 : counts[best])) {
                best = s;
            }
        }
        return best;
    }

    /** Whether a script distinguishes capital letters, so that names can be told from other words. */
    static boolean isCased(int script) {
        return script == UScript.LATIN || script == UScript.CYRILLIC || script == UScript.GREEK
                || script == UScript.ARMENIAN || script == UScript.GEORGIAN;
    }

    /** Whether a script spells words with letters (so prefixes mean something), unlike Han or kana. */
    static boolean isAlphabetic(int script) {
        return isCased(script) || script == UScript.ARABIC || script == UScript.HEBREW;
    }

    /** Lazily built: creating the transliterator takes tens of milliseconds. */
    private static final class Holder {
        static final Transliterator ANY_TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }
}
