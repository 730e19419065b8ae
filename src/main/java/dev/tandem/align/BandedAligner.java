// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Viterbi search restricted to a band around the diagonal, with adaptive widening.
 *
 * <ol>
 *   <li>Row {@code i} (source prefix length) searches target prefix lengths
 *       {@code [round(i·T/S) − r, round(i·T/S) + r]}, see {@link Band}.</li>
 *   <li>Best costs ({@code double}) and back-pointers (index into the bead types, {@code byte}) are
 *       stored per row window in flat arrays, so time and memory are O((S + 1) · (2r + 1)).</li>
 *   <li>Predecessors outside their own row window are skipped.</li>
 *   <li>The path is traced back; if it passes within {@code margin} cells of a band edge, the
 *       optimum may lie outside, so the search reruns in a band centred on that path, alternately
 *       at the same radius and with the radius multiplied by {@code growth} for the whole document,
 *       until the path keeps clear of the edges or the band covers the whole lattice. Re-centring
 *       first lets a long document whose alignment drifts from the diagonal be followed without a
 *       very wide band.</li>
 *   <li>A rerun starts at the first row whose window changed: Viterbi runs forward, so the cells of
 *       the rows before it keep their costs and back-pointers from the previous run. A re-centring
 *       round whose path moved only near the end of the document recomputes only that end.</li>
 * </ol>
 * The result equals {@link FullAligner}'s whenever the final band contains the optimal path.
 *
 * <p>The widening is global on purpose. Widening only where the path pressed on the edge (even over the whole
 * stretch where it strayed from the band centres to that side) searched up to four fifths fewer cells on long
 * documents with an inserted or deleted stretch, but was sometimes worse: where the centres were wrong over a
 * long stretch without the path ever nearing an edge there, global widening caused by pressure elsewhere
 * fixed that stretch too, and local widening left it misaligned.
 *
 * @see "Gale &amp; Church, A Program for Aligning Sentences in Bilingual Corpora, CL 19(1), 1993"
 * @see "Thompson &amp; Koehn, Vecalign, EMNLP 2019 (banded search)"
 */
public final class BandedAligner implements Aligner {

    /**
     * A path found in a band, with the band it was found in and the number of lattice cells the search
     * computed on its way there (over all widening rounds).
     */
    record Result(List<ScoredBead> path, Band band, long cellsSearched) {

        /** A path found in one search of {@code band}. */
        Result(List<ScoredBead> path, Band band) {
            this(path, band, band.cellCount());
        }
    }

    private final List<BeadType> types;
    private final int initialRadius;
    private final int margin;
    private final double growth;
    /** Told of every lattice row; null when nobody watches. */
    private final ProgressMeter meter;

    /**
     * @param types         bead shapes with priors, in tie-breaking order; must include 1-0 and 0-1
     * @param initialRadius half-width of the first band in target sentences, ≥ 1
     * @param margin        distance in cells from a band edge that triggers widening, ≥ 0
     * @param growth        radius multiplier per widening, &gt; 1
     */
    public BandedAligner(List<BeadType> types, int initialRadius, int margin, double growth) {
        this(types, initialRadius, margin, growth, null);
    }

    /** As the public constructor, reporting each lattice row to {@code meter} (may be null). */
    BandedAligner(List<BeadType> types, int initialRadius, int margin, double growth, ProgressMeter meter) {
        if (initialRadius < 1 || margin < 0 || !(growth > 1.0)) {
            throw new IllegalArgumentException("need radius ≥ 1, margin ≥ 0, growth > 1");
        }
        this.types = BeadTypes.checked(types);
        this.initialRadius = initialRadius;
        this.margin = margin;
        this.growth = growth;
        this.meter = meter;
    }

    @Override
    public List<ScoredBead> align(int sourceCount, int targetCount, BeadScorer scorer) {
        return search(sourceCount, targetCount, scorer).path();
    }

    Result search(int sourceCount, int targetCount, BeadScorer scorer) {
        if (sourceCount < 0 || targetCount < 0) {
            throw new IllegalArgumentException("negative sentence count");
        }
        return search(BandCentres.diagonal(sourceCount, targetCount), targetCount, scorer);
    }

    /**
     * The search in a band around {@code centres} (see {@link BandCentres}) instead of the
     * diagonal, e.g. around an earlier path: widening then starts from a band that already follows
     * the alignment, instead of from the diagonal it may have drifted far from.
     */
    Result search(BandCentres centres, int targetCount, BeadScorer scorer) {
        int sourceCount = centres.rows() - 1;
        int radius = initialRadius;
        boolean recentred = false;
        Lattice lattice = new Lattice(scorer);
        Band band = Band.around(centres, targetCount, radius);
        if (meter != null) {
            meter.mayWiden();
        }
        List<ScoredBead> path = lattice.search(band, 0, targetCount);
        while (true) {
            boolean covers = radius >= Math.max(sourceCount, targetCount) + 1;
            if (covers || !touchesEdge(path, band, targetCount)) {
                return new Result(path, band, lattice.cellsSearched);
            }
            // the path pressing on the edge shows where the alignment goes: first follow it at the
            // same radius (cheap), and widen only if it still presses on the edge of the moved band
            if (recentred) {
                radius = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(radius + 1L, (long) Math.ceil(radius * growth)));
            }
            recentred = !recentred;
            centres = BandCentres.along(path, 1, 1, sourceCount, targetCount);
            Band next = Band.around(centres, targetCount, radius);
            int changed = firstChangedRow(band, next);
            band = next;
            if (changed < band.rows()) {
                if (meter != null) {
                    meter.again();
                }
                path = lattice.search(band, changed, targetCount);
            }
        }
    }

    /** The first row whose window differs between two bands over the same lattice, or {@code rows()} if none. */
    private static int firstChangedRow(Band a, Band b) {
        for (int i = 0; i < a.rows(); i++) {
            if (a.lo(i) != b.lo(i) || a.hi(i) != b.hi(i)) {
                return i;
            }
        }
        return a.rows();
    }

    /**
     * One search in the band of the initial radius around {@code centres}, without widening: a
     * draft path, whose beads may be cut by the band, for estimating parameters and placing the
     * band of a final {@link #search}.
     */
    List<ScoredBead> draft(BandCentres centres, int targetCount, BeadScorer scorer) {
        return viterbi(Band.around(centres, targetCount, initialRadius), targetCount, scorer);
    }

    private boolean touchesEdge(List<ScoredBead> path, Band band, int targetCount) {
        for (ScoredBead bead : path) {
            if (band.nearEdge(bead.sourceEnd(), bead.targetEnd(), targetCount, margin)) {
                return true;
            }
        }
        return false;
    }

    private List<ScoredBead> viterbi(Band band, int targetCount, BeadScorer scorer) {
        return new Lattice(scorer).search(band, 0, targetCount);
    }

    /**
     * Best costs and back-pointers of the cells of a band, kept between searches: Viterbi runs forward row by row,
     * so when a band changes only from some row onwards, the cells of the rows before it keep their values and a
     * re-search starts at the first changed row.
     */
    private final class Lattice {
        private final BeadScorer scorer;
        /** Per type, the lowest cost the scorer may give, or −∞ when unknown: no candidate is skipped then. */
        private final double[] typeFloor;
        private final int[] typeSource;
        private final int[] typeTarget;
        private final double[] typeCost;
        private double[] best = new double[0];
        private byte[] back = new byte[0];
        /** Cells computed by all searches so far. */
        long cellsSearched;

        Lattice(BeadScorer scorer) {
            this.scorer = scorer;
            int typeCount = types.size();
            typeSource = new int[typeCount];
            typeTarget = new int[typeCount];
            typeCost = new double[typeCount];
            typeFloor = new double[typeCount];
            for (int k = 0; k < typeCount; k++) {
                typeSource[k] = types.get(k).source();
                typeTarget[k] = types.get(k).target();
                typeCost[k] = types.get(k).cost();
                // a candidate cannot beat the row's best when its prefix cost plus prior plus the lowest cost the
                // scorer may give it already does not: it is not scored (the result is unchanged)
                typeFloor[k] = CompositeScorer.floor(scorer, !types.get(k).isNull());
            }
        }

        /**
         * The best path through {@code band}, computing rows {@code from} onwards; the rows before {@code from} must
         * have the same windows as in the previous search, whose cells are reused.
         */
        List<ScoredBead> search(Band band, int from, int targetCount) {
            int cells = Math.toIntExact(band.cellCount());
            if (best.length < cells) {
                if (from == 0) {
                    // nothing to keep: let the old arrays go before allocating the larger ones
                    best = null;
                    back = null;
                    best = new double[cells];
                    back = new byte[cells];
                } else {
                    best = Arrays.copyOf(best, cells);
                    back = Arrays.copyOf(back, cells);
                }
            }
            int start = band.index(from, band.lo(from));
            Arrays.fill(best, start, cells, Double.POSITIVE_INFINITY);
            if (from == 0) {
                best[0] = 0.0;
            }
            cellsSearched += cells - start;
            int typeCount = typeSource.length;
            int[] previousLo = new int[typeCount];
            int[] previousHi = new int[typeCount];
            int[] previousBase = new int[typeCount];
            for (int i = from; i < band.rows(); i++) {
                if (meter != null) {
                    meter.row(i, band.rows());
                }
                int lo = band.lo(i);
                int hi = band.hi(i);
                for (int k = 0; k < typeCount; k++) {
                    int pi = i - typeSource[k];
                    if (pi < 0) {
                        previousLo[k] = Integer.MAX_VALUE;
                        previousHi[k] = Integer.MIN_VALUE;
                    } else {
                        // cell (pi, pj) of type k's predecessor is previousBase[k] + j, for pj = j − target
                        previousLo[k] = band.lo(pi) + typeTarget[k];
                        previousHi[k] = band.hi(pi) + typeTarget[k];
                        previousBase[k] = band.index(pi, band.lo(pi)) - band.lo(pi) - typeTarget[k];
                    }
                }
                int rowBase = band.index(i, lo) - lo;
                for (int j = lo; j < hi; j++) {
                    if (i == 0 && j == 0) {
                        continue;
                    }
                    double min = Double.POSITIVE_INFINITY;
                    int arg = -1;
                    for (int k = 0; k < typeCount; k++) {
                        if (j < previousLo[k] || j >= previousHi[k]) {
                            continue;
                        }
                        double previous = best[previousBase[k] + j];
                        if (previous == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        double prior = previous + typeCost[k];
                        if (!(prior + typeFloor[k] < min)) {
                            continue;
                        }
                        int pi = i - typeSource[k];
                        int pj = j - typeTarget[k];
                        double candidate = prior + scorer.cost(pi, i, pj, j);
                        if (candidate < min) {
                            min = candidate;
                            arg = k;
                        }
                    }
                    int cell = rowBase + j;
                    best[cell] = min;
                    back[cell] = (byte) arg;
                }
            }
            List<ScoredBead> path = new ArrayList<>();
            int i = band.rows() - 1;
            int j = targetCount;
            while (i > 0 || j > 0) {
                int cell = band.index(i, j);
                int k = back[cell];
                int pi = i - typeSource[k];
                int pj = j - typeTarget[k];
                path.add(new ScoredBead(pi, i, pj, j, best[cell] - best[band.index(pi, pj)]));
                i = pi;
                j = pj;
            }
            Collections.reverse(path);
            return path;
        }
    }
}
