// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/** One translation from a bilingual dictionary: a source word or phrase and one of its translations. */
public record DictionaryEntry(String source, String target) {
    public DictionaryEntry {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a dictionary entry needs a source and a target");
        }
    }
}
