// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reference search: exact Viterbi over the whole {@code (S+1) × (T+1)} lattice. Quadratic time and
 * memory; meant for tests and short documents. {@link BandedAligner} must agree with it whenever its
 * band contains the optimal path.
 */
public final class FullAligner implements Aligner {

    private final List<BeadType> types;

    /** @param types bead shapes with priors, in tie-breaking order; must include 1-0 and 0-1 */
    public FullAligner(List<BeadType> types) {
        this.types = BeadTypes.checked(types);
    }

    @Override
    public List<ScoredBead> align(int sourceCount, int targetCount, BeadScorer scorer) {
        if (sourceCount < 0 || targetCount < 0) {
            throw new IllegalArgumentException("negative sentence count");
        }
        double[][] best = new double[sourceCount + 1][targetCount + 1];
        int[][] back = new int[sourceCount + 1][targetCount + 1];
        for (int i = 0; i <= sourceCount; i++) {
            for (int j = 0; j <= targetCount; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double min = Double.POSITIVE_INFINITY;
                int arg = -1;
                for (int k = 0; k < types.size(); k++) {
                    BeadType type = types.get(k);
                    int pi = i - type.source();
                    int pj = j - type.target();
                    if (pi < 0 || pj < 0 || best[pi][pj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double candidate = best[pi][pj] + type.cost() + scorer.cost(pi, i, pj, j);
                    if (candidate < min) {
                        min = candidate;
                        arg = k;
                    }
                }
                best[i][j] = min;
                back[i][j] = arg;
            }
        }
        List<ScoredBead> path = new ArrayList<>();
        int i = sourceCount;
        int j = targetCount;
        while (i > 0 || j > 0) {
            BeadType type = types.get(back[i][j]);
            int pi = i - type.source();
            int pj = j - type.target();
            path.add(new ScoredBead(pi, i, pj, j, best[i][j] - best[pi][pj]));
            i = pi;
            j = pj;
        }
        Collections.reverse(path);
        return path;
    }
}
