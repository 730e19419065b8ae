// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Dictionary;
import java.time.OffsetDateTime;

/**
 * A dictionary of a project as clients see it: {@code GET /api/projects/{id}/dictionaries}. {@code entries} were
 * stored, {@code skipped} left out; {@code reversed}: the file ran from the project's target language to its source
 * and its entries were stored turned round.
 */
public record DictionaryView(long id, String format, String origin, int entries, int skipped, boolean reversed,
                             String uploadedBy, OffsetDateTime uploadedAt) {
    static DictionaryView of(Dictionary dictionary) {
        return new DictionaryView(dictionary.id, dictionary.format, dictionary.origin, dictionary.entries,
                dictionary.skipped, dictionary.reversed, dictionary.uploadedBy, dictionary.uploadedAt);
    }
}
