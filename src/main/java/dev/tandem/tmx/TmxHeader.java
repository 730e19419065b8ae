// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import dev.tandem.formats.LanguageTags;
import dev.tandem.formats.XmlText;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@code <header>} of a TMX 1.4b document. The writer adds {@code segtype="sentence"} and
 * {@code datatype="plaintext"}, which are fixed for Tandem's sentence pairs.
 *
 * @param creationTool        {@code creationtool}, e.g. {@code Tandem}; not blank
 * @param creationToolVersion {@code creationtoolversion}, e.g. {@code 0.1.0}; not blank
 * @param sourceLanguage      {@code srclang}, a well-formed BCP 47 tag; every unit's source {@code tuv} uses it
 * @param adminLanguage       {@code adminlang}, a well-formed BCP 47 tag (the language of notes and props)
 * @param originalFormat      {@code o-tmf}, the format the memory came from, e.g. {@code Tandem}; not blank
 * @param creationDate        {@code creationdate}, written in UTC as {@code yyyyMMdd'T'HHmmss'Z'}
 * @throws IllegalArgumentException if a string is blank or a language tag is not well-formed BCP 47
 * @throws NullPointerException     if any component is null
 */
public record TmxHeader(
        String creationTool,
        String creationToolVersion,
        String sourceLanguage,
        String adminLanguage,
        String originalFormat,
        Instant creationDate) {

    public TmxHeader {
        requireText(creationTool, "creationTool");
        requireText(creationToolVersion, "creationToolVersion");
        requireText(originalFormat, "originalFormat");
        LanguageTags.requireWellFormed(sourceLanguage, "sourceLanguage");
        LanguageTags.requireWellFormed(adminLanguage, "adminLanguage");
        Objects.requireNonNull(creationDate, "creationDate");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (XmlText.clean(value).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
