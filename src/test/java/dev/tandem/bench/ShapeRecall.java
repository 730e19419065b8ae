// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recall per gold bead shape: of the gold beads of each shape (source sentences - target sentences), the share the
 * aligner output exactly. Shows which shapes an aligner misses; the overall figures hide them behind the 1-1 beads.
 */
final class ShapeRecall {

    /** Shape "a-b" → {gold beads, of them found}; sorted by shape. */
    private final Map<String, int[]> counts = new TreeMap<>();

    void add(List<EvalScorer.Alignment> gold, List<EvalScorer.Alignment> test) {
        Set<EvalScorer.Alignment> output = new HashSet<>(test);
        for (EvalScorer.Alignment bead : gold) {
            int[] shape = counts.computeIfAbsent(bead.source().size() + "-" + bead.target().size(), k -> new int[2]);
            shape[0]++;
            shape[1] += output.contains(bead) ? 1 : 0;
        }
    }

    /** Recall of the gold beads of shape {@code shape} ("1-2"), NaN when there are none. */
    double recall(String shape) {
        int[] shapeCounts = counts.get(shape);
        return shapeCounts == null ? Double.NaN : (double) shapeCounts[1] / shapeCounts[0];
    }

    String format() {
        StringBuilder text = new StringBuilder("recall per gold shape:");
        counts.forEach((shape, c) -> text.append(String.format(Locale.ROOT, "  %s %.2f (%d)", shape,
                (double) c[1] / c[0], c[0])));
        return text.toString();
    }
}
