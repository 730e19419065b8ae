// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.ImportJobItem;

/**
 * One pair of a batch import as clients see it in the job's {@code items}: the zip entries, the title, what became of
 * it and why. A file that paired with nothing has only its {@code source} (or {@code target}) and is {@code REFUSED}.
 */
public record ImportJobItemView(String source, String target, String title, ImportJobItem.State state, String reason,
                                Long documentId) {
    static ImportJobItemView of(ImportJobItem item) {
        return new ImportJobItemView(item.source, item.target, item.title, item.state, item.reason, item.documentId);
    }
}
