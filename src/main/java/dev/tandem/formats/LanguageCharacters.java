// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a language is written with, from ICU's locale data: its scripts and the characters a text in it plausibly
 * contains. Used to judge whether decoded bytes or an uploaded text can be in the language at all.
 *
 * <p>Scripts: {@link UScript#getCode(ULocale)} of the tag (Han for {@code zh}, kana and Han for {@code ja}, Hangul
 * and Han for {@code ko}); a tag without a script subtag also gets the scripts of ICU's other locales of the
 * language, since Serbian, Uzbek or Punjabi are written in two or three.
 *
 * <p>Plausible characters: ASCII (every supported charset keeps it, and Latin words appear in any text); the
 * language's exemplar characters (main, auxiliary, index and punctuation, in both cases); combining marks; the
 * whole of a script when the exemplars list hundreds of its characters (Han, Hangul: they only list the common
 * ones); and common typography ({@link #TYPOGRAPHY}). A letter outside them, e.g. {@code þ} in English or
 * {@code Ð} in Chinese, is what a wrong charset or a stray byte produces.
 *
 * <p>Immutable and thread-safe; instances are cached per tag.
 */
public final class LanguageCharacters {

    /** Punctuation and symbols of ordinary typeset text in any language: quotes, dashes, €, ©, °, ½, NBSP. */
    public static final UnicodeSet TYPOGRAPHY = new UnicodeSet(
            "[\\u00A0\\u00AD¡¢£¥§©«®°±²³´µ¶·¹»¼½¾¿×÷\\u2002-\\u200D\\u2010-\\u2027\\u202F\\u2030-\\u203A\\u2044"
                    + "\\u20AC\\u2116\\u2122\\u2190-\\u2193\\u2212\\uFEFF]").freeze();

    /** No language: every letter, mark, number, punctuation and symbol is plausible (not controls, private use). */
    public static final LanguageCharacters ANY = new LanguageCharacters("und", Set.of(), Set.of(),
            new UnicodeSet("[[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Zs}\\u0000-\\u007F\\u00AD\\u200B-\\u200D\\uFEFF]"
                    + "-[\\p{Co}]]").freeze());

    /** Exemplars listing more characters of a script than this stand for the whole script (Han, Hangul). */
    private static final int OPEN_SCRIPT_EXEMPLARS = 300;

    private static final Map<String, LanguageCharacters> CACHE = new ConcurrentHashMap<>();

    private final String tag;
    private final Set<Integer> scripts;
    private final Set<Integer> everyday;
    private final UnicodeSet plausible;

    private LanguageCharacters(String tag, Set<Integer> scripts, Set<Integer> everyday, UnicodeSet plausible) {
        this.tag = tag;
        this.scripts = scripts;
        this.everyday = everyday;
        this.plausible = plausible;
    }

    /**
     * The characters of the language of a BCP 47 tag ({@code zh}, {@code en-GB}, {@code sr-Latn}).
     *
     * @throws IllegalArgumentException if the tag names no language
     */
    public static LanguageCharacters of(String tag) {
        Objects.requireNonNull(tag, "tag");
        return CACHE.computeIfAbsent(tag, LanguageCharacters::load);
    }

    private static LanguageCharacters load(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("'" + tag + "' names no language");
        }
        Set<ULocale> variants = new LinkedHashSet<>();
        variants.add(locale);
        if (locale.getScript().isEmpty()) {
            for (ULocale available : ULocale.getAvailableLocales()) {
                if (available.getLanguage().equals(locale.getLanguage()) && !available.getScript().isEmpty()) {
                    variants.add(new ULocale(available.getLanguage() + "_" + available.getScript()));
                }
            }
        }
        Set<Integer> scripts = new LinkedHashSet<>();
        Set<Integer> everyday = new LinkedHashSet<>();
        UnicodeSet plausible = new UnicodeSet(0, 0x7F);
        plausible.addAll(TYPOGRAPHY);
        plausible.addAll(new UnicodeSet("[[\\p{Mn}\\p{Me}\\p{Mc}]&[\\p{sc=Zinh}]]"));
        for (ULocale variant : variants) {
            for (int script : UScript.getCode(variant)) {
                scripts.add(script);
            }
            plausible.addAll(exemplars(variant));
            UnicodeSet main = LocaleData.getExemplarSet(variant, 0, LocaleData.ES_STANDARD);
            if (main != null) {
                for (UnicodeSet.EntryRange range : main.ranges()) {
                    for (int c = range.codepoint; c <= range.codepointEnd; c++) {
                        everyday.add(UScript.getScript(c));
                    }
                }
            }
        }
        everyday.retainAll(scripts);
        if (everyday.isEmpty()) {
            everyday.addAll(scripts);
        }
        for (int script : scripts) {
            UnicodeSet whole = new UnicodeSet().applyIntPropertyValue(UProperty.SCRIPT, script);
            UnicodeSet listed = new UnicodeSet(plausible).retainAll(whole);
            if (listed.size() > OPEN_SCRIPT_EXEMPLARS) {
                plausible.addAll(whole);
            }
            // Marks and digits of the language's own scripts (niqqud, Thai vowels, Arabic-Indic digits).
            plausible.addAll(new UnicodeSet(whole).retainAll(new UnicodeSet("[[\\p{M}][\\p{Nd}]]")));
        }
        return new LanguageCharacters(tag, Collections.unmodifiableSet(scripts), Collections.unmodifiableSet(everyday),
                plausible.freeze());
    }

    private static UnicodeSet exemplars(ULocale locale) {
        UnicodeSet all = new UnicodeSet();
        for (int type : new int[] {LocaleData.ES_STANDARD, LocaleData.ES_AUXILIARY, LocaleData.ES_INDEX,
                LocaleData.ES_PUNCTUATION}) {
            UnicodeSet set = LocaleData.getExemplarSet(locale, UnicodeSet.CASE_INSENSITIVE | UnicodeSet.ADD_CASE_MAPPINGS, type);
            if (set == null) {
                continue;
            }
            for (String sequence : set.strings()) {
                all.addAll(sequence); // {ch}, {а́}: their characters
            }
            all.addAll(set);
        }
        return all.removeAllStrings();
    }

    /** The tag this was made for. */
    public String tag() {
        return tag;
    }

    /** ICU script codes ({@link UScript}) the language is written in; empty for {@link #ANY}. */
    public Set<Integer> scripts() {
        return scripts;
    }

    /**
     * The scripts of the language's main exemplar letters, those of everyday text: kana and Han for Japanese,
     * Hangul for Korean (its Han characters are auxiliary), Han for Chinese (not Bopomofo).
     */
    public Set<Integer> everydayScripts() {
        return everyday;
    }

    /** Whether a text in this language plausibly contains the character. */
    public boolean plausible(int codePoint) {
        return plausible.contains(codePoint);
    }

    /** The language's English name ("Chinese", "English"), or the tag when ICU has none. */
    public String languageName() {
        return displayName(tag);
    }

    /** English name of a language tag: {@code zh-Hant} → "Chinese (Traditional)". */
    public static String displayName(String tag) {
        String name = ULocale.forLanguageTag(tag).getDisplayName(ULocale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }

    /** English name of an ICU script code: "Han", "Latin", "Cyrillic". */
    public static String scriptName(int script) {
        return UScript.getName(script).replace('_', ' ');
    }

    /**
     * The character for a message: itself and its code point ("'þ' (U+00FE)"); an invisible one only by its code
     * point, said to be invisible ("a control character (U+0081)"), so the message shows no empty quotes.
     */
    static String describe(int codePoint) {
        String shown = UCharacter.isISOControl(codePoint) ? "a control character "
                : Character.isWhitespace(codePoint) ? "a space character "
                : "'" + new String(Character.toChars(codePoint)) + "' ";
        return shown + String.format(Locale.ROOT, "(U+%04X)", codePoint);
    }
}
