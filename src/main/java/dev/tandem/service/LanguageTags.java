// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import com.ibm.icu.util.ULocale;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Validates and normalises the BCP 47 language tags that projects and requests carry. */
public final class LanguageTags {

    /** The width of the language columns. */
    static final int MAX_LENGTH = 35;

    private LanguageTags() {
    }

    /**
     * Returns the canonical form of {@code tag} ({@code "ZH-hant"} → {@code "zh-Hant"}).
     *
     * @throws InvalidInputException when the tag is missing, malformed or names no ISO 639 language
     */
    public static String normalize(String field, String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException(field, field + " is missing: give a BCP 47 language tag such as zh, en or de-CH.");
        }
        if (tag.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, field + " is " + tag.length() + " characters long; a language tag"
                    + " here has at most " + MAX_LENGTH + " (e.g. zh, en or pt-BR).");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidInputException(field,
                    field + " '" + tag + "' is not a valid BCP 47 language tag; use one such as zh, en or pt-BR.");
        }
        String language = locale.getLanguage();
        if (!isKnownLanguage(language)) {
            throw new InvalidInputException(field,
                    field + " '" + tag + "' names no known language; use an ISO 639 code such as zh, ja, de or en.");
        }
        return locale.toLanguageTag();
    }

    /**
     * Refuses a language pair whose canonical tags are equal ({@code en} → {@code EN}); variants that differ by
     * region or script ({@code en-US} → {@code en-GB}, {@code zh-Hans} → {@code zh-Hant}) are localisation and stay
     * allowed.
     *
     * @param source the source tag as {@link #normalize} returned it
     * @param target the target tag, likewise
     */
    public static void requireDistinct(String source, String target) {
        if (source.equalsIgnoreCase(target)) {
            throw new InvalidInputException("targetLanguage", "targetLanguage is " + target + ", the same as"
                    + " sourceLanguage: a project pairs texts with their translations into another language. For a"
                    + " regional or script variant, name both (e.g. en-US → en-GB, zh-Hans → zh-Hant).");
        }
    }

    /** ICU knows a display name for every ISO 639 language it supports; an unknown code displays as itself. */
    private static boolean isKnownLanguage(String code) {
        return !code.isEmpty() && !ULocale.forLanguageTag(code).getDisplayLanguage(ULocale.ENGLISH).equals(code);
    }
}
