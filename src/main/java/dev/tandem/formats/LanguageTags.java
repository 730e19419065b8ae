// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import com.ibm.icu.util.ULocale;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * BCP 47 language tags: checked as TMX's {@code xml:lang} requires them, and normalised as projects and requests
 * carry them. Every refusal is an {@link IllegalArgumentException} whose message names the input ({@code what}) and
 * says how to write it, for the user to read.
 */
public final class LanguageTags {

    /** A tag of more than this many characters is refused (the width of the stored language columns). */
    public static final int MAX_LENGTH = 35;

    private LanguageTags() {
    }

    /**
     * Returns {@code tag} unchanged if it is well-formed BCP 47 (e.g. {@code en}, {@code zh-Hant}, {@code pt-BR}).
     *
     * @throws IllegalArgumentException if {@code tag} is null, blank or not well-formed (e.g. {@code en_US})
     */
    public static String requireWellFormed(String tag, String what) {
        // Locale.Builder accepts "" as "no tag", so blank must be rejected first.
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException(what + " must be a BCP 47 language tag, got " + (tag == null ? "null" : "a blank string"));
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException(what + " '" + tag + "' is not a well-formed BCP 47 language tag (e.g. en, pt-BR, zh-Hant)", e);
        }
        return tag;
    }

    /**
     * Returns the canonical form of {@code tag} ({@code "ZH-hant"} → {@code "zh-Hant"}); surrounding blanks are
     * ignored and {@code _} is read as {@code -}.
     *
     * @throws IllegalArgumentException when the tag is missing, longer than {@link #MAX_LENGTH}, malformed or names no
     *                                  ISO 639 language
     */
    public static String normalize(String tag, String what) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException(what + " is missing: give a BCP 47 language tag such as zh, en or de-CH.");
        }
        if (tag.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is " + tag.length() + " characters long; a language tag"
                    + " here has at most " + MAX_LENGTH + " (e.g. zh, en or pt-BR).");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException(
                    what + " '" + tag + "' is not a valid BCP 47 language tag; use one such as zh, en or pt-BR.");
        }
        String language = locale.getLanguage();
        if (!isKnownLanguage(language)) {
            throw new IllegalArgumentException(
                    what + " '" + tag + "' names no known language; use an ISO 639 code such as zh, ja, de or en.");
        }
        return locale.toLanguageTag();
    }

    /**
     * Refuses a language pair whose canonical tags are equal ({@code en} → {@code EN}); variants that differ by
     * region or script ({@code en-US} → {@code en-GB}, {@code zh-Hans} → {@code zh-Hant}) are localisation and stay
     * allowed. The message speaks of {@code sourceLanguage} and {@code targetLanguage}.
     *
     * @param source the source tag as {@link #normalize} returned it
     * @param target the target tag, likewise
     * @return {@code target}
     * @throws IllegalArgumentException when the two are the same language tag
     */
    public static String requireDistinct(String source, String target) {
        if (source.equalsIgnoreCase(target)) {
            throw new IllegalArgumentException("targetLanguage is " + target + ", the same as"
                    + " sourceLanguage: a project pairs texts with their translations into another language. For a"
                    + " regional or script variant, name both (e.g. en-US → en-GB, zh-Hans → zh-Hant).");
        }
        return target;
    }

    /** ICU knows a display name for every ISO 639 language it supports; an unknown code displays as itself. */
    private static boolean isKnownLanguage(String code) {
        return !code.isEmpty() && !ULocale.forLanguageTag(code).getDisplayLanguage(ULocale.ENGLISH).equals(code);
    }
}
