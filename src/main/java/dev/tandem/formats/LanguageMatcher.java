// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks, among the tuvs of one {@code <tu>}, the one for the source and the one for the target language.
 *
 * <p>A tuv language matches a requested language at one of these levels, best first:
 * <ol>
 *   <li>{@link #EXACT}: the same tag, ignoring case, with {@code _} read as {@code -} ({@code EN_us} = {@code en-US});</li>
 *   <li>{@link #REGION}: the same language, script and region once ICU has filled in the likely subtags
 *       ({@code zh} = {@code zh-CN}, {@code zh-Hant} = {@code zh-TW}, {@code en} = {@code en-US});</li>
 *   <li>{@link #SCRIPT}: the same language and likely script ({@code en-GB} for {@code en-US});</li>
 *   <li>{@link #LANGUAGE}: only the same primary language ({@code zh-Hans} for {@code zh-Hant}).</li>
 * </ol>
 * Tags without a language subtag ({@code *all*}, {@code x-foo}, blank) match nothing.
 */
public final class LanguageMatcher {
    public static final int NONE = 0;
    static final int LANGUAGE = 1;
    static final int SCRIPT = 2;
    static final int REGION = 3;
    static final int EXACT = 4;

    /** A file has a handful of distinct tags; the bound only keeps a hostile file from growing the cache. */
    private static final int CACHE_LIMIT = 256;

    private final String source;
    private final String target;
    private final ULocale sourceLocale;
    private final ULocale targetLocale;
    private final Map<String, int[]> cache = new HashMap<>();

    /** Both tags must be well-formed; they may only differ by region or script (e.g. {@code en-US}, {@code en-GB}). */
    public LanguageMatcher(String source, String target) {
        this.source = normalize(source);
        this.target = normalize(target);
        this.sourceLocale = likely(this.source);
        this.targetLocale = likely(this.target);
    }

    public static String normalize(String tag) {
        return tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** Match level of a tuv language with the source language. */
    public int sourceLevel(String tuvLanguage) {
        return levels(tuvLanguage)[0];
    }

    /** Match level of a tuv language with the target language. */
    public int targetLevel(String tuvLanguage) {
        return levels(tuvLanguage)[1];
    }

    /**
     * Returns {@code {sourceIndex, targetIndex}}: two different tuvs whose summed match levels are highest, the
     * earliest on a tie (so the first of two tuvs in the same language wins); null if either side has no match.
     */
    public int[] choose(List<String> tuvLanguages) {
        int[] best = null;
        int bestLevel = NONE;
        for (int s = 0; s < tuvLanguages.size(); s++) {
            int sourceLevel = sourceLevel(tuvLanguages.get(s));
            if (sourceLevel == NONE) {
                continue;
            }
            for (int t = 0; t < tuvLanguages.size(); t++) {
                int targetLevel = t == s ? NONE : targetLevel(tuvLanguages.get(t));
                if (targetLevel != NONE && sourceLevel + targetLevel > bestLevel) {
                    best = new int[] {s, t};
                    bestLevel = sourceLevel + targetLevel;
                }
            }
        }
        return best;
    }

    private int[] levels(String tuvLanguage) {
        int[] levels = cache.get(tuvLanguage);
        if (levels == null) {
            String tag = normalize(tuvLanguage);
            ULocale locale = likely(tag);
            levels = new int[] {level(source, sourceLocale, tag, locale), level(target, targetLocale, tag, locale)};
            if (cache.size() < CACHE_LIMIT) {
                cache.put(tuvLanguage, levels);
            }
        }
        return levels;
    }

    private static int level(String wanted, ULocale wantedLocale, String tag, ULocale locale) {
        if (wantedLocale == null || locale == null) {
            return NONE;
        }
        if (wanted.equals(tag)) {
            return EXACT;
        }
        if (!wantedLocale.getLanguage().equals(locale.getLanguage())) {
            return NONE;
        }
        if (!wantedLocale.getScript().equals(locale.getScript())) {
            return LANGUAGE;
        }
        return wantedLocale.getCountry().equals(locale.getCountry()) ? REGION : SCRIPT;
    }

    /** The tag with ICU's likely subtags added, or null if it has no language subtag. */
    private static ULocale likely(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        // forLanguageTag is lenient: "*all*" or "x-foo" give a locale without a language, which must match nothing
        // rather than be "maximized" to en-Latn-US.
        return locale.getLanguage().isEmpty() ? null : ULocale.addLikelySubtags(locale);
    }
}
