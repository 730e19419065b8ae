// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Word-translation probabilities of IBM Model 1 in both directions, as lower-case words (see {@link Lexicon}):
 * {@code targetGivenSource.get(s).get(t)} is P(t | s) and {@code sourceGivenTarget.get(t).get(s)} is P(s | t).
 * Only probabilities of at least {@value #MIN_PROBABILITY} are kept. Immutable.
 */
public final class TranslationTable {

    /** No probabilities. */
    public static final TranslationTable EMPTY = new TranslationTable(Map.of(), Map.of());

    /** Smaller probabilities are dropped when learning: they are EM's leftovers, not translations. */
    static final double MIN_PROBABILITY = 0.01;

    private final Map<String, Map<String, Float>> targetGivenSource;
    private final Map<String, Map<String, Float>> sourceGivenTarget;

    TranslationTable(Map<String, Map<String, Float>> targetGivenSource, Map<String, Map<String, Float>> sourceGivenTarget) {
        this.targetGivenSource = copy(targetGivenSource);
        this.sourceGivenTarget = copy(sourceGivenTarget);
    }

    private static Map<String, Map<String, Float>> copy(Map<String, Map<String, Float>> table) {
        Map<String, Map<String, Float>> copy = new HashMap<>();
        table.forEach((given, produced) -> copy.put(Objects.requireNonNull(given), Map.copyOf(produced)));
        return Map.copyOf(copy);
    }

    /** P(t | s) of every target word t of source word s (kept ones only). */
    Map<String, Map<String, Float>> targetGivenSource() {
        return targetGivenSource;
    }

    /** P(s | t) of every source word s of target word t (kept ones only). */
    Map<String, Map<String, Float>> sourceGivenTarget() {
        return sourceGivenTarget;
    }

    public boolean isEmpty() {
        return targetGivenSource.isEmpty() && sourceGivenTarget.isEmpty();
    }

    /** Both tables; where both have a pair, the higher probability. */
    TranslationTable merge(TranslationTable other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new TranslationTable(merge(targetGivenSource, other.targetGivenSource),
                merge(sourceGivenTarget, other.sourceGivenTarget));
    }

    private static Map<String, Map<String, Float>> merge(Map<String, Map<String, Float>> a, Map<String, Map<String, Float>> b) {
        Map<String, Map<String, Float>> merged = new HashMap<>();
        for (Map<String, Map<String, Float>> table : java.util.List.of(a, b)) {
            table.forEach((given, produced) -> {
                Map<String, Float> row = merged.computeIfAbsent(given, k -> new HashMap<>());
                produced.forEach((word, p) -> row.merge(word, p, Math::max));
            });
        }
        return merged;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TranslationTable other && targetGivenSource.equals(other.targetGivenSource)
                && sourceGivenTarget.equals(other.sourceGivenTarget);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetGivenSource, sourceGivenTarget);
    }
}
