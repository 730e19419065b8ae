// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An original with several translations shares its sentences with them: each version's pairs hold the original's
 * sentences by position, and the grid and the multilingual export line the translations up on them. So the
 * original's sentences stay as they are while versions exist, in the original and in every version; each
 * translation's own side and the pairing of sentences stay free to correct.
 */
final class SharedOriginal {
    private SharedOriginal() {
    }

    /** Refuses a change to the original's sentences of {@code document} when they are shared. */
    static void refuseSourceChange(Document document) {
        if (document.originalId != null) {
            throw new ImpossibleEditException("side", "This is a version of document " + document.originalId
                    + ": its original's sentences are shared with the other translations and cannot be changed here."
                    + " Correct this translation's sentences or how they are paired.");
        }
        List<Document> versions = Document.listVersionsOf(document.id);
        if (!versions.isEmpty()) {
            throw new ImpossibleEditException("side", "The original's sentences are shared with "
                    + versions.size() + " further translation(s) ("
                    + versions.stream().map(v -> v.targetLanguage + " " + v.id).collect(Collectors.joining(", "))
                    + ") and cannot be changed while they exist. Correct the translation's sentences or how they are"
                    + " paired, or delete the versions first.");
        }
    }
}
