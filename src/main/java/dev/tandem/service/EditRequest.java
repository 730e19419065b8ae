// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A review operation on a document, made on the document version {@code baseVersion}. Pairs are named by their
 * ids (from the pairs listing), sentences by side ({@code source} or {@code target}) and 0-based index.
 * {@code confirm-confident} confirms every unreviewed pair of the document whose confidence is at least
 * {@code minConfidence} and that has no QA flag: the pairs a reviewer may skip. A pair the aligner did not score
 * (no confidence) is never confirmed this way.
 */
public record EditRequest(
        @Schema(required = true, enumeration = {"confirm", "confirm-through", "confirm-confident", "reject", "edit-text", "split-sentence",
                "merge-sentences", "merge-pairs", "split-pair", "shift", "insert-empty", "realign"}) String op,
        @Schema(required = true, description = "The document version the operation was made on") Long baseVersion,
        @Schema(description = "confirm: the pairs to confirm") List<Long> pairs,
        @Schema(description = "The pair acted on") Long pair,
        @Schema(enumeration = {"source", "target"}) String side,
        @Schema(description = "0-based sentence index on its side") Integer index,
        @Schema(description = "split-sentence: where to cut, in UTF-16 code units from the sentence start") Integer offset,
        @Schema(description = "edit-text: the new text") String text,
        @Schema(description = "split-pair: source sentences that stay in the first part") Integer sourceCount,
        @Schema(description = "split-pair: target sentences that stay in the first part") Integer targetCount,
        @Schema(enumeration = {"up", "down"}, description = "shift: up moves the first sentence into the previous "
                + "pair, down moves the last into the next") String direction,
        @Schema(description = "realign: first pair of the stretch") Long fromPair,
        @Schema(description = "realign: last pair of the stretch") Long toPair,
        @Schema(description = "confirm-confident: the least aligner confidence a pair needs, 0 to 1 (default 0.9);"
                + " pairs the aligner did not score (confidence null) are never confirmed this way")
        Double minConfidence) {
}
