// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import java.util.Locale;

/**
 * Which state of a document the index holds: its {@code version} (bumped by every change to its pairs), its project
 * and languages, and {@code stamp}, its creation time in ms, which tells it from another document given the same id
 * later (after a restore). Languages are lower-case BCP 47 tags.
 */
public record DocumentMark(long documentId, long projectId, long version, long stamp, String sourceLanguage,
                           String targetLanguage) {

    /** A language tag as the index keeps and filters it: lower case, {@code _} read as {@code -}. */
    public static String normalLanguage(String tag) {
        return tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
