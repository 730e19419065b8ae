// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.tandem.model.Document;
import dev.tandem.review.ReviewStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A document with its counts: sentences per side, pairs in all and per status, and how the unreviewed pairs split
 * between those "confirm confident" would confirm ({@code confidentToConfirm}) and those left for a person
 * ({@code atRisk}, the review queue); the two add up to the unreviewed ({@code AUTO}) count. Also how each
 * side's line breaks were read when it was split into sentences ({@link LineBreakReading}). The pairs with an empty
 * side per status ({@code unpairedCounts}, left out of the API's answer) tell the review page's export form how many
 * pairs each choice would hold.
 */
public record DocumentSummary(long id, long projectId, String title, String segmentation, long version,
                              long sourceSentences, long targetSentences, long pairs,
                              Map<ReviewStatus, Long> statusCounts, OffsetDateTime createdAt,
                              OffsetDateTime updatedAt,
                              @Schema(description = "Unreviewed pairs that confirm-confident would confirm now: scored"
                                      + " by the aligner with a confidence of at least 0.9 and no QA flag")
                              long confidentToConfirm,
                              @Schema(description = "Unreviewed pairs a person must look at: below confidence 0.9,"
                                      + " not scored by the aligner, or flagged (the review queue)")
                              long atRisk, LineBreakReading lineBreaks,
                              @Schema(description = "The language of this document's translation") String targetLanguage,
                              @Schema(nullable = true, description = "For a further translation of another document's"
                                      + " original (a version), that document; else null") Long originalId,
                              @Schema(description = "An original's further translations, oldest first (POST"
                                      + " /api/documents/{id}/versions adds one); empty for a version")
                              List<VersionRef> versions,
                              @Schema(description = "How well the translation fits its original, as the aligner saw"
                                      + " it: a warning where it seems not to belong to it or not to be whole")
                              AlignmentFit fit,
                              @JsonIgnore Map<ReviewStatus, Long> unpairedCounts) {

    /** A further translation of this document's original, as the summary lists it. */
    public record VersionRef(long id, String title, String targetLanguage) {
    }

    /** Pairs with {@code status}; 0 when there are none. */
    public long countOf(ReviewStatus status) {
        return statusCounts.getOrDefault(status, 0L);
    }

    /**
     * The pairs an export of {@code status} ({@code all}, {@code confirmed} or {@code with-rejected}, as the export's
     * parameter) holds, every one with text on both sides: a pair with an empty side (1-0, 0-1) is never exported.
     */
    public long exportable(String status) {
        return switch (status) {
            case "confirmed" -> countOf(ReviewStatus.CONFIRMED) - unpairedOf(ReviewStatus.CONFIRMED);
            case "with-rejected" -> pairs - unpaired();
            default -> pairs - countOf(ReviewStatus.REJECTED) - (unpaired() - unpairedOf(ReviewStatus.REJECTED));
        };
    }

    /** Pairs with an empty side (1-0, 0-1), which no export holds, at {@code status}. */
    public long unpairedOf(ReviewStatus status) {
        return unpairedCounts.getOrDefault(status, 0L);
    }

    /** Pairs with an empty side (1-0, 0-1), which no export holds, whatever their status. */
    public long unpaired() {
        return unpairedCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    static DocumentSummary of(Document document, long sourceSentences, long targetSentences,
                              Map<ReviewStatus, Long> statusCounts, Map<ReviewStatus, Long> unpairedCounts,
                              long confidentToConfirm,
                              LineBreakReading lineBreaks, List<VersionRef> versions, AlignmentFit fit) {
        long pairs = statusCounts.values().stream().mapToLong(Long::longValue).sum();
        long unreviewed = statusCounts.getOrDefault(ReviewStatus.AUTO, 0L);
        return new DocumentSummary(document.id, document.project.id, document.title, document.segmentation,
                document.version, sourceSentences, targetSentences, pairs, statusCounts, document.createdAt,
                document.updatedAt, confidentToConfirm, unreviewed - confidentToConfirm, lineBreaks,
                document.targetLanguage, document.originalId, versions, fit, unpairedCounts);
    }
}
