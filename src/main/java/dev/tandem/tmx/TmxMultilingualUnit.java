// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One original segment with its translations into several languages: a {@code <tu>} with a source {@code <tuv>} and
 * one {@code <tuv>} per translation, as TMX 1.4b allows (a {@code tu} holds any number of {@code tuv}s).
 *
 * @param sourceText   the original, written in the header's {@code srclang}
 * @param translations at least one, in the order they are written; their languages differ from each other (ignoring
 *                     case): a reader could not tell two translations of one language apart
 * @param properties   of the whole unit, as for {@link TmxUnit}; {@code null} means none
 * @param provenance   as for {@link TmxUnit}; {@code null} means {@link TmxProvenance#NONE}
 * @throws IllegalArgumentException if there is no translation or two share a language
 */
public record TmxMultilingualUnit(String sourceText, List<TmxVariant> translations, Map<String, String> properties,
                                  TmxProvenance provenance) {

    public TmxMultilingualUnit {
        Objects.requireNonNull(sourceText, "sourceText");
        translations = List.copyOf(translations);
        if (translations.isEmpty()) {
            throw new IllegalArgumentException("A multilingual unit needs at least one translation");
        }
        Set<String> languages = new HashSet<>();
        for (TmxVariant translation : translations) {
            if (!languages.add(translation.language().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Two translations of one unit are both in " + translation.language());
            }
        }
        properties = TmxUnit.copyInOrder(properties);
        provenance = provenance == null ? TmxProvenance.NONE : provenance;
    }
}
