// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.ReviewStatus;
import dev.tandem.search.Highlight;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pair the concordance found: its texts (each side's sentences joined) and where the query matched in them. */
public record ConcordanceHit(long pairId, long documentId, String documentTitle, long projectId, String source,
                             String target, ReviewStatus status, Highlights highlights,
                             @Schema(description = "BCP-47 tag of the source side") String sourceLanguage,
                             @Schema(description = "BCP-47 tag of the target side (a version's own language)")
                             String targetLanguage) {

    /** Match ranges in {@code source} and {@code target}: UTF-16 offsets, start inclusive, end exclusive, in order. */
    @Schema(description = "Where the query matched: [start, end) UTF-16 offsets into source and target, in order")
    public record Highlights(List<Highlight> source, List<Highlight> target) {
    }
}
