// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.service.PairView;
import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** How a pair's confidence reads on the page. */
@TemplateExtension
public class PairExtensions {
    private PairExtensions() {
    }

    static String confidenceText(PairView pair) {
        return String.format(Locale.ROOT, "%.2f", pair.confidence());
    }

    /** A colour band; thresholds follow how reviewers triage: skip, glance, read carefully. */
    static String confidenceBand(PairView pair) {
        return pair.confidence() >= 0.9 ? "high" : pair.confidence() >= 0.6 ? "mid" : "low";
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
