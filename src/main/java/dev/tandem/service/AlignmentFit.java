// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How well a document's translation fits its original, as the aligner saw it: the mean confidence of the pairs it
 * scored, a sentence it left unpaired counting 0, and a warning where that is so low that the translation seems not to
 * be this original's, or not whole. An unpaired sentence counts 0 however sure the aligner is that it has no
 * counterpart: the part of an original that an unfinished translation lacks is left unpaired with confidence (a run at
 * a side's end), and counted at that confidence it lifted the mean of a half translation to 0.51.
 * <p>
 * Why a warning: a wrong file (another chapter's translation, another text) or an unfinished or reordered translation
 * is aligned all the same, and nothing else says so; some of its pairs even reach confidence 0.9 ("Confirm
 * confident" would confirm them). On the test sets, each document with its own translation has a mean confidence of
 * 0.55 or more (mac/dev zh↔en, the hardest, 0.55–0.84; text+berg de↔fr in chunks 0.75–0.84), and each paired with
 * another chapter's translation, with the first half of its own, or with its two halves swapped, 0.43 or less
 * (without paragraphs or with one sentence per line; 0.20–0.35 for another chapter's). The warning starts below 0.45,
 * and only from 20 scored pairs: a few pairs say too little.
 */
public record AlignmentFit(
        @Schema(nullable = true, description = "Mean confidence of the pairs the aligner scored (pairs a reviewer made"
                + " have none), a sentence it left unpaired counting 0; null when it scored none") Double meanConfidence,
        @Schema(nullable = true, description = "Set when the mean confidence is so low that the translation seems not"
                + " to belong to this original or not to be whole (below 0.45, from 20 scored pairs); else null")
        String warning) {

    static final double WARN_BELOW = 0.45;
    static final int MIN_SCORED = 20;

    static AlignmentFit of(long scored, double confidenceSum) {
        if (scored == 0) {
            return new AlignmentFit(null, null);
        }
        double mean = confidenceSum / scored;
        String warning = scored >= MIN_SCORED && mean < WARN_BELOW ? String.format(Locale.ROOT, "Few pairs look"
                + " sure: the aligner's mean confidence is %.2f, where a translation of its own original scores 0.55"
                + " or more on the test sets. Check that this translation belongs to this original and is whole: a"
                + " wrong, unfinished or reordered translation aligns badly, and even its confident pairs may be"
                + " wrong.", mean) : null;
        return new AlignmentFit(Math.round(mean * 1000) / 1000.0, warning);
    }
}
