// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A term candidate of a project with the translator's decision on it.
 *
 * @param id        stable id of the term pair (the same whenever the candidates are found again)
 * @param frequency pairs holding both terms (when decided, for a decided term no longer found)
 * @param status    {@code open}, {@code accepted} or {@code rejected}
 * @param examples  a few pairs holding both terms
 */
public record TermView(long id, String source, String target, int frequency,
                       @Schema(enumeration = {"open", "accepted", "rejected"}) String status,
                       List<Example> examples) {
    /** A pair holding both terms, in its document (review page: {@code /documents/{documentId}}, row {@code pair-{pairId}}). */
    public record Example(long pairId, long documentId) {
    }
}
