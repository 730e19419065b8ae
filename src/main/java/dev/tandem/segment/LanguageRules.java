// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Set;

/**
 * Language-specific knowledge used to correct ICU's sentence boundaries.
 *
 * @param abbreviations      abbreviations whose period may not end a sentence
 * @param ordinalDots        whether "3." is an ordinal number ("am 3. Oktober"), as in German
 * @param ordinalFollowers   lowercase words that follow an ordinal, without periods (month names)
 * @param ordinalDeterminers lowercase words that precede an ordinal ("der 100. Geburtstag")
 */
record LanguageRules(
        AbbreviationSet abbreviations,
        boolean ordinalDots,
        Set<String> ordinalFollowers,
        Set<String> ordinalDeterminers) {

    /** Languages that write ordinal numbers as digits followed by a period. */
    private static final Set<String> ORDINAL_DOT_LANGUAGES = Set.of(
            "de", "da", "nb", "nn", "no", "fi", "is", "cs", "sk", "sl", "hr", "sr", "bs", "hu", "et",
            "lv", "pl", "fo");

    /** German articles and prepositions that make "N." an ordinal even before a capitalised noun. */
    private static final Set<String> GERMAN_DETERMINERS = Set.of(
            "der", "die", "das", "dem", "den", "des", "am", "im", "zum", "zur", "vom", "beim", "ins",
            "ab", "seit", "bis", "vor", "nach", "ihr", "ihre", "ihrem", "ihren", "ihres", "sein",
            "seine", "seinem", "seinen", "seines", "jeder", "jede", "jedes", "jedem", "jeden");

    LanguageRules {
        ordinalFollowers = Set.copyOf(ordinalFollowers);
        ordinalDeterminers = Set.copyOf(ordinalDeterminers);
    }

    /**
     * Rules for a locale: the hand-written abbreviation list of its language if Tandem has one
     * ({@code abbrev-en.txt}, …), otherwise CLDR's list that ships with ICU (possibly empty).
     */
    static LanguageRules forLocale(ULocale locale) {
        String language = locale.getLanguage();
        AbbreviationSet abbreviations = language.isEmpty()
                ? AbbreviationSet.EMPTY
                : AbbreviationSet.fromResource(language).orElseGet(() -> AbbreviationSet.fromIcu(locale));
        boolean ordinalDots = ORDINAL_DOT_LANGUAGES.contains(language);
        return new LanguageRules(
                abbreviations,
                ordinalDots,
                ordinalDots ? monthNames(locale) : Set.of(),
                language.equals("de") ? GERMAN_DETERMINERS : Set.of());
    }

    private static Set<String> monthNames(ULocale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        Set<String> names = new HashSet<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                for (String month : symbols.getMonths(context, width)) {
                    names.add(UCharacter.toLowerCase(locale, month).replace(".", ""));
                }
            }
        }
        names.remove("");
        return names;
    }
}
