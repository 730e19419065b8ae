// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.Arrays;
import java.util.List;

/**
 * The aligner's length-based first pass over one document: Gale–Church length costs, paragraph hints, the reviewer's
 * kept and refused beads, unpaired runs at a side's ends ({@link BorderRuns}) and inside it ({@link GapRuns}), with
 * the bead priors and length ratio of the part of the document taken to have a counterpart: the whole document, or a
 * {@link CoreHypotheses hypothesis}.
 */
final class FirstPass {

    private final AlignerSettings settings;
    private final int[] sourceLengths;
    private final int[] targetLengths;
    private final BeadScorer fixed;
    private final ParagraphScorer paragraphs;

    /**
     * @param fixed      the content anchors (numbers, names, shared tokens, punctuation), kept and refused beads (may
     *                   be null)
     * @param paragraphs the paragraph hints (null without paragraphs)
     */
    FirstPass(AlignerSettings settings, int[] sourceLengths, int[] targetLengths, BeadScorer fixed,
              ParagraphScorer paragraphs) {
        this.settings = settings;
        this.sourceLengths = sourceLengths;
        this.targetLengths = targetLengths;
        this.fixed = fixed;
        this.paragraphs = paragraphs;
    }

    int sourceCount() {
        return sourceLengths.length;
    }

    int targetCount() {
        return targetLengths.length;
    }

    /**
     * The whole document's pass, in a band along {@code centres} that widens where the path presses on its edge,
     * reporting to {@code meter}.
     */
    CoreHypotheses.Draft whole(BandCentres centres, ProgressMeter meter) {
        Model model = model(CoreHypotheses.Core.whole(sourceCount(), targetCount()));
        BandedAligner first = new BandedAligner(model.types, settings.bandRadius(), settings.bandMargin(),
                settings.bandGrowth(), meter);
        List<ScoredBead> path = first.search(centres, targetCount(), model.scorer(fixed)).path();
        return new CoreHypotheses.Draft(path, CoreHypotheses.worthwhile(sourceCount(), targetCount())
                ? expectedRight(model, path) : Double.NaN);
    }

    /**
     * The pass under the bead priors and length ratio of {@code core}, the rest of either side a border run, in a band
     * along {@code centres}; the band does not widen.
     */
    CoreHypotheses.Draft hypothesis(CoreHypotheses.Core core, BandCentres centres) {
        Model model = model(core);
        BandedAligner first = new BandedAligner(model.types, settings.bandRadius(), settings.bandMargin(),
                settings.bandGrowth(), null);
        List<ScoredBead> path = first.draft(centres, targetCount(), model.scorer(fixed));
        return new CoreHypotheses.Draft(path, expectedRight(model, path));
    }

    /**
     * The first pass's band centres for {@code core}, the part taken to have a counterpart: a coarse alignment of its
     * blocks where it is long, its diagonal else, placed between straight runs over the rest of either side.
     */
    BandCentres centres(CoreHypotheses.Core core) {
        int sourceCount = sourceCount();
        int targetCount = targetCount();
        boolean whole = core.equals(CoreHypotheses.Core.whole(sourceCount, targetCount));
        if (!CoarseGuide.worthwhile(core.sourceCount(), core.targetCount(), settings.bandRadius())) {
            return whole ? BandCentres.diagonal(sourceCount, targetCount)
                    : CoreHypotheses.straight(core, sourceCount, targetCount);
        }
        BandCentres guide = CoarseGuide.centres(Arrays.copyOfRange(sourceLengths, core.sourceFrom(), core.sourceTo()),
                Arrays.copyOfRange(targetLengths, core.targetFrom(), core.targetTo()), settings.beadTypes(),
                settings.countRatioStrength(), settings.lengthVariance(), settings.bandRadius(), settings.bandMargin(),
                settings.bandGrowth());
        return whole ? guide : CoreHypotheses.placed(guide, core, sourceCount, targetCount);
    }

    /** Sum of the posteriors of the pairing beads of {@code path} under {@code model}. */
    private double expectedRight(Model model, List<ScoredBead> path) {
        Band near = Band.around(BandCentres.along(path, 1, 1, sourceCount(), targetCount()), targetCount(),
                Math.min(settings.bandRadius(), SentenceAligner.REFINE_RADIUS));
        double[] posteriors = new BeadPosterior(model.types, settings.confidenceTemperature())
                .posteriors(near, targetCount(), model.scorer(fixed), path);
        return CoreHypotheses.expectedRight(path, posteriors);
    }

    private Model model(CoreHypotheses.Core core) {
        List<BeadType> types = GapRuns.added(CountRatioPriors.of(settings, core.sourceCount(), core.targetCount()),
                GapRuns.WIDE_EXTEND);
        LengthScorer length = new LengthScorer(sourceLengths, targetLengths, settings.lengthVariance(),
                core.sourceFrom(), core.sourceTo(), core.targetFrom(), core.targetTo());
        return new Model(types, length.memoized(), paragraphs, BorderRuns.of(types, sourceCount(), targetCount()));
    }

    /** Bead priors, length costs, paragraph hints and border runs under one hypothesis. */
    private record Model(List<BeadType> types, BeadScorer length, BeadScorer paragraphs, BeadScorer borderRuns) {
        /** The first pass's costs, with the anchors and reviewers' beads of {@code fixed} (may be null). */
        BeadScorer scorer(BeadScorer fixed) {
            return CompositeScorer.of(length, paragraphs, CompositeScorer.of(fixed, borderRuns));
        }
    }
}
