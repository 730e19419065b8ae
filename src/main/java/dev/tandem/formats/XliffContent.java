// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.List;

/**
 * What {@link XliffReader} found: the version ({@code 1.2}, {@code 2.0}, …), the translated segments in file
 * order, and how many segments were left out because both their source and their target were empty.
 */
public record XliffContent(String version, List<XliffUnit> units, int skippedUnits) {
    public XliffContent {
        units = List.copyOf(units);
    }
}
