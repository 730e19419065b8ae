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
 * So the first pass also runs under the hypotheses that only the first or the last {@link #SHARES} of one side have a
 * counterpart (ratios from that part, the band along it), each path free to pair more or less than the hypothesis says;
 * the last part is a translation of a text's second half, or an original whose untranslated introduction comes first
 * (mac/dev zh→en with the translation of each chapter's first half missing kept 0.05 strict F1 without them, with the
 * first quarter missing 0.57). It keeps
 * the path with the most expected right pairs: the sum of its pairing beads' posteriors under its own model. Costs
 * cannot choose: a run at a side's end costs a nat a sentence and Gale–Church costs are 0 for a perfect fit, so the
 * cheapest path leaves half of any document unpaired; a stretched path, though, is one the model is unsure of bead by
 * bead, and a hypothesis that leaves real pairs unpaired loses their expected rightness.
 */
final class CoreHypotheses {

    /**
     * The shares of a side that a hypothesis gives a counterpart, its first or its last part. Each path is free to pair
     * more or less than its hypothesis says, and the two best are searched again along their own paths, so a share
     * between two of these is found as well: with 0.6 and 0.8 as well (twenty hypotheses), the rows of
     * {@code PartialTextRegressionTest} and {@code OmittedPassageRegressionTest} and the start and end cuts of mac/dev
     * and text+berg both ways move by 0.01–0.06 up or down (0.02 lower summed), and mac/dev en→zh, where every whole
     * chapter is unsure enough to try them, takes half as long again (0.77 → 1.18 s per 1,000 sentences).
     */
    static final double[] SHARES = {0.5, 0.7, 0.9};
    /**
     * Documents with more sentences on a side than this get the first pass under the totals' ratios alone: the
     * hypotheses are fourteen more first passes, more than the time of all the rest over a long book.
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
    /**
     * A side with fewer than this share of the other's sentences holds a part of it: translations split or join
     * sentences, but by far less (mac/dev's English has 1.33 times its Chinese sentences, chapter 002 1.66).
     */
    static final double FEW = 0.4;
    /**
     * The longer side's parts tried there, in multiples of the shorter side's sentence count: a part's own ratio may be
     * far from 1 (text+berg's first 83 French sentences translate its first 47 German ones). With the factor 1 alone,
     * text+berg de→fr with 15 % of its translation kept 0.027 strict F1 of that part, mac/dev zh→en with 15 % of the
     * original 0.399; with these, 0.642 and 0.545.
     */
    private static final double[] FEW_FACTORS = {0.5, 0.75, 1.0, 1.5};
    /** Fewer sentences on a side than this say too little about their ratios to choose among hypotheses. */
    static final int MIN_SENTENCES = 20;

    /** A first-pass path with the sum of its pairing beads' posteriors. */
    record Draft(List<ScoredBead> path, double expectedRight) {
    }

    /** Source sentences [sourceFrom, sourceTo) and target sentences [targetFrom, targetTo): a part taken to correspond. */
    record Core(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {

        /** The whole of both sides. */
        static Core whole(int sourceCount, int targetCount) {
            return new Core(0, sourceCount, 0, targetCount);
        }

        int sourceCount() {
            return sourceTo - sourceFrom;
        }

        int targetCount() {
            return targetTo - targetFrom;
        }
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
        long pairs = pairs(whole.path());
        if (pairs > 0 && whole.expectedRight() >= SURE * pairs) {
            return whole.path();
        }
        List<Core> hypotheses = hypotheses(pass.sourceCount(), pass.targetCount());
        List<Draft> drafts = new ArrayList<>();
        for (Core hypothesis : hypotheses) {
            drafts.add(pass.hypothesis(hypothesis, pass.centres(hypothesis)));
        }
        Integer[] order = new Integer[hypotheses.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(drafts.get(b).expectedRight(), drafts.get(a).expectedRight()));
        Draft best = whole;
        for (int k = 0; k < FINALISTS; k++) {
            BandCentres along = BandCentres.along(drafts.get(order[k]).path(), 1, 1, pass.sourceCount(),
                    pass.targetCount());
            Draft followed = pass.hypothesis(hypotheses.get(order[k]), along);
            if (followed.expectedRight() > best.expectedRight()) {
                best = followed;
            }
        }
        return best.path();
    }

    /**
     * The first and the last {@link #SHARES} of either side, against the whole other side; where one side has fewer
     * than {@link #FEW} times the other's sentences, also the first and the last parts of the longer side with about as
     * many sentences as the shorter has ({@link #FEW_FACTORS}; a translation of a chapter's first 40 sentences against
     * its 300).
     */
    static List<Core> hypotheses(int sourceCount, int targetCount) {
        List<Double> sourceShares = new ArrayList<>();
        List<Double> targetShares = new ArrayList<>();
        for (double share : SHARES) {
            sourceShares.add(share);
            targetShares.add(share);
        }
        for (double factor : FEW_FACTORS) {
            if (targetCount < FEW * sourceCount) {
                sourceShares.add(factor * targetCount / sourceCount);
            } else if (sourceCount < FEW * targetCount) {
                targetShares.add(factor * sourceCount / targetCount);
            }
        }
        List<Core> hypotheses = new ArrayList<>();
        for (boolean first : new boolean[] {true, false}) {
            for (double share : sourceShares) {
                int source = (int) Math.round(share * sourceCount);
                hypotheses.add(first ? new Core(0, source, 0, targetCount)
                        : new Core(sourceCount - source, sourceCount, 0, targetCount));
            }
            for (double share : targetShares) {
                int target = (int) Math.round(share * targetCount);
                hypotheses.add(first ? new Core(0, sourceCount, 0, target)
                        : new Core(0, sourceCount, targetCount - target, targetCount));
            }
        }
        return hypotheses;
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
     * The band centres of the hypothesis that {@code core} corresponds: straight along the rest of a side before it,
     * {@code centres} (over the core alone) placed on it, then straight on to the end of the longer side's rest.
     */
    static BandCentres placed(BandCentres centres, Core core, int sourceCount, int targetCount) {
        int[] low = new int[sourceCount + 1];
        int[] high = new int[sourceCount + 1];
        for (int i = 0; i <= sourceCount; i++) {
            if (i < core.sourceFrom()) {
                low[i] = i == 0 ? 0 : core.targetFrom();
                high[i] = core.targetFrom();
            } else if (i <= core.sourceTo()) {
                int k = i - core.sourceFrom();
                low[i] = i == 0 ? 0 : core.targetFrom() + centres.low()[k];
                high[i] = core.targetFrom() + centres.high()[k];
            } else {
                low[i] = core.targetTo();
                high[i] = core.targetTo();
            }
        }
        high[sourceCount] = targetCount;
        return new BandCentres(low, high);
    }

    /** The straight band centres of the hypothesis: to the core's start, its diagonal, then on to the end. */
    static BandCentres straight(Core core, int sourceCount, int targetCount) {
        List<ScoredBead> line = new ArrayList<>(3);
        if (core.sourceFrom() > 0 || core.targetFrom() > 0) {
            line.add(new ScoredBead(0, core.sourceFrom(), 0, core.targetFrom(), 0.0));
        }
        line.add(new ScoredBead(core.sourceFrom(), core.sourceTo(), core.targetFrom(), core.targetTo(), 0.0));
        if (core.sourceTo() < sourceCount || core.targetTo() < targetCount) {
            line.add(new ScoredBead(core.sourceTo(), sourceCount, core.targetTo(), targetCount, 0.0));
        }
        return BandCentres.along(line, 1, 1, sourceCount, targetCount);
    }
}
