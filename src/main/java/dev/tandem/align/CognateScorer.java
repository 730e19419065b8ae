// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Cognates as anchors for two alphabetic languages: words of at least {@value #MIN_LETTERS}
 * letters that share their first {@value #PREFIX} letters once spelled in ASCII ("Expedition" and
 * "expédition", "Gletscher" and "glacier" do not, "Kilometer" and "kilomètres" do). Such pairs are
 * names, loanwords and international words far more often than chance. Every cognate of a bead
 * without a partner costs {@code costPerUnmatched} nats; {@link DocumentAnchors} keeps only the
 * prefixes whose counts agree on both sides. O(1) for beads without cognates.
 *
 * @see "Simard, Foster &amp; Isabelle, Using Cognates to Align Sentences in Bilingual Corpora, 1992"
 */
public final class CognateScorer implements NonNegativeScorer {

    static final int MIN_LETTERS = 5;
    static final int PREFIX = 5;

    private final KeyMultisets cognates;
    private final double costPerUnmatched;

    /** @param costPerUnmatched cost in nats of one cognate without partner, ≥ 0 */
    public CognateScorer(List<String> source, List<String> target, double costPerUnmatched) {
        if (!(costPerUnmatched >= 0.0) || Double.isInfinite(costPerUnmatched)) {
            throw new IllegalArgumentException("costPerUnmatched must be finite and ≥ 0");
        }
        this.cognates = DocumentAnchors.of(source.stream().map(CognateScorer::prefixes).toList(),
                target.stream().map(CognateScorer::prefixes).toList());
        this.costPerUnmatched = costPerUnmatched;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        return costPerUnmatched * cognates.unmatched(s0, s1, t0, t1);
    }

    /** The cognate keys of a sentence: "Die Expedition erreichte Zermatt." → [exped, errei, zerma]. */
    static List<String> prefixes(String sentence) {
        List<String> keys = new ArrayList<>();
        for (String word : NameScorer.words(sentence)) {
            String ascii = Transliteration.joined(word);
            if (ascii.length() >= MIN_LETTERS) {
                keys.add(ascii.substring(0, PREFIX));
            }
        }
        return keys;
    }
}
