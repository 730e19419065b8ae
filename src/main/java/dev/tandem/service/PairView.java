// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.SentencePair;
import dev.tandem.review.QaChecks;
import dev.tandem.review.QaFlag;
import dev.tandem.review.ReviewStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pair with its sentences, as the API and the pages show it. */
public record PairView(long id, int position, List<SentenceView> source, List<SentenceView> target,
                       ReviewStatus status,
                       @Schema(nullable = true, minimum = "0", maximum = "1", description = "The aligner's estimate, 0 to 1,"
                               + " that the pair is right; null when the aligner did not score it (a reviewer made or"
                               + " changed it, or it came from a TMX or XLIFF file)")
                       Double confidence,
                       List<QaFlag> flags) {

    /**
     * The view of a stored pair at {@code position} with its sentences: its flags' messages are made again from
     * these texts ({@link QaChecks#flags}); only a flagged pair runs the checks.
     */
    static PairView of(Document document, SentencePair pair, int position, List<SentenceView> source,
                       List<SentenceView> target) {
        return new PairView(pair.id, position, source, target, pair.status, pair.confidence,
                QaChecks.flags(pair.flagMask, texts(source), texts(target), document.lengthRatio));
    }

    private static List<String> texts(List<SentenceView> sentences) {
        return sentences.stream().map(SentenceView::text).toList();
    }
}
