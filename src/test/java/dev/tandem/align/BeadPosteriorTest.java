// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeadPosteriorTest {

    private static final List<BeadType> TYPES = List.of(
            BeadType.ofProbability(1, 1, 0.8),
            BeadType.ofProbability(1, 0, 0.01),
            BeadType.ofProbability(0, 1, 0.01),
            BeadType.ofProbability(1, 2, 0.1),
            BeadType.ofProbability(2, 2, 0.02));

    @Test
    void posteriorsOfAnUnambiguousPathAreNearOneAndOfAnAmbiguousOneLower() {
        // equal lengths: 1-1 beads are certain
        BeadScorer clear = (s0, s1, t0, t1) -> Math.abs((s1 - s0) - (t1 - t0)) * 5.0;
        // a path bead's cost is its prior plus its scorer cost, here 0
        double oneToOne = TYPES.get(0).cost();
        List<ScoredBead> path = List.of(new ScoredBead(0, 1, 0, 1, oneToOne), new ScoredBead(1, 2, 1, 2, oneToOne));
        Band band = Band.diagonal(2, 2, 2);
        double[] certain = new BeadPosterior(TYPES, 1.0).posteriors(band, 2, clear, path);
        for (double p : certain) {
            assertTrue(p > 0.9, "posterior " + p);
        }
        // no evidence at all: only the priors decide, so a 1-1 bead is far from certain
        BeadScorer none = (s0, s1, t0, t1) -> 0.0;
        double[] vague = new BeadPosterior(TYPES, 1.0).posteriors(band, 2, none, path);
        for (int k = 0; k < vague.length; k++) {
            assertTrue(vague[k] < certain[k], "less sure without evidence");
            assertTrue(vague[k] > 0.0 && vague[k] < 1.0);
        }
        // a higher temperature flattens
        double[] flat = new BeadPosterior(TYPES, 3.0).posteriors(band, 2, clear, path);
        assertTrue(flat[0] < certain[0]);
    }

    @Test
    void twoModelsAtOnceGiveEachModelsOwnPosteriors() {
        // a long document, so that the kept costs of the forward pass matter, with lengths and a second evidence
        int n = 40;
        BeadScorer lengths = (s0, s1, t0, t1) -> Math.abs((s1 - s0) - (t1 - t0)) * 2.0 + ((s0 * 7 + t1) % 5) * 0.1;
        BeadScorer words = (s0, s1, t0, t1) -> s1 - s0 == t1 - t0 ? -0.5 : ((s1 + t0) % 3) * 0.3;
        BeadScorer both = CompositeScorer.of(lengths, words);
        Band band = Band.diagonal(n, n, 4);
        List<ScoredBead> path = new BandedAligner(TYPES, 4, 1, 2.0).search(n, n, both).path();
        BeadPosterior posterior = new BeadPosterior(TYPES, 1.0);
        double[][] two = posterior.posteriors(band, n, lengths, words, path, null);
        assertArrayEquals(posterior.posteriors(band, n, both, path), two[0], 0.0, "the full model, bit for bit");
        List<ScoredBead> byLengths = path.stream().map(b -> new ScoredBead(b.sourceStart(), b.sourceEnd(),
                b.targetStart(), b.targetEnd(), TYPES.stream().filter(t -> t.source() == b.sourceEnd() - b.sourceStart()
                        && t.target() == b.targetEnd() - b.targetStart()).findFirst().orElseThrow().cost()
                        + lengths.cost(b.sourceStart(), b.sourceEnd(), b.targetStart(), b.targetEnd()))).toList();
        assertArrayEquals(posterior.posteriors(band, n, lengths, byLengths), two[1], 1e-12, "the base model");
    }

    @Test
    void agreementIsOneMinusTheGeometricMeanOfTheErrors() {
        double[] confidence = BeadPosterior.agreement(new double[] {0.99, 0.99, 0.5, 1.0}, new double[] {0.99, 0.64, 0.5, 0.0});
        assertArrayEquals(new double[] {0.99, 0.94, 0.5, 1.0}, confidence, 1e-12);
    }

    @Test
    void shouldCapBeadsOfRareShapesOnly() {
        List<ScoredBead> path = List.of(
                new ScoredBead(0, 1, 0, 1, 0),  // 1-1, prior 0.8
                new ScoredBead(1, 2, 1, 3, 0),  // 1-2, prior 0.1
                new ScoredBead(2, 4, 3, 5, 0),  // 2-2, prior 0.02: rare
                new ScoredBead(4, 4, 5, 6, 0),  // 0-1, prior 0.01: rare
                new ScoredBead(4, 5, 6, 6, 0)); // 1-0, rare, already below the cap
        double[] posteriors = {0.99, 0.98, 0.97, 0.96, 0.5};
        double[] capped = BeadPosterior.capRareShapes(posteriors, path, TYPES, 0.05, 0.85);
        assertArrayEquals(new double[] {0.99, 0.98, 0.85, 0.85, 0.5}, capped, 1e-12);
        assertEquals(0.97, posteriors[2], "the input is left alone");
        assertArrayEquals(posteriors, BeadPosterior.capRareShapes(posteriors, path, TYPES, 0.05, 1.0), 1e-12,
                "a cap of 1 changes nothing");
        assertArrayEquals(posteriors, BeadPosterior.capRareShapes(posteriors, path, TYPES, 0.0, 0.85), 1e-12,
                "no shape is rarer than probability 0");
    }

    @Test
    void alignerNeverGivesARareShapeMoreThanTheCap() {
        // one source sentence without a translation: a 1-0 bead, which the aligner must not call certain
        List<String> source = List.of("Der Hund schläft im Garten.", "Die Katze spielt mit dem Ball.",
                "Dieser Satz hat keine Übersetzung und ist ziemlich lang, damit er allein bleibt.", "Es regnet heute.");
        List<String> target = List.of("Le chien dort dans le jardin.", "Le chat joue avec la balle.", "Il pleut aujourd'hui.");
        AlignerSettings settings = AlignerSettings.defaults();
        for (Bead bead : new SentenceAligner(settings).align(SideText.of("de", source), SideText.of("fr", target))) {
            boolean oneToOne = bead.sourceEnd() - bead.sourceStart() == 1 && bead.targetEnd() - bead.targetStart() == 1;
            if (!oneToOne && (bead.sourceEnd() == bead.sourceStart() || bead.targetEnd() == bead.targetStart())) {
                assertTrue(bead.confidence() <= settings.rareShapeConfidence(), bead.toString());
            }
        }
    }
    /** A scorer with some evidence and much noise, so that the most probable path and the best beads differ. */
    private static BeadScorer noisy(long seed) {
        java.util.Random random = new java.util.Random(seed);
        double[] noise = new double[4096];
        for (int k = 0; k < noise.length; k++) {
            noise[k] = 3.0 * random.nextDouble();
        }
        return (s0, s1, t0, t1) -> Math.abs((s1 - s0) - (t1 - t0)) * 0.7
                + noise[Math.floorMod(s0 * 31 + s1 * 17 + t0 * 7 + t1, noise.length)];
    }

    private static List<List<Integer>> ranges(List<ScoredBead> path) {
        return path.stream().map(b -> List.of(b.sourceStart(), b.sourceEnd(), b.targetStart(), b.targetEnd())).toList();
    }

    /** Σ (posterior − gain) over the beads of {@code path}, the decoder's objective. */
    private static double expectedRightLessGain(BeadPosterior posterior, Band band, int n, BeadScorer scorer,
                                               List<ScoredBead> path, double gain) {
        double sum = 0.0;
        for (double p : posterior.posteriors(band, n, scorer, path)) {
            sum += p - gain;
        }
        return sum;
    }

    @Test
    void mostExpectedRightCoversEverySentenceOnceInOrderWithSearchCosts() {
        int n = 30;
        BeadScorer scorer = noisy(7);
        Band band = Band.diagonal(n, n, 4);
        BeadPosterior posterior = new BeadPosterior(TYPES, 1.0);
        List<ScoredBead> viterbi = new BandedAligner(TYPES, 4, 1, 2.0).search(n, n, scorer).path();
        List<ScoredBead> decoded = posterior.mostExpectedRight(band, n, scorer, 0.3, viterbi, null);
        int source = 0;
        int target = 0;
        for (ScoredBead bead : decoded) {
            assertEquals(source, bead.sourceStart());
            assertEquals(target, bead.targetStart());
            source = bead.sourceEnd();
            target = bead.targetEnd();
            double prior = TYPES.stream().filter(t -> t.source() == bead.sourceEnd() - bead.sourceStart()
                    && t.target() == bead.targetEnd() - bead.targetStart()).findFirst().orElseThrow().cost();
            assertEquals(prior + scorer.cost(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd()),
                    bead.cost(), 1e-12, "a bead costs its prior plus its scorer cost");
        }
        assertEquals(n, source);
        assertEquals(n, target);
    }

    @Test
    void mostExpectedRightHasTheMostExpectedRightBeadsLessTheGain() {
        int n = 40;
        Band band = Band.diagonal(n, n, 4);
        BeadPosterior posterior = new BeadPosterior(TYPES, 1.0);
        int differing = 0;
        for (long seed = 1; seed <= 20; seed++) {
            BeadScorer scorer = noisy(seed);
            List<ScoredBead> viterbi = new BandedAligner(TYPES, 4, 1, 2.0).search(n, n, scorer).path();
            for (double gain : new double[] {0.0, 0.3, 0.5}) {
                List<ScoredBead> decoded = posterior.mostExpectedRight(band, n, scorer, gain, viterbi, null);
                assertTrue(expectedRightLessGain(posterior, band, n, scorer, decoded, gain)
                        >= expectedRightLessGain(posterior, band, n, scorer, viterbi, gain) - 1e-9,
                        "no worse than the most probable path, seed " + seed + ", gain " + gain);
                differing += ranges(decoded).equals(ranges(viterbi)) ? 0 : 1;
            }
        }
        assertTrue(differing > 0, "on noisy evidence the best beads are not always the most probable path");
    }

    @Test
    void mostExpectedRightKeepsAClearPath() {
        BeadScorer clear = (s0, s1, t0, t1) -> Math.abs((s1 - s0) - (t1 - t0)) * 5.0;
        int n = 12;
        Band band = Band.diagonal(n, n, 3);
        List<ScoredBead> viterbi = new BandedAligner(TYPES, 3, 1, 2.0).search(n, n, clear).path();
        assertEquals(ranges(viterbi), ranges(new BeadPosterior(TYPES, 1.0).mostExpectedRight(band, n, clear, 0.3, viterbi,
                null)));
        assertEquals(n, viterbi.size(), "1-1 beads throughout");
    }
}
