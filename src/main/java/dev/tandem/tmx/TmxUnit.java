// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import dev.tandem.formats.XmlText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One translation unit: a source text, its target text and properties.
 *
 * <p>The texts are kept as given; {@link TmxWriter#unit} drops characters XML cannot carry (see
 * {@link XmlText#clean}) and rejects the unit if either side is then empty.
 *
 * @param sourceText the source side, written in the header's {@code srclang}; not null
 * @param targetText the target side, written in the writer's target language; not null
 * @param properties ordered name → value, written in this order as {@code <prop type="name">value</prop>} on the
 *                   {@code tu} (e.g. {@code x-document}, {@code x-status}, {@code x-confidence}); names should
 *                   start with {@code x-} as TMX asks for user-defined types. {@code null} means none. Copied, and
 *                   iteration order is kept.
 * @param provenance who created and last changed the unit, and when; {@code null} means {@link TmxProvenance#NONE}
 * @param segtype    the unit's own {@code segtype} where it differs from the header's ({@code sentence}); {@code null}
 *                   writes none, so the header's applies
 * @throws NullPointerException     if a text, a property name or a property value is null
 * @throws IllegalArgumentException if a property name is blank
 */
public record TmxUnit(String sourceText, String targetText, Map<String, String> properties,
                      TmxProvenance provenance, TmxSegtype segtype) {

    public TmxUnit {
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(targetText, "targetText");
        properties = copyInOrder(properties);
        provenance = provenance == null ? TmxProvenance.NONE : provenance;
    }

    /** A unit of the header's segtype. */
    public TmxUnit(String sourceText, String targetText, Map<String, String> properties, TmxProvenance provenance) {
        this(sourceText, targetText, properties, provenance, null);
    }

    /** A unit without provenance. */
    public TmxUnit(String sourceText, String targetText, Map<String, String> properties) {
        this(sourceText, targetText, properties, TmxProvenance.NONE);
    }

    /** A unit without properties or provenance. */
    public TmxUnit(String sourceText, String targetText) {
        this(sourceText, targetText, Map.of());
    }

    // Map.copyOf would lose the caller's order, which is the order the props are written in.
    static Map<String, String> copyInOrder(Map<String, String> properties) {
        if (properties == null || properties.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            Objects.requireNonNull(name, "property name");
            Objects.requireNonNull(value, () -> "value of property " + name);
            if (name.isBlank()) {
                throw new IllegalArgumentException("property name must not be blank");
            }
            copy.put(name, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
