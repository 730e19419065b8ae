// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers written as words, in any language ICU can spell out: "thirty-five", "fünfunddreißig", "三十五",
 * "第三" and "third" are 35, 35, 35, 3 and 3, so they match the digits or words of the other side.
 *
 * <p>The forms come from ICU's spell-out rules ({@link RuleBasedNumberFormat#SPELLOUT}): every cardinal,
 * ordinal and numbering rule set of the language (so German case endings and French genders are all
 * there), for 2 to 100 and the hundreds up to 1,000. One is left out: "a", "one", "ein", "un" and "一" are far
 * more often articles and pronouns than counts. A sentence is scanned for the longest form at each position;
 * forms in a script written with spaces must stand as whole words, forms in Han, Kana or Thai need not.
 * Instances are immutable and shared per language.
 */
final class NumberWords {

    private static final Map<String, NumberWords> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** No number words: digits only. */
    static final NumberWords NONE = new NumberWords(new Node());

    /** A trie over code points: a node reached by a form's last code point holds its value. */
    private static final class Node {
        final Map<Integer, Node> next = new HashMap<>();
        int value;
    }

    private final Node root;

    private NumberWords(Node root) {
        this.root = root;
    }

    /** The number words of a BCP-47 language; none for a null, blank or unknown language. */
    static NumberWords of(String language) {
        if (language == null || language.isBlank()) {
            return NONE;
        }
        return BY_LANGUAGE.computeIfAbsent(language.toLowerCase(Locale.ROOT), NumberWords::spelledOut);
    }

    private static NumberWords spelledOut(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        if (locale.getLanguage().isEmpty()) {
            return NONE;
        }
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        Node root = new Node();
        for (String ruleSet : format.getRuleSetNames()) {
            if (!(ruleSet.startsWith("%spellout-cardinal") || ruleSet.startsWith("%spellout-ordinal")
                    || ruleSet.equals("%spellout-numbering"))) {
                continue;
            }
            for (int value : values()) {
                add(root, normalised(format.format(value, ruleSet), locale), value);
            }
        }
        return new NumberWords(root);
    }

    private static List<Integer> values() {
        List<Integer> values = new ArrayList<>();
        for (int n = 2; n <= 100; n++) {
            values.add(n);
        }
        for (int n = 200; n <= 1000; n += 100) {
            values.add(n);
        }
        return values;
    }

    /** Lower case, without the soft hyphens ICU puts into long German numbers. */
    private static String normalised(String form, ULocale locale) {
        return form.replace("\u00AD", "").toLowerCase(locale.toLocale());
    }

    private static void add(Node root, String form, int value) {
        if (form.isEmpty() || form.codePoints().anyMatch(Character::isDigit)) {
            return;
        }
        Node node = root;
        for (int p = 0; p < form.length(); p += Character.charCount(form.codePointAt(p))) {
            node = node.next.computeIfAbsent(form.codePointAt(p), k -> new Node());
        }
        if (node.value == 0) {
            node.value = value;
        }
    }

    /** The values of the number words of {@code sentence}, in order: "Twenty-one of the three" → [21, 3]. */
    List<Integer> values(String sentence) {
        List<Integer> values = new ArrayList<>();
        if (root.next.isEmpty()) {
            return values;
        }
        String text = sentence.toLowerCase(Locale.ROOT);
        int p = 0;
        while (p < text.length()) {
            int longestEnd = -1;
            int longestValue = 0;
            if (startsWord(text, p)) {
                Node node = root;
                int q = p;
                while (q < text.length() && (node = node.next.get(text.codePointAt(q))) != null) {
                    q += Character.charCount(text.codePointAt(q));
                    if (node.value != 0 && endsWord(text, q)) {
                        longestEnd = q;
                        longestValue = node.value;
                    }
                }
            }
            if (longestEnd > 0) {
                values.add(longestValue);
                p = longestEnd;
            } else {
                p += Character.charCount(text.codePointAt(p));
            }
        }
        return values;
    }

    /** A form may start here: not inside a word of a script written with spaces. */
    private static boolean startsWord(String text, int p) {
        if (p == 0 || !needsSpaces(text.codePointAt(p))) {
            return true;
        }
        return !Character.isLetter(text.codePointBefore(p));
    }

    private static boolean endsWord(String text, int end) {
        if (end == text.length() || !needsSpaces(text.codePointBefore(end))) {
            return true;
        }
        return !Character.isLetter(text.codePointAt(end));
    }

    /** Letters of scripts written with spaces between words (all but Han, Kana, Thai and their neighbours). */
    private static boolean needsSpaces(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> false;
            default -> true;
        };
    }
}
