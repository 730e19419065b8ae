// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * An original and its translation found in a batch upload.
 *
 * @param source the original's entry name in the archive
 * @param target the translation's entry name
 * @param title  the document's title: the manifest's, or the name the two files share without language and extension
 */
public record BatchPair(String source, String target, String title) {
    public BatchPair {
        if (source == null || target == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a batch pair needs a source, a target and a title");
        }
    }
}
