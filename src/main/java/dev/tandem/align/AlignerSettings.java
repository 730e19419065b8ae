// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.List;

/**
 * Tuning of {@link SentenceAligner}. All costs are −ln P in nats (lower is more likely).
 *
 * @param beadTypes            allowed bead shapes with base priors, in tie-breaking order; must
 *                             include 1-0 and 0-1
 * @param extraBeadTypes       shapes with base priors that are admitted only where the document's sentence-count
 *                             ratio makes them as likely as the rarest many-to-many shape of {@code beadTypes}
 *                             (see {@link CountRatioPriors}); none of them 1-0, 0-1 or a shape of {@code beadTypes}
 * @param countRatioStrength   in [0, 1]: how far the priors are tilted towards the document's
 *                             sentence-count ratio (see {@link CountRatioPriors}); 0 keeps them
 * @param bandRadius           initial half-width of the search band, in target sentences, ≥ 1
 * @param bandMargin           a path this close (cells) to a band edge triggers widening, ≥ 0
 * @param bandGrowth           radius multiplier per widening, &gt; 1
 * @param lengthVariance       Gale–Church {@code s²} per target code point, &gt; 0; the first pass uses it
 * @param estimateVariance     re-estimate {@code s²} from the first-pass path and align again
 * @param varianceScale        factor &gt; 0 applied to the estimated {@code s²}: the estimate is the
 *                             median spread of the first-pass beads, while real length differences
 *                             have heavy tails
 * @param paragraphCrossingCost cost per paragraph boundary inside a bead (either side), ≥ 0
 * @param paragraphMismatchCost cost of a bead ending at a paragraph end on one side only, ≥ 0
 * @param confidenceTemperature temperature τ &gt; 0 of the bead posteriors used as confidence
 * @param rareShapePrior       a bead shape whose prior, adapted to the document's sentence-count ratio, is below
 *                             this probability (in [0, 1]) is rare: 1-0, 0-1, 2-2, 2-3, 1-4 … in most documents
 * @param rareShapeConfidence  in [0, 1], the highest confidence a bead of a rare shape gets, whatever its
 *                             posterior: the length model knows least about these shapes, and noise (page
 *                             furniture, OCR debris, reordered sentences) ends up in them, so their posteriors
 *                             are overconfident; 1 switches the cap off
 * @param anchorCosts          costs of language-independent anchors (numbers, punctuation, shared words)
 *                             that a bead splits apart
 * @param lexiconWeight        ≥ 0, weight of the word-translation evidence of a lexicon learned from the
 *                             document itself, fold by fold ({@link FoldLexicon}), and of an external
 *                             {@link Lexicon}; 0 switches the lexicon pass off
 */
public record AlignerSettings(
        List<BeadType> beadTypes,
        List<BeadType> extraBeadTypes,
        double countRatioStrength,
        int bandRadius,
        int bandMargin,
        double bandGrowth,
        double lengthVariance,
        boolean estimateVariance,
        double varianceScale,
        double paragraphCrossingCost,
        double paragraphMismatchCost,
        double confidenceTemperature,
        double rareShapePrior,
        double rareShapeConfidence,
        AnchorCosts anchorCosts,
        double lexiconWeight) {

    /**
     * Costs in nats, each ≥ 0 (0 switches the anchor off), of evidence that a bead pairs the wrong
     * sentences. They are penalties, not rewards, because every anchor lies in exactly one bead of a
     * path: rewarding matches or penalising misses then ranks paths identically.
     *
     * @param unmatchedNumber      per number on one side without an equal number on the other ({@link NumberScorer})
     * @param punctuationMismatch  per difference in question, exclamation, colon and (half weight)
     *                             quotation marks between the sides ({@link PunctuationScorer})
     * @param unmatchedSharedToken per document-shared word without its partner ({@link SharedTokenScorer})
     * @param unmatchedName        per name without its transliterated partner, when the sides are written
     *                             in different scripts ({@link NameScorer})
     * @param unmatchedCognate     per cognate (shared 5-letter prefix) without its partner, when both
     *                             sides are alphabetic ({@link CognateScorer})
     */
    public record AnchorCosts(double unmatchedNumber, double punctuationMismatch, double unmatchedSharedToken,
                              double unmatchedName, double unmatchedCognate) {

        /** No anchors: length (and paragraphs) only. */
        public static final AnchorCosts NONE = new AnchorCosts(0.0, 0.0, 0.0, 0.0, 0.0);

        /** Numbers, punctuation and shared words only, without names and cognates. */
        public AnchorCosts(double unmatchedNumber, double punctuationMismatch, double unmatchedSharedToken) {
            this(unmatchedNumber, punctuationMismatch, unmatchedSharedToken, 0.0, 0.0);
        }

        public AnchorCosts {
            for (double cost : new double[] {unmatchedNumber, punctuationMismatch, unmatchedSharedToken,
                    unmatchedName, unmatchedCognate}) {
                if (!(cost >= 0.0) || Double.isInfinite(cost)) {
                    throw new IllegalArgumentException("anchor costs must be finite and ≥ 0");
                }
            }
        }
    }

    /**
     * Default base priors: symmetric in source and target (the count-ratio tilt supplies the
     * direction), with the many-to-many shapes that literary translation needs.
     */
    public static final List<BeadType> DEFAULT_BEAD_TYPES = List.of(
            BeadType.ofProbability(1, 1, 0.70),
            BeadType.ofProbability(1, 0, 0.003),
            BeadType.ofProbability(0, 1, 0.003),
            BeadType.ofProbability(1, 2, 0.08),
            BeadType.ofProbability(2, 1, 0.08),
            BeadType.ofProbability(2, 2, 0.02),
            BeadType.ofProbability(1, 3, 0.025),
            BeadType.ofProbability(3, 1, 0.025),
            BeadType.ofProbability(2, 3, 0.006),
            BeadType.ofProbability(3, 2, 0.006),
            BeadType.ofProbability(1, 4, 0.006),
            BeadType.ofProbability(4, 1, 0.006));

    /**
     * Shapes of a long sentence translated by many short ones (Chinese novels: 1-5 beads are 0.7 % of the gold), in
     * the documents whose counts call for them. With these priors 1-5 enters from about 1.25 target sentences per
     * source sentence; 2-4, whose ratio is that of 1-2, only in documents whose priors are tilted further. Higher
     * priors make the search merge beads that are right apart: at 0.003 mac/dev got 15 beads 2-4, 1 of them right.
     */
    public static final List<BeadType> DEFAULT_EXTRA_BEAD_TYPES = List.of(
            BeadType.ofProbability(1, 5, 0.001),
            BeadType.ofProbability(5, 1, 0.001),
            BeadType.ofProbability(2, 4, 0.001),
            BeadType.ofProbability(4, 2, 0.001));

    public AlignerSettings {
        beadTypes = BeadTypes.checked(beadTypes);
        extraBeadTypes = List.copyOf(extraBeadTypes);
        List<BeadType> all = new java.util.ArrayList<>(beadTypes);
        all.addAll(extraBeadTypes);
        BeadTypes.checked(all);
        if (extraBeadTypes.stream().anyMatch(BeadType::isNull)) {
            throw new IllegalArgumentException("extra bead types must pair sentences on both sides");
        }
        if (!(countRatioStrength >= 0.0 && countRatioStrength <= 1.0)) {
            throw new IllegalArgumentException("countRatioStrength must be in [0,1]");
        }
        if (bandRadius < 1 || bandMargin < 0 || !(bandGrowth > 1.0)) {
            throw new IllegalArgumentException("need bandRadius ≥ 1, bandMargin ≥ 0, bandGrowth > 1");
        }
        if (!(lengthVariance > 0.0) || Double.isInfinite(lengthVariance)) {
            throw new IllegalArgumentException("lengthVariance must be positive");
        }
        if (!(varianceScale > 0.0) || Double.isInfinite(varianceScale)) {
            throw new IllegalArgumentException("varianceScale must be positive");
        }
        if (!(paragraphCrossingCost >= 0.0) || !(paragraphMismatchCost >= 0.0)) {
            throw new IllegalArgumentException("paragraph costs must be ≥ 0");
        }
        if (!(confidenceTemperature > 0.0)) {
            throw new IllegalArgumentException("confidenceTemperature must be positive");
        }
        if (!(rareShapePrior >= 0.0 && rareShapePrior <= 1.0) || !(rareShapeConfidence >= 0.0 && rareShapeConfidence <= 1.0)) {
            throw new IllegalArgumentException("rareShapePrior and rareShapeConfidence must be in [0,1]");
        }
        java.util.Objects.requireNonNull(anchorCosts, "anchorCosts");
        if (!(lexiconWeight >= 0.0) || Double.isInfinite(lexiconWeight)) {
            throw new IllegalArgumentException("lexiconWeight must be finite and ≥ 0");
        }
    }

    /** Defaults tuned on the development sets (zh→en literary, de→fr, en→zh Bible). */
    public static AlignerSettings defaults() {
        return new AlignerSettings(DEFAULT_BEAD_TYPES, DEFAULT_EXTRA_BEAD_TYPES, 1.0, 30, 5, 2.0, 6.8, true, 4.0, 4.0, 3.0, 1.0, 0.03, 0.85,
                new AnchorCosts(2.0, 1.0, 2.0, 2.0, 1.0), 0.5);
    }
}
