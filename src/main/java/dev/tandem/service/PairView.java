// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.PairStatus;
import dev.tandem.review.QaFlag;
import java.util.List;

/** A pair with its sentences, as the API and the pages show it. */
public record PairView(long id, int position, List<SentenceView> source, List<SentenceView> target,
                       PairStatus status, double confidence, List<QaFlag> flags) {
}
