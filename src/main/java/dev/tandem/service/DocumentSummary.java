// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.PairStatus;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A document with its counts: sentences per side, pairs in all and per status; and how each side's line breaks were
 * read when it was split into sentences ({@link LineBreakReading}).
 */
public record DocumentSummary(long id, long projectId, String title, String segmentation, long version,
                              long sourceSentences, long targetSentences, long pairs,
                              Map<PairStatus, Long> statusCounts, OffsetDateTime createdAt,
                              OffsetDateTime updatedAt, LineBreakReading lineBreaks) {

    /** Pairs with {@code status}; 0 when there are none. */
    public long countOf(PairStatus status) {
        return statusCounts.getOrDefault(status, 0L);
    }

    static DocumentSummary of(Document document, long sourceSentences, long targetSentences,
                              Map<PairStatus, Long> statusCounts, LineBreakReading lineBreaks) {
        long pairs = statusCounts.values().stream().mapToLong(Long::longValue).sum();
        return new DocumentSummary(document.id, document.project.id, document.title, document.segmentation,
                document.version, sourceSentences, targetSentences, pairs, statusCounts, document.createdAt,
                document.updatedAt, lineBreaks);
    }
}
