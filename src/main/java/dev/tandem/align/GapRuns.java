// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Unpaired runs inside a text: a paragraph the translator left out, a passage added to the original. Each unpaired
 * sentence costs the full 1-0 (0-1) prior, so a run of thirty costs more than stretching the beads around it over the
 * run's sentences, and the aligner did that: mac/dev zh→en with the translation of a tenth of each chapter removed
 * paired 71 beads with sentences left without a counterpart (strict F1 of the rest 0.832 → 0.733), with a fifth removed
 * 208 (0.429). Here runs of {@link #LENGTHS} sentences are bead shapes of their own, costing one unpaired sentence's
 * prior and a fixed amount for each further sentence (an affine gap cost, as {@link BorderRuns} gives a run at a
 * text's edge); the search makes a longer run of several. They are split back into beads of one sentence each for
 * the caller.
 */
final class GapRuns {

    /**
     * Run lengths offered as shapes: with 4, 8 and 16 a run of up to 31 sentences is four beads or fewer. Adding 2 cost
     * mac/dev en→zh 0.006 on whole documents (two pairs given up for two cheap runs), adding 32 helped no measured gap.
     */
    private static final int[] LENGTHS = {4, 8, 16};

    /**
     * Cost in nats of each further sentence of a run in the first pass and the search in the wide band, where runs are
     * found: a quarter nat more than at a text's edge ({@link BorderRuns#EXTEND}). At the same price, 30 sentences of
     * another chapter before a translation were taken for stretched beads and a run inside the text (9 beads paired a
     * foreign sentence, {@code ForeignRunRegressionTest}); at 1.5 a fifth of a translation left out was found less
     * often (mac/dev zh→en 0.535 against 0.592 strict F1 of the rest).
     */
    static final double WIDE_EXTEND = 1.25;

    /**
     * Cost in nats of each further sentence of a run in the narrow passes after the search (an outside lexicon's, the
     * own lexicon's beside it) and in forward–backward. Their lexicon costs fall on pairs only, so a run over pairs whose
     * words the lexicon covers badly looks cheap there: at 1 nat the Bible en→zh with CC-CEDICT lost 0.007 strict F1;
     * at 2 no dev row falls.
     */
    static final double NARROW_EXTEND = 2.0;

    private GapRuns() {
    }

    /** {@code types} and the run shapes, each further sentence of a run costing {@code extend} nats. */
    static List<BeadType> added(List<BeadType> types, double extend) {
        double[] unpaired = BeadTypes.unpairedCosts(types);
        List<BeadType> all = new ArrayList<>(types.size() + 2 * LENGTHS.length);
        all.addAll(types);
        for (int length : LENGTHS) {
            all.add(new BeadType(length, 0, unpaired[0] + (length - 1) * extend));
            all.add(new BeadType(0, length, unpaired[1] + (length - 1) * extend));
        }
        return BeadTypes.checked(all);
    }

    /** {@code beads} with every run of unpaired sentences split into beads of one sentence, each of the run's confidence. */
    static List<Bead> split(List<Bead> beads) {
        List<Bead> split = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            if (bead.pairs() || bead.sourceCount() + bead.targetCount() == 1) {
                split.add(bead);
            } else if (bead.targetCount() == 0) {
                for (int i = bead.sourceStart(); i < bead.sourceEnd(); i++) {
                    split.add(new Bead(i, i + 1, bead.targetStart(), bead.targetStart(), bead.confidence()));
                }
            } else {
                for (int j = bead.targetStart(); j < bead.targetEnd(); j++) {
                    split.add(new Bead(bead.sourceStart(), bead.sourceStart(), j, j + 1, bead.confidence()));
                }
            }
        }
        return split;
    }
}
