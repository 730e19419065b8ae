// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.AlignmentProgress;

/**
 * One import, ready to run: everything that can fail at once (unreadable files, bad parameters) has failed already;
 * what is left is the slow part, which may run in the background.
 *
 * @param project     the project it goes into
 * @param title       the title asked for, or a placeholder for a job's listing (the stored one may differ)
 * @param importer    who asked
 * @param key         the request's {@code Idempotency-Key}, or null
 * @param fingerprint SHA-256 (hex) of what was sent, to tell a retry from another request with the same key
 * @param characters  both sides' characters: what decides whether it runs in the background
 * @param kind        what it is made from, as {@link PreparedImport#kind()}: {@code text}, {@code tmx},
 *                    {@code xliff}, {@code csv} or {@code xlsx}
 * @param preparation segments and aligns (or reads a bilingual file's units), reporting its progress
 * @param leftOut     what reading a bilingual file left out ({@link PreparedImport#leftOut()}), or null
 */
public record ImportWork(ProjectLanguages project, String title, Importer importer, String key, String fingerprint,
                         long characters, String kind, Preparation preparation, String leftOut) {

    /** Work whose reading left nothing out. */
    public ImportWork(ProjectLanguages project, String title, Importer importer, String key, String fingerprint,
                      long characters, String kind, Preparation preparation) {
        this(project, title, importer, key, fingerprint, characters, kind, preparation, null);
    }

    /** The slow half of an import, with no transaction open. */
    @FunctionalInterface
    public interface Preparation {
        PreparedImport prepare(AlignmentProgress progress);
    }
}
