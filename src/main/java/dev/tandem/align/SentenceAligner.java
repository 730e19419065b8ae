// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Aligns the sentences of a source and a target text, language independently.
 *
 * <ol>
 *   <li>Adapt the bead priors to the document's sentence-count ratio ({@link CountRatioPriors}).</li>
 *   <li>Cost each candidate bead by its Gale–Church length cost, normalised by the document's own
 *       length ratio ({@link LengthScorer}), plus paragraph-boundary agreement when both sides have
 *       paragraphs ({@link ParagraphScorer}).</li>
 *   <li>Find the cheapest path with the banded, self-widening Viterbi search ({@link BandedAligner}),
 *       in a band centred on a coarse alignment of sentence blocks for long documents
 *       ({@link CoarseGuide}).</li>
 *   <li>Runs of unpaired sentences at either end of a side (a translator's preface, an original's front matter or
 *       the untranslated rest of a partial original) cost little per sentence ({@link BorderRuns}), so that the
 *       first pass leaves them out instead of stretching beads over them; the part between them sets the priors'
 *       sentence-count ratio and the length ratio of the next passes. Where a side lacks a quarter or a half (an
 *       unfinished translation), the totals' ratios are too far off for the first pass to find such a run, so it also
 *       runs under the ratios of the first part of either side, keeping the path with the most expected right pairs
 *       ({@link CoreHypotheses}).</li>
 *   <li>A run of unpaired sentences inside a side (a passage the translator left out) is a bead of its own, whose
 *       sentences after the first cost little each ({@link GapRuns}), instead of a run of 1-0 beads at the full prior
 *       each; runs are split into one bead per sentence before they are returned.</li>
 *   <li>Re-estimate the length variance {@code s²} robustly from that path, widen it by
 *       {@link AlignerSettings#varianceScale()} (translation length differences are heavier-tailed
 *       than a normal distribution, so the core spread understates them), and search again in a
 *       band around the first path.</li>
 *   <li>With an outside {@link Lexicon} (a project's confirmed pairs and dictionaries), search again with its
 *       word-translation evidence added ({@link LexiconScorer}, p₁ and q fitted on the path so far), and its
 *       Model 1 translation probabilities when it was learned from pairs ({@link TranslationScorer}, λ fitted
 *       likewise), in a narrow band ({@link #REFINE_RADIUS}) around the path so far.</li>
 *   <li>Learn the document's own lexicon fold by fold from that path ({@link FoldLexicon}) and realign around
 *       it with both lexicons' evidence, in the initial band (the narrow one after an outside lexicon).</li>
 *   <li>Decode the final path by the beads' own posterior probabilities under that model, from forward–backward in a
 *       narrow band around the path so far: the path with the most expected exactly-right beads, each bead above
 *       {@link #DECODING_GAIN} ({@link BeadPosterior#mostExpectedRight}), since strict F1 counts beads, not paths.</li>
 *   <li>Attach to every bead its posterior probability from forward–backward in that band ({@link BeadPosterior}) as
 *       confidence, capped at {@link AlignerSettings#rareShapeConfidence()}
 *       for beads of rare shapes. With an outside lexicon the document's own lexicon repeats much of its evidence
 *       (it was learned from the path the outside one chose), so the confidence is the agreement of the posteriors
 *       with and without the own lexicon ({@link BeadPosterior#agreement}), both from one forward–backward pass.</li>
 * </ol>
 * Time and memory are linear in the number of sentences for a fixed band radius. Instances are
 * immutable, thread-safe and reentrant.
 *
 * @see "Gale &amp; Church, A Program for Aligning Sentences in Bilingual Corpora, CL 19(1), 1993"
 */
public final class SentenceAligner {

    /** Fewer beads than this make a variance estimate too noisy; keep the configured one. */
    private static final int MIN_BEADS_FOR_VARIANCE = 20;
    /**
     * The estimated length variance is never below this share of the configured one. Where every sentence pair has
     * the same lengths (lists, tables, generated text) the median spread is about 0, and any length difference,
     * even one digit, would then cost more than leaving two sentences unpaired. Real translations stay well above
     * it: the lowest estimate (scaled) on the development sets is 0.59 of the configured Gale–Church variance.
     */
    static final double MIN_VARIANCE_SHARE = 0.25;
    /** Weight of the translation-probability evidence of an outside lexicon, relative to the lexicon weight. */
    static final double TRANSLATION_WEIGHT = 3.0;
    /**
     * Weight of a dictionary's evidence, relative to the lexicon weight: its p₁ and q are measured on each document,
     * so it counts as much as it tells apart there (½ loses 0.005–0.007 on mac/dev, 1½ gains 0.01 alone but loses as
     * much beside the confirmed pairs' lexicon).
     */
    static final double DICTIONARY_WEIGHT = 1.0;
    /**
     * Half-width (at most the band radius) of the bands of the passes that only refine a path locally: the
     * outside-lexicon search (which still widens if its path presses on the band's edge), the fold-lexicon pass
     * after it, and forward–backward. The lexicon scorers cost far more per cell than the rest, so this is most
     * of the time of an alignment with an outside lexicon; on the development sets 12 gives the same beads and
     * reliability tables as the band radius 30 (mac/dev with a leave-one-out lexicon: the same confidences, bit for
     * bit), while a fold-lexicon pass right after the length-based search, which still moves beads further, needs
     * the full band (text+berg loses 0.002 F1 at 12).
     */
    static final int REFINE_RADIUS = 12;
    /**
     * The posterior a bead must beat to enter the final path ({@link BeadPosterior#mostExpectedRight}). Below ½, a
     * stretch the model is unsure of is cut into the smaller beads that each stand a chance rather than merged into
     * one bead that is surely not exactly right. On the development sets, against the most probable path, 0.3 gains
     * 0.003–0.005 strict F1 on 7 of 14 rows (mac/dev without and with CC-CEDICT both ways, mac/dev with the confirmed
     * pairs and CC-CEDICT 0.865 → 0.870, text+berg de→fr without and fr→de with FreeDict), moves the others by 0.001
     * at most, but for mac/dev with the confirmed pairs alone (0.847 → 0.845); 0 loses on mac/dev (0.797, 0.765
     * en→zh), ½ on text+berg fr→de (0.894), ⅓ and 0.2 one text+berg row each (0.003–0.005). Half the expected F1 of
     * the path (the gain that maximises expected F1, by Dinkelbach's method) measured on each document, 0.28–0.45,
     * reached 0.867 with the confirmed pairs and lost 0.004 on text+berg with FreeDict.
     */
    static final double DECODING_GAIN = 0.3;

    private final AlignerSettings settings;

    public SentenceAligner(AlignerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Beads covering every sentence of both sides exactly once, in document order. Both sides empty
     * → empty list; one side empty → only 1-0 / 0-1 beads. Thread-safe.
     */
    public List<Bead> align(SideText source, SideText target) {
        return align(source, target, Lexicon.EMPTY);
    }

    /**
     * As {@link #align(SideText, SideText)}, with the word translations of {@code lexicon} added to
     * those the aligner learns from the document (used only when
     * {@link AlignerSettings#lexiconWeight()} is positive).
     */
    public List<Bead> align(SideText source, SideText target, Lexicon lexicon) {
        return align(source, target, lexicon, AlignmentProgress.NONE);
    }

    /**
     * As {@link #align(SideText, SideText, Lexicon)}, telling {@code progress} how far it is. The alignment stops
     * with a {@link java.util.concurrent.CancellationException} when {@code progress} throws one or the thread is
     * interrupted.
     */
    public List<Bead> align(SideText source, SideText target, Lexicon lexicon, AlignmentProgress progress) {
        return align(source, target, lexicon, progress, List.of(), List.of());
    }

    /**
     * As {@link #align(SideText, SideText, Lexicon)}, taking every bead of {@code kept} (pairings a reviewer
     * confirmed; they must not overlap) and never proposing a bead of {@code refused} (pairings a reviewer rejected)
     * unless nothing else is possible; their confidences are ignored.
     */
    public List<Bead> align(SideText source, SideText target, Lexicon lexicon, Collection<Bead> kept,
                            Collection<Bead> refused) {
        return align(source, target, lexicon, AlignmentProgress.NONE, kept, refused);
    }

    private List<Bead> align(SideText source, SideText target, Lexicon lexicon, AlignmentProgress progress,
                             Collection<Bead> kept, Collection<Bead> refused) {
        Objects.requireNonNull(lexicon, "lexicon");
        ProgressMeter meter = new ProgressMeter(Objects.requireNonNull(progress, "progress"));
        int sourceCount = source.size();
        int targetCount = target.size();
        if (sourceCount == 0 || targetCount == 0) {
            meter.done();
            return unpaired(sourceCount, targetCount);
        }
        boolean withOutside = settings.lexiconWeight() > 0.0
                && (!lexicon.translations().isEmpty() || !lexicon.dictionary().isEmpty());
        Stages stages = new Stages(settings.lexiconWeight() > 0.0, withOutside);
        List<BeadType> priors = CountRatioPriors.of(settings, sourceCount, targetCount);
        int refineRadius = Math.min(settings.bandRadius(), REFINE_RADIUS);
        int[] sourceLengths = LengthScorer.codePointLengths(source.sentences());
        int[] targetLengths = LengthScorer.codePointLengths(target.sentences());
        BeadScorer fixed = CompositeScorer.of(anchorScorer(source, target), RefusedBeads.of(refused),
                KeptBeads.of(kept, sourceCount, targetCount));
        BeadScorer anchors = CompositeScorer.of(fixed, BorderRuns.of(priors, sourceCount, targetCount));
        ParagraphScorer paragraphs = paragraphScorer(source, target);

        stages.next(meter);
        FirstPass firstPass = new FirstPass(settings, sourceLengths, targetLengths, fixed, paragraphs);
        BandCentres centres = firstPass.centres(CoreHypotheses.Core.whole(sourceCount, targetCount));
        LengthScorer length = new LengthScorer(sourceLengths, targetLengths, settings.lengthVariance());
        if (settings.estimateVariance()) {
            // the first pass only needs to be roughly right: it sets s² and places the band of the second
            // (and tells how far the two sides' paragraphs correspond: ParagraphScorer.weighedBy); it widens its band
            // where its path presses on an edge, as a run at a side's start longer than the band's radius makes it
            // (under the totals' ratios, and where one side may hold much more than the other has a counterpart for,
            // under ratios of its first part: CoreHypotheses)
            CoreHypotheses.Draft whole = firstPass.whole(centres, meter);
            List<ScoredBead> draft = CoreHypotheses.worthwhile(sourceCount, targetCount)
                    ? CoreHypotheses.best(firstPass, whole) : whole.path();
            if (paragraphs != null) {
                paragraphs = paragraphs.weighedBy(draft);
            }
            // the sentence-count and length ratios of the part that has a counterpart, not of sides that hold a
            // preface or a part more (BorderRuns)
            int[] core = BorderRuns.core(draft, sourceCount, targetCount);
            priors = CountRatioPriors.of(settings, core[1] - core[0], core[3] - core[2]);
            anchors = CompositeScorer.of(fixed, BorderRuns.of(priors, sourceCount, targetCount));
            LengthScorer coreLength = new LengthScorer(sourceLengths, targetLengths, settings.lengthVariance(),
                    core[0], core[1], core[2], core[3]);
            double estimate = coreLength.estimateVariance(draft, MIN_BEADS_FOR_VARIANCE, Double.NaN);
            double variance = Double.isNaN(estimate) ? settings.lengthVariance()
                    : Math.max(settings.varianceScale() * estimate, MIN_VARIANCE_SHARE * settings.lengthVariance());
            length = new LengthScorer(sourceLengths, targetLengths, variance, core[0], core[1], core[2], core[3]);
            centres = BandCentres.along(draft, 1, 1, sourceCount, targetCount);
        }
        // a passage one side leaves out is found by the search in the wide band, where a run costs little a sentence;
        // the narrow passes and forward–backward, whose lexicons charge pairs only, charge more for it (GapRuns)
        BandedAligner search = new BandedAligner(GapRuns.added(priors, GapRuns.WIDE_EXTEND), settings.bandRadius(),
                settings.bandMargin(), settings.bandGrowth(), meter);
        List<BeadType> types = GapRuns.added(priors, GapRuns.NARROW_EXTEND);
        BandedAligner refine = new BandedAligner(types, refineRadius, settings.bandMargin(), settings.bandGrowth(),
                meter);
        BeadScorer evidence = CompositeScorer.of(paragraphs, anchors);
        // the search, the lexicon search and forward–backward ask for the same length pairs over and over
        BeadScorer lengthCost = length.memoized();
        BeadScorer scorer = CompositeScorer.of(lengthCost, evidence);
        stages.next(meter);
        List<ScoredBead> path = search.search(centres, targetCount, scorer).path();
        Vocabulary sourceWords = new Vocabulary();
        Vocabulary targetWords = new Vocabulary();
        int[][] sourceIds = null;
        int[][] targetIds = null;
        BeadScorer outside = null;
        List<LexiconScorer> outsideLinks = new ArrayList<>(2);
        if (settings.lexiconWeight() > 0.0) {
            stages.next(meter);
            sourceIds = sourceWords.encode(source.sentences(), new WordTokenizer(source.language()));
            meter.part(1, 2);
            targetIds = targetWords.encode(target.sentences(), new WordTokenizer(target.language()));
        }
        if (withOutside) {
            stages.next(meter);
            // an outside lexicon (a project's confirmed pairs, dictionaries) never saw this document: search
            // with it right away, so that the document's own lexicon is learned from a better path
            LexiconScorer links = lexicon.translations().isEmpty() ? null : FoldLexicon.external(path, sourceIds,
                    targetIds, lexicon.links(sourceWords, targetWords), settings.lexiconWeight());
            outside = links;
            if (links != null) {
                outsideLinks.add(links);
            }
            if (!lexicon.dictionary().isEmpty()) {
                // the dictionary's terms are found by its own headwords, and weighed on this document by themselves
                TermLinks.DocumentTerms found = lexicon.dictionary().inDocument(source.sentences(), target.sentences());
                LexiconScorer terms = FoldLexicon.external(path, found.source(), found.target(), found.links(),
                        DICTIONARY_WEIGHT * settings.lexiconWeight());
                outside = CompositeScorer.of(outside, terms);
                if (terms != null) {
                    // null when the dictionary tells this document's beads apart no better than chance
                    outsideLinks.add(terms);
                }
            }
            if (!lexicon.probabilities().isEmpty()) {
                // the probabilities the lexicon was learned with, beside its yes/no coverage (Moore 2002)
                TranslationScorer translation = TranslationScorer.fitted(new TranslationScorer(sourceIds, targetIds,
                        sourceWords, targetWords, lexicon.probabilities()), path,
                        TRANSLATION_WEIGHT * settings.lexiconWeight());
                outside = CompositeScorer.of(outside, translation);
            }
            if (outside != null) {
                BandCentres along = BandCentres.along(path, 1, 1, sourceCount, targetCount);
                path = refine.search(along, targetCount, CompositeScorer.of(lengthCost, evidence, outside)).path();
                scorer = CompositeScorer.of(lengthCost, evidence, outside);
            }
        }
        // with an outside lexicon, the scorer without the document's own lexicon, and that lexicon's cost
        BeadScorer withoutOwn = null;
        BeadScorer ownWords = null;
        if (settings.lexiconWeight() > 0.0) {
            // the document's own lexicon, fold by fold, with its own p₁ and q beside the outside one's
            stages.next(meter);
            BeadScorer words = FoldLexicon.build(path, sourceIds, targetIds, sourceWords.size(),
                    targetWords.size(), null, settings.lexiconWeight(), meter);
            stages.next(meter);
            if (words != null) {
                if (outside != null) {
                    withoutOwn = scorer;
                    ownWords = words;
                }
                scorer = CompositeScorer.of(lengthCost, evidence, outside, words);
                // one search around the path so far, without widening: the lexicon refines beads locally, and
                // the widening searches cost more than all the rest; in the initial band after the length-based
                // search, in the narrow one after the outside lexicon's
                BandedAligner pass = outside != null ? refine : search;
                BandCentres along = BandCentres.along(path, 1, 1, sourceCount, targetCount);
                path = pass.draft(along, targetCount, scorer);
            }
        }
        // a narrow band around the final path holds nearly all the posterior mass
        Band near = Band.around(BandCentres.along(path, 1, 1, sourceCount, targetCount), targetCount,
                refineRadius);
        stages.next(meter);
        BeadPosterior posteriors = new BeadPosterior(types, settings.confidenceTemperature());
        // the beads most likely right each, rather than the most likely path as a whole
        path = posteriors.mostExpectedRight(near, targetCount, scorer, DECODING_GAIN, path, meter);
        double[] posterior;
        if (withoutOwn != null) {
            // the document's own lexicon was learned from the path the outside lexicon chose, and repeats much of its
            // evidence: counted twice, it made the posterior overconfident (mac/dev with the confirmed pairs' lexicon
            // and CC-CEDICT: 96.8 % of the pairs at ≥ 0.9 right); the two models' agreement is the confidence
            double[][] both = posteriors.posteriors(near, targetCount, withoutOwn, ownWords, path, meter);
            posterior = BeadPosterior.agreement(both[0], both[1]);
            // only where the outside lexicon linked words of the bead is its evidence repeated; elsewhere (most beads
            // under a glossary of a few names) the full posterior stands: taking the agreement everywhere, 7 correct
            // names cut mac/dev's pairs at ≥ 0.9 from 32.1 % to 28.1 %
            for (int k = 0; k < posterior.length; k++) {
                if (!linked(outsideLinks, path.get(k))) {
                    posterior[k] = both[0][k];
                }
            }
        } else {
            posterior = posteriors.posteriors(near, targetCount, scorer, path, meter);
        }
        double[] confidence = BeadPosterior.capRareShapes(posterior, path, types, settings.rareShapePrior(),
                settings.rareShapeConfidence());
        List<Bead> beads = new ArrayList<>(path.size());
        for (int k = 0; k < confidence.length; k++) {
            beads.add(path.get(k).withConfidence(confidence[k]));
        }
        meter.done();
        return List.copyOf(GapRuns.split(beads));
    }

    /** Whether any of {@code scorers} covers a word of {@code bead} with a link to a word on its other side. */
    private static boolean linked(List<LexiconScorer> scorers, ScoredBead bead) {
        for (LexiconScorer scorer : scorers) {
            if (scorer.coverage(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd())[1] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The passes of an alignment in order, each with its share of the time: measured on the development sets and a
     * 20,000-sentence document, so that a progress bar moves at a roughly even pace.
     */
    private static final class Stages {
        private final double[] ends;
        private int next;

        Stages(boolean withLexicon, boolean withOutsideLexicon) {
            // draft, search, [word ids, [outside lexicon], learning the fold lexicons, their search], forward–backward;
            // learning is bounded (FoldLexicon.MAX_UNITS a fold), so its share is that of a 100,000-sentence import
            ends = !withLexicon ? new double[] {0.4, 0.8, 1.0}
                    : withOutsideLexicon ? new double[] {0.1, 0.25, 0.3, 0.45, 0.7, 0.85, 1.0}
                    : new double[] {0.15, 0.35, 0.4, 0.65, 0.8, 1.0};
        }

        void next(ProgressMeter meter) {
            double start = next == 0 ? 0.0 : ends[next - 1];
            meter.stage(start, ends[next]);
            next++;
        }
    }

    private ParagraphScorer paragraphScorer(SideText source, SideText target) {
        int[] sourceParagraphs = source.paragraphs();
        int[] targetParagraphs = target.paragraphs();
        if (sourceParagraphs == null || targetParagraphs == null) {
            return null;
        }
        return new ParagraphScorer(sourceParagraphs, targetParagraphs,
                settings.paragraphCrossingCost(), settings.paragraphMismatchCost());
    }

    /** Numbers, punctuation and shared words; null when all their costs are 0. */
    private BeadScorer anchorScorer(SideText source, SideText target) {
        AlignerSettings.AnchorCosts costs = settings.anchorCosts();
        List<BeadScorer> parts = new ArrayList<>();
        if (costs.unmatchedNumber() > 0.0) {
            parts.add(new NumberScorer(source.sentences(), source.language(), target.sentences(), target.language(),
                    costs.unmatchedNumber()));
        }
        if (costs.punctuationMismatch() > 0.0) {
            parts.add(new PunctuationScorer(source.sentences(), target.sentences(), costs.punctuationMismatch()));
        }
        if (costs.unmatchedSharedToken() > 0.0) {
            parts.add(new SharedTokenScorer(source.sentences(), target.sentences(), costs.unmatchedSharedToken()));
        }
        int sourceScript = Transliteration.mainScript(source.sentences());
        int targetScript = Transliteration.mainScript(target.sentences());
        if (costs.unmatchedName() > 0.0 && sourceScript != targetScript) {
            parts.add(new NameScorer(source.sentences(), target.sentences(), costs.unmatchedName()));
        }
        if (costs.unmatchedCognate() > 0.0 && Transliteration.isAlphabetic(sourceScript)
                && Transliteration.isAlphabetic(targetScript)) {
            parts.add(new CognateScorer(source.sentences(), target.sentences(), costs.unmatchedCognate()));
        }
        return CompositeScorer.of(parts.toArray(BeadScorer[]::new));
    }

    /** With one side empty there is nothing to choose: every sentence is unpaired, certainly. */
    private static List<Bead> unpaired(int sourceCount, int targetCount) {
        List<Bead> beads = new ArrayList<>(sourceCount + targetCount);
        for (int i = 0; i < sourceCount; i++) {
            beads.add(new Bead(i, i + 1, 0, 0, 1.0));
        }
        for (int j = 0; j < targetCount; j++) {
            beads.add(new Bead(0, 0, j, j + 1, 1.0));
        }
        return List.copyOf(beads);
    }
}
