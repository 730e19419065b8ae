// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-translation lexicon learned from the document itself, used so that it adds evidence
 * rather than echoing the first pass.
 *
 * <ol>
 *   <li>Cut the first-pass path into {@value #FOLDS} consecutive folds of beads.</li>
 *   <li>For every fold, learn {@link WordLinks} from the beads of the <em>other</em> folds. A
 *       lexicon learned from a stretch would only confirm that stretch's first-pass beads, right or
 *       wrong; one learned elsewhere judges it independently.</li>
 *   <li>Estimate from the first-pass path how often a linkable word finds its translation in a
 *       bead ({@code p₁}) and by accident in the bead two further on ({@code q} per word of the
 *       other side), and give up when the lexicon does not tell these apart.</li>
 * </ol>
 * An external lexicon (from confirmed pairs of a project) is merged into every fold's.
 */
final class FoldLexicon {

    static final int FOLDS = 5;
    /** Units per fold to learn from at most, to bound time and memory on very long documents. */
    static final int MAX_UNITS = 20_000;
    /** The accidental-coverage rate is measured between a bead's source and this-many-beads-later target. */
    private static final int SHIFT = 2;
    /** A lexicon whose right beads are covered less than this many times as often as shifted ones is noise. */
    private static final double MIN_SEPARATION = 1.5;

    private FoldLexicon() {
    }

    /**
     * The lexicon cost for realigning near {@code path}, or null when the lexicon carries no signal; tells
     * {@code meter} after each fold (the folds and the fit are the parts of its stage).
     */
    static LexiconScorer build(List<ScoredBead> path, int[][] source, int[][] target, int sourceVocabulary,
                               int targetVocabulary, WordLinks external, double weight, ProgressMeter meter) {
        List<ScoredBead> paired = path.stream().filter(ScoredBead::pairs).toList();
        int[] sourceFold = new int[source.length];
        int[] targetFold = new int[target.length];
        int[] beadFold = new int[path.size()];
        for (int b = 0; b < path.size(); b++) {
            ScoredBead bead = path.get(b);
            beadFold[b] = (int) ((long) b * FOLDS / path.size());
            for (int i = bead.sourceStart(); i < bead.sourceEnd(); i++) {
                sourceFold[i] = beadFold[b];
            }
            for (int j = bead.targetStart(); j < bead.targetEnd(); j++) {
                targetFold[j] = beadFold[b];
            }
        }
        WordLinks[] lexicons = new WordLinks[FOLDS];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<int[]> sourceUnits = new ArrayList<>();
            List<int[]> targetUnits = new ArrayList<>();
            int others = 0;
            for (int b = 0; b < path.size(); b++) {
                others += beadFold[b] != fold ? 1 : 0;
            }
            int stride = Math.max(1, (others + MAX_UNITS - 1) / MAX_UNITS);
            int seen = 0;
            for (int b = 0; b < path.size(); b++) {
                ScoredBead bead = path.get(b);
                if (beadFold[b] == fold || !bead.pairs() || seen++ % stride != 0) {
                    continue;
                }
                sourceUnits.add(concat(source, bead.sourceStart(), bead.sourceEnd()));
                targetUnits.add(concat(target, bead.targetStart(), bead.targetEnd()));
            }
            WordLinks learned = WordLinks.learn(sourceUnits, targetUnits, sourceVocabulary, targetVocabulary);
            lexicons[fold] = external == null ? learned : learned.merge(external);
            meter.part(fold + 1, FOLDS + 1);
        }
        return fitted(new LexiconScorer(source, target, sourceFold, targetFold, lexicons), paired, weight);
    }

    /**
     * The cost of an external lexicon alone (the same links everywhere: it never saw this document), with its
     * own p₁ and q, or null when it carries no signal.
     */
    static LexiconScorer external(List<ScoredBead> path, int[][] source, int[][] target, WordLinks external,
                                  double weight) {
        List<ScoredBead> paired = path.stream().filter(ScoredBead::pairs).toList();
        return fitted(new LexiconScorer(source, target, new int[source.length], new int[target.length],
                new WordLinks[] {external}), paired, weight);
    }

    /** {@code scorer} with p₁ and q measured on the first-pass beads {@code paired}, or null without signal. */
    private static LexiconScorer fitted(LexiconScorer scorer, List<ScoredBead> paired, double weight) {
        long rightLinkable = 0;
        long rightCovered = 0;
        long shiftedCovered = 0;
        double shiftedOpportunities = 0;
        for (int b = 0; b < paired.size(); b++) {
            ScoredBead bead = paired.get(b);
            int[] right = scorer.coverage(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd());
            rightLinkable += right[0];
            rightCovered += right[1];
            if (b + SHIFT < paired.size()) {
                ScoredBead later = paired.get(b + SHIFT);
                int[] shifted = scorer.coverage(bead.sourceStart(), bead.sourceEnd(), later.targetStart(), later.targetEnd());
                shiftedCovered += shifted[1];
                double otherWords = 0.5 * (scorer.sourceWords(bead.sourceStart(), bead.sourceEnd())
                        + scorer.targetWords(later.targetStart(), later.targetEnd()));
                shiftedOpportunities += shifted[0] * Math.max(1.0, otherWords);
            }
        }
        if (rightLinkable == 0 || shiftedOpportunities == 0) {
            return null;
        }
        double coveredInRight = Math.min(0.95, (double) rightCovered / rightLinkable);
        // one accidental cover smoothed in, so a lexicon that never fires by accident is not trusted infinitely
        double accidentalPerWord = (shiftedCovered + 1.0) / shiftedOpportunities;
        double meanWords = 0;
        for (ScoredBead bead : paired) {
            meanWords += 0.5 * (scorer.sourceWords(bead.sourceStart(), bead.sourceEnd())
                    + scorer.targetWords(bead.targetStart(), bead.targetEnd())) / paired.size();
        }
        double typicalAccidental = 1.0 - Math.pow(1.0 - accidentalPerWord, meanWords);
        if (coveredInRight < MIN_SEPARATION * typicalAccidental) {
            return null;
        }
        return scorer.withModel(coveredInRight, accidentalPerWord, weight);
    }

    private static int[] concat(int[][] sentences, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            length += sentences[i].length;
        }
        int[] words = new int[length];
        int p = 0;
        for (int i = from; i < to; i++) {
            System.arraycopy(sentences[i], 0, words, p, sentences[i].length);
            p += sentences[i].length;
        }
        return words;
    }
}
