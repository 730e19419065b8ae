// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.service.PairView;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a pair's confidence reads on the page. */
@TemplateExtension
public class PairExtensions {
    private PairExtensions() {
    }

    /** The confidence to two places, or a dash for a pair the aligner did not score. */
    static String confidenceText(PairView pair) {
        // as String.format("%.2f") rounds (half up, from the shortest decimal), without a Formatter for every row
        return pair.confidence() == null ? "—"
                : BigDecimal.valueOf(pair.confidence()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A colour band; thresholds follow how reviewers triage: skip, glance, read carefully. An unscored pair has no
     * band of its own colour: nothing suggests it may be skipped.
     */
    static String confidenceBand(PairView pair) {
        Double confidence = pair.confidence();
        return confidence == null ? "none" : confidence >= 0.9 ? "high" : confidence >= 0.6 ? "mid" : "low";
    }

    /** What the number (or the dash) stands for, as a tooltip. */
    static String confidenceTitle(PairView pair) {
        return pair.confidence() == null
                ? "not scored by the aligner: a reviewer made or changed this pair, or it came from a TMX or XLIFF file"
                : "aligner confidence " + confidenceText(pair);
    }

    /** The status in the reviewer's words. */
    static String statusWord(PairView pair) {
        return switch (pair.status()) {
            case AUTO -> "unreviewed";
            case CONFIRMED -> "confirmed";
            case REJECTED -> "rejected";
        };
    }
}
