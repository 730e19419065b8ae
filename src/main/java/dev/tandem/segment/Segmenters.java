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
