// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link TmxReader#read} found in a TMX file for one pair of languages.
 *
 * @param declaredSourceLanguage the header's {@code srclang} exactly as written (e.g. {@code EN-US},
 *                               {@code *all*}); null if the file has no header or no {@code srclang}
 * @param units                  the units that have a non-empty segment in both requested languages, in file order;
 *                               copied, unmodifiable
 * @param skippedUnits           number of {@code <tu>} elements left out: no tuv in one of the languages, or an empty
 *                               segment; {@code >= 0}
 * @param codeOnlyUnits          of those, the units whose two segments hold inline codes ({@code <ph>}, {@code <bpt>},
 *                               …) and no text: nothing to align; {@code >= 0}
 * @param languagesFound         the distinct {@code xml:lang}/{@code lang} values of all tuvs, as written, in order of
 *                               first appearance (at most {@link TmxReader#MAX_LANGUAGES_REPORTED}); unmodifiable
 * @throws NullPointerException     if {@code units} or {@code languagesFound} is null
 * @throws IllegalArgumentException if {@code skippedUnits} is negative
 */
public record TmxContent(String declaredSourceLanguage, List<TmxUnit> units, int skippedUnits,
                         int codeOnlyUnits, Set<String> languagesFound) {

    public TmxContent {
        units = List.copyOf(units);
        // Set.copyOf would lose the order, which tells the user which languages the file is mainly about.
        languagesFound = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(languagesFound)));
        if (skippedUnits < 0) {
            throw new IllegalArgumentException("skippedUnits must be >= 0, got " + skippedUnits);
        }
        if (codeOnlyUnits < 0 || codeOnlyUnits > skippedUnits) {
            throw new IllegalArgumentException("codeOnlyUnits must be in [0, skippedUnits], got " + codeOnlyUnits);
        }
    }
}
