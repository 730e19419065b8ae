// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Checks that a string is a well-formed BCP 47 language tag, the form TMX requires in {@code xml:lang}. */
final class LanguageTags {
    private LanguageTags() {
    }

    /**
     * Returns {@code tag} unchanged if it is well-formed BCP 47 (e.g. {@code en}, {@code zh-Hant}, {@code pt-BR}).
     *
     * @throws IllegalArgumentException if {@code tag} is null, blank or not well-formed (e.g. {@code en_US})
     */
    static String requireWellFormed(String tag, String what) {
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
}
