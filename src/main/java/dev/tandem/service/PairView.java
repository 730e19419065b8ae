// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.PairStatus;
import dev.tandem.review.QaFlag;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pair with its sentences, as the API and the pages show it. */
public record PairView(long id, int position, List<SentenceView> source, List<SentenceView> target,
                       PairStatus status,
                       @Schema(nullable = true, minimum = "0", maximum = "1", description = "The aligner's estimate, 0 to 1,"
                               + " that the pair is right; null when the aligner did not score it (a reviewer made or"
                               + " changed it, or it came from a TMX or XLIFF file)")
                       Double confidence,
                       List<QaFlag> flags) {
}
