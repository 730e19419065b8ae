// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words written identically on both sides as anchors: names, acronyms and brand names ("NATO",
 * "iPhone", "Tolkien") inside Chinese text, or names and international words shared by two
 * Latin-script languages. Every anchor token of a bead without an equal token on the other side
 * costs {@code costPerUnmatched} nats (see {@link NumberScorer} for why a penalty alone suffices).
 *
 * <p>Tokens are maximal runs of Latin-script letters (and digits after a letter), compared
 * case-insensitively. A token is an anchor for the document only if it is distinctive and carried
 * over consistently, judged on the whole document so no word lists or language knowledge are needed:
 * <ul>
 *   <li>it has at least {@value #MIN_LENGTH} letters, or is an all-capital acronym of two or more,
 *       so that short function words two languages happen to share ("in", "a") are ignored;</li>
 *   <li>it occurs on both sides, and its occurrence counts on the two sides are within a factor
 *       of two ({@value #MAX_COUNT_RATIO}) of each other, so a word that is a name on one side and
 *       an ordinary word on the other does not count.</li>
 * </ul>
 * Costs are O(1) for beads without anchors.
 */
public final class SharedTokenScorer implements NonNegativeScorer {

    static final int MIN_LENGTH = 4;
    static final double MAX_COUNT_RATIO = 2.0;

    private final KeyMultisets anchors;
    private final double costPerUnmatched;

    /** @param costPerUnmatched cost in nats of one anchor token without partner, ≥ 0 */
    public SharedTokenScorer(List<String> source, List<String> target, double costPerUnmatched) {
        if (!(costPerUnmatched >= 0.0) || Double.isInfinite(costPerUnmatched)) {
            throw new IllegalArgumentException("costPerUnmatched must be finite and ≥ 0");
        }
        List<List<String>> sourceTokens = source.stream().map(SharedTokenScorer::tokens).toList();
        List<List<String>> targetTokens = target.stream().map(SharedTokenScorer::tokens).toList();
        Map<String, Integer> sourceCounts = counts(sourceTokens);
        Map<String, Integer> targetCounts = counts(targetTokens);
        Map<String, Long> ids = new HashMap<>();
        sourceCounts.forEach((token, n) -> {
            Integer m = targetCounts.get(token);
            if (m != null && Math.max(n, m) <= MAX_COUNT_RATIO * Math.min(n, m)) {
                ids.put(token, (long) ids.size());
            }
        });
        this.anchors = new KeyMultisets(keys(sourceTokens, ids), keys(targetTokens, ids));
        this.costPerUnmatched = costPerUnmatched;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        return costPerUnmatched * anchors.unmatched(s0, s1, t0, t1);
    }

    /** Candidate anchor tokens of a sentence, lower-cased, in order: "Die NATO tagte." → [nato]. */
    static List<String> tokens(String sentence) {
        List<String> tokens = new ArrayList<>();
        int p = 0;
        while (p < sentence.length()) {
            int cp = sentence.codePointAt(p);
            if (!isLatinLetter(cp)) {
                p += Character.charCount(cp);
                continue;
            }
            int start = p;
            int letters = 0;
            boolean allCapitals = true;
            while (p < sentence.length()) {
                cp = sentence.codePointAt(p);
                if (isLatinLetter(cp)) {
                    letters++;
                    allCapitals &= Character.isUpperCase(cp);
                } else if (!Character.isDigit(cp)) {
                    break;
                }
                p += Character.charCount(cp);
            }
            if (letters >= MIN_LENGTH || (allCapitals && letters >= 2)) {
                tokens.add(sentence.substring(start, p).toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }

    private static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private static Map<String, Integer> counts(List<List<String>> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> sentence : tokens) {
            for (String token : sentence) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static long[][] keys(List<List<String>> tokens, Map<String, Long> ids) {
        long[][] keys = new long[tokens.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = tokens.get(i).stream().map(ids::get).filter(id -> id != null).mapToLong(Long::longValue).toArray();
        }
        return keys;
    }
}
