// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.Bead;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** QA flag codes of a pair, stored comma-separated. The review workbench adds more checks. */
public final class QaFlags {
    /** The pair has target sentences but no source: added in translation, or a missed alignment. */
    public static final String EMPTY_SOURCE = "empty-source";
    /** The pair has source sentences but no target: left untranslated, or a missed alignment. */
    public static final String EMPTY_TARGET = "empty-target";

    private QaFlags() {
    }

    static List<String> of(Bead bead) {
        var flags = new ArrayList<String>(2);
        if (bead.sourceStart() == bead.sourceEnd()) {
            flags.add(EMPTY_SOURCE);
        }
        if (bead.targetStart() == bead.targetEnd()) {
            flags.add(EMPTY_TARGET);
        }
        return flags;
    }

    static String format(List<String> flags) {
        return String.join(",", flags);
    }

    static List<String> parse(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
