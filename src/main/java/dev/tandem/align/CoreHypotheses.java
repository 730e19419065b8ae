// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The length-based first pass for a document whose one side may hold much more than the other has a counterpart for:
 * an unfinished translation, an original of which only the first part was pasted. The first pass takes its length
 * and sentence-count ratios from the two sides' totals, and with a side a quarter or half short those ratios are so
 * far off that it stretches every bead over the whole longer side ({@link BorderRuns} keeps a run at a side's end
 * cheap, but only a search with the right ratios finds it): mac/dev with its translations cut to half kept 0.01 strict
 * F1 of the part that has a counterpart, the Bible with 10 % of its translation missing 0.13.
 * <p>
 * So the first pass also runs under the hypotheses that only the first {@link #SHARES} of one side have a counterpart
 * (ratios from that part, the band along it), each path free to pair more or less than the hypothesis says, and keeps
 * the path with the most expected right pairs: the sum of its pairing beads' posteriors under its own model. Costs
 * cannot choose: a run at a side's end costs a nat a sentence and Gale–Church costs are 0 for a perfect fit, so the
 * cheapest path leaves half of any document unpaired; a stretched path, though, is one the model is unsure of bead by
 * bead, and a hypothesis that leaves real pairs unpaired loses their expected rightness.
 */
final class CoreHypotheses {

    /** The shares of a side that a hypothesis gives a counterpart. */
    static final double[] SHARES = {0.5, 0.6, 0.7, 0.8, 0.9};
    /**
     * Documents with more sentences on a side than this get the first pass under the totals' ratios alone: the
     * hypotheses are twelve more first passes, more than the time of all the rest over a long book.
     */
    static final int MAX_SENTENCES = 20_000;
    /** The hypotheses whose drafts expect the most right pairs that are searched again, along their paths. */
    static final int FINALISTS = 2;
    /**
     * The share of its pairs the whole document's first pass must expect right for the hypotheses to be skipped: run on
     * every document they cost more than all the rest of an alignment without a lexicon (mac/dev zh→en 0.31 → 1.4 s
     * per 1,000 sentences per side, text+berg 0.57 → 2.4, the Bible 0.35 → 1.0), and a stretched path is one the model
     * is unsure of. Whole documents of the dev sets expect 0.44–0.80 of their pairs right (the Bible 0.69, text+berg
     * 0.80), the stretched paths of cut ones 0.14–0.51 (the Bible with a tenth of its translation missing 0.30). Cut
     * documents above it keep the totals' path, as before the hypotheses: most lose nothing by it, text+berg de→fr with
     * three quarters of its translation 0.045 F1 (0.814, 0.859 with them), mac/dev with 90 % of the original 0.009. A
     * path stretched with confidence (a text of uniformly random sentence lengths, 0.82) keeps it too.
     */
    static final double SURE = 0.6;
    /** Fewer sentences on a side than this say too little about their ratios to choose among hypotheses. */
    static final int MIN_SENTENCES = 20;

    /** A first-pass path with the sum of its pairing beads' posteriors. */
    record Draft(List<ScoredBead> path, double expectedRight) {
    }

    private CoreHypotheses() {
    }

    /** Whether a document of these sizes gets the hypotheses (see {@link #MAX_SENTENCES}). */
    static boolean worthwhile(int sourceCount, int targetCount) {
        return Math.min(sourceCount, targetCount) >= MIN_SENTENCES && Math.max(sourceCount, targetCount) <= MAX_SENTENCES;
    }

    /**
     * The path of {@code whole} (the first pass under the totals' ratios) unless a hypothesis expects more right pairs.
     * The hypotheses' drafts keep to their bands, so that a wrong one costs one search of its band and no more; the
     * {@link #FINALISTS} best are searched again in bands along their drafts' paths, and compared as such (a path
     * pressed against its band's edge can look surer than its hypothesis is: mac/dev 002 with half its translation
     * chose a hypothesis that left its first 19 sentences unpaired).
     */
    static List<ScoredBead> best(FirstPass pass, Draft whole) {
        if (whole.expectedRight() >= SURE * pairs(whole.path())) {
            return whole.path();
        }
        List<int[]> hypotheses = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        for (double share : SHARES) {
            for (boolean sourceShort : new boolean[] {true, false}) {
                int sourceTo = sourceShort ? (int) Math.round(share * pass.sourceCount()) : pass.sourceCount();
                int targetTo = sourceShort ? pass.targetCount() : (int) Math.round(share * pass.targetCount());
                hypotheses.add(new int[] {sourceTo, targetTo});
                drafts.add(pass.hypothesis(sourceTo, targetTo, pass.centres(sourceTo, targetTo)));
            }
        }
        Integer[] order = new Integer[hypotheses.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(drafts.get(b).expectedRight(), drafts.get(a).expectedRight()));
        Draft best = whole;
        for (int k = 0; k < FINALISTS; k++) {
            int[] hypothesis = hypotheses.get(order[k]);
            BandCentres along = BandCentres.along(drafts.get(order[k]).path(), 1, 1, pass.sourceCount(),
                    pass.targetCount());
            Draft followed = pass.hypothesis(hypothesis[0], hypothesis[1], along);
            if (followed.expectedRight() > best.expectedRight()) {
                best = followed;
            }
        }
        return best.path();
    }

    private static long pairs(List<ScoredBead> path) {
        return path.stream().filter(ScoredBead::pairs).count();
    }

    /** Sum of the posteriors of the beads of {@code path} that pair sentences. */
    static double expectedRight(List<ScoredBead> path, double[] posteriors) {
        double sum = 0.0;
        for (int k = 0; k < path.size(); k++) {
            ScoredBead bead = path.get(k);
            if (bead.pairs()) {
                sum += posteriors[k];
            }
        }
        return sum;
    }

    /**
     * The band centres of the hypothesis that sentences [0, sourceTo) and [0, targetTo) correspond: {@code core}, the
     * centres over that part, then straight on to the end of the longer side's rest.
     */
    static BandCentres extend(BandCentres core, int sourceTo, int targetTo, int sourceCount, int targetCount) {
        int[] low = Arrays.copyOf(core.low(), sourceCount + 1);
        int[] high = Arrays.copyOf(core.high(), sourceCount + 1);
        for (int i = sourceTo + 1; i <= sourceCount; i++) {
            low[i] = targetTo;
            high[i] = targetTo;
        }
        high[sourceCount] = targetCount;
        return new BandCentres(low, high);
    }

    /** The straight band centres of the hypothesis: the diagonal over [0, sourceTo) × [0, targetTo), then the rest. */
    static BandCentres straight(int sourceTo, int targetTo, int sourceCount, int targetCount) {
        List<ScoredBead> line = new ArrayList<>(2);
        line.add(new ScoredBead(0, sourceTo, 0, targetTo, 0.0));
        if (sourceTo < sourceCount || targetTo < targetCount) {
            line.add(new ScoredBead(sourceTo, sourceCount, targetTo, targetCount, 0.0));
        }
        return BandCentres.along(line, 1, 1, sourceCount, targetCount);
    }
}
