// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.QaFlag;
import java.util.ArrayList;
import java.util.List;

/** Stores QA flags in one text column: a line per flag, code and message separated by a tab. */
final class Flags {
    private Flags() {
    }

    static String format(List<QaFlag> flags) {
        var out = new StringBuilder();
        for (QaFlag flag : flags) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(flag.code()).append('\t').append(flag.message().replace('\n', ' ').replace('\t', ' '));
        }
        return out.toString();
    }

    static List<QaFlag> parse(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        var flags = new ArrayList<QaFlag>();
        for (String line : stored.split("\n")) {
            int tab = line.indexOf('\t');
            flags.add(tab < 0 ? new QaFlag(line, line) : new QaFlag(line.substring(0, tab), line.substring(tab + 1)));
        }
        return flags;
    }
}
