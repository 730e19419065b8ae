// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares whether brackets and quotes are balanced on both sides of a pair. Only counts are
 * compared, not nesting order, so German {@code »…«} and French {@code «…»} both pass; German
 * {@code „…“} and Polish {@code „…”} count {@code „} as the opening mark. A quotation that spans
 * several sentences leaves both sides unbalanced, which is not flagged: only a side that is
 * unbalanced while the other is balanced is.
 */
final class Brackets {

    private static final String[][] PAIRS = {
        {"(", ")"}, {"[", "]"}, {"（", "）"}, {"「", "」"}, {"『", "』"}, {"《", "》"}, {"«", "»"},
    };

    private Brackets() {
    }

    /** A message naming the unbalanced side and what is wrong there, or empty. */
    static Optional<String> compare(String source, String target) {
        List<String> sourceProblems = problems(source);
        List<String> targetProblems = problems(target);
        if (sourceProblems.isEmpty() == targetProblems.isEmpty()) {
            return Optional.empty();
        }
        boolean inSource = !sourceProblems.isEmpty();
        return Optional.of("The " + (inSource ? "source" : "target") + " has "
                + Phrases.and(inSource ? sourceProblems : targetProblems) + ", while the " + (inSource ? "target" : "source")
                + " is balanced. Check for a missing or extra bracket or quote, or a sentence cut in the wrong place.");
    }

    /** What is unbalanced in {@code text}, as phrases; empty when all is balanced. */
    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        for (String[] pair : PAIRS) {
            int open = count(text, pair[0]);
            int close = count(text, pair[1]);
            if (open > close) {
                problems.add("an unclosed " + pair[0]);
            } else if (close > open) {
                problems.add("a " + pair[1] + " that closes nothing");
            }
        }
        int low = count(text, "„");
        int left = count(text, "“");
        int right = count(text, "”");
        boolean curlyBalanced = low == 0 ? left == right : low == left + right;
        if (!curlyBalanced) {
            problems.add("unmatched “ ” quotes");
        }
        if (count(text, "\"") % 2 != 0) {
            problems.add("an odd number of \" quotes");
        }
        return problems;
    }

    private static int count(String text, String mark) {
        int count = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
            count++;
        }
        return count;
    }
}
