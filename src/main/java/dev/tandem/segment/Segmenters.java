// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Factory for the standard {@link Segmenter}s. Returned instances are thread-safe and may be shared. */
public final class Segmenters {

    /** Building a segmenter loads ICU rules and abbreviation lists, so each language is built once. */
    private static final Map<String, Segmenter> BY_LANGUAGE = new ConcurrentHashMap<>();

    private static final Segmenter LINES = new LineSegmenter();

    /** Built on first use (lazy holder): it reads the abbreviation lists of every language ICU knows. */
    private static final class BuiltIn {
        static final SrxDocument DOCUMENT = BuiltInRules.document();
    }

    private Segmenters() {
    }

    /**
     * Language-aware sentence splitting for a BCP 47 tag ("zh", "zh-Hant", "ja", "en", "de", "fr",
     * "ru", "ar", "he", "th", "ko", ... any tag ICU knows; unknown-but-wellformed tags fall back to
     * root rules). Paragraphs are separated by blank lines; a text without any blank line has one
     * paragraph per line. See {@link IcuSentenceSegmenter} for the rules.
     *
     * @throws NullPointerException     if {@code languageTag} is null
     * @throws IllegalArgumentException if {@code languageTag} is not well-formed BCP 47
     */
    public static Segmenter forLanguage(String languageTag) {
        ULocale locale = parse(languageTag);
        return BY_LANGUAGE.computeIfAbsent(locale.toLanguageTag(),
                tag -> new IcuSentenceSegmenter(locale, LanguageRules.forLocale(locale)));
    }

    /**
     * Sentence splitting by SRX 2.0 rules: the rules {@code rules} maps to {@code languageTag}, first match deciding
     * each position; paragraphs as in {@link #forLanguage}. Building compiles every pattern, so callers keep the
     * result. See {@link SrxSegmenter}.
     */
    public static Segmenter forRules(SrxDocument rules, String languageTag) {
        return new SrxSegmenter(rules.rulesFor(parse(languageTag).toLanguageTag()));
    }

    /**
     * Tandem's built-in rules written as SRX (abbreviations per language as no-break rules, then the common break
     * rules): what a project starts from when it edits its rules. They split real texts as {@link #forLanguage} does,
     * though odd texts may differ; a project without rules of its own keeps {@link #forLanguage}.
     */
    public static SrxDocument builtInRules() {
        return BuiltIn.DOCUMENT;
    }

    /**
     * One sentence per non-blank line, taken as given (trimmed); blank lines are paragraph breaks,
     * so a text without blank lines is a single paragraph.
     */
    public static Segmenter lines() {
        return LINES;
    }

    private static ULocale parse(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        // Java-style "zh_Hant" is a common slip; BCP 47 wants a hyphen.
        String tag = languageTag.strip().replace('_', '-');
        try {
            return new ULocale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + languageTag, e);
        }
    }
}
