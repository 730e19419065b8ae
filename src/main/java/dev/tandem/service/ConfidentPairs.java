// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.ReviewStatus;
import java.util.Map;

/**
 * The one definition of the pairs "confirm confident" confirms: unreviewed, scored by the aligner (a pair a reviewer
 * made or changed has no confidence: nobody vouched for it), a confidence of at least the threshold, and no QA flag.
 * The operation itself, the document's count of them and the risk queue (which leaves them out) all use this
 * condition, so the number the page announces is the number the button confirms.
 */
final class ConfidentPairs {
    /** The named parameters the condition uses. */
    static final String STATUS = "confidentStatus";
    static final String LEAST = "leastConfidence";

    private ConfidentPairs() {
    }

    /** The condition as HQL on the pair alias {@code p}, with the parameters {@link #parameters}. */
    static String condition(String p) {
        return p + ".status = :" + STATUS + " and " + p + ".confidence is not null and " + p + ".confidence >= :" + LEAST
                + " and " + p + ".flagMask = 0";
    }

    /** The parameters of {@link #condition} for the threshold {@code least}. */
    static Map<String, Object> parameters(double least) {
        return Map.of(STATUS, ReviewStatus.AUTO, LEAST, least);
    }
}
