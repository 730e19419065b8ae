// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import dev.tandem.formats.LanguageTags;
import java.util.Map;
import java.util.Objects;

/**
 * One translation of a multilingual unit: its language, its text and properties of its own (e.g. the review status
 * of this translation), written as a {@code <tuv>} with its {@code <prop>}s before the {@code <seg>}.
 *
 * @param language   a well-formed BCP 47 tag
 * @param text       the translation; {@link TmxWriter} drops characters XML cannot carry and rejects it if then empty
 * @param properties ordered name → value as for {@link TmxUnit}; {@code null} means none
 * @throws IllegalArgumentException if the language is not a well-formed tag or a property name is blank
 */
public record TmxVariant(String language, String text, Map<String, String> properties) {

    public TmxVariant {
        LanguageTags.requireWellFormed(language, "language");
        Objects.requireNonNull(text, "text");
        properties = TmxUnit.copyInOrder(properties);
    }

    /** A translation without properties. */
    public TmxVariant(String language, String text) {
        this(language, text, Map.of());
    }
}
