// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.ImportJobItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One pair of a batch import as clients see it in the job's {@code items}: the zip entries, the title, what became of
 * it and why. A file that paired with nothing has only its {@code source} (or {@code target}) and is {@code REFUSED}.
 */
public record ImportJobItemView(@Schema(nullable = true, description = "null for a translation without an original")
                                String source,
                                @Schema(nullable = true, description = "null for an original without a translation")
                                String target,
                                @Schema(nullable = true) String title, ImportJobItem.State state,
                                @Schema(nullable = true, description = "Why it was refused or failed; null otherwise")
                                String reason,
                                @Schema(nullable = true, description = "The document it became, once IMPORTED")
                                Long documentId) {
    static ImportJobItemView of(ImportJobItem item) {
        return new ImportJobItemView(item.source, item.target, item.title, item.state, item.reason, item.documentId);
    }
}
