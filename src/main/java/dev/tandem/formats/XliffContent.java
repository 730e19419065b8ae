// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.List;

/**
 * What {@link XliffReader} found: the version ({@code 1.2}, {@code 2.0}, …), the translated segments in file
 * order, and how many segments were left out because both their source and their target were empty.
 *
 * @param codeOnlyUnits of the skipped, the segments holding inline codes and no text: nothing to align
 * @param otherFiles    the language pairs ({@code fr → de}) of {@code <file>}s left out for being in other
 *                      languages than the project's, in file order, each once
 */
public record XliffContent(String version, List<XliffUnit> units, int skippedUnits, int codeOnlyUnits,
                           List<String> otherFiles) {
    public XliffContent {
        units = List.copyOf(units);
        otherFiles = List.copyOf(otherFiles);
    }
}
