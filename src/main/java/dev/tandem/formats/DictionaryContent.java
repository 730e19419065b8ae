// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.List;

/**
 * What a {@link DictionaryReader} got from a file: its entries in file order, how many lines or entries it left out
 * (malformed lines among good ones, entries with an empty side), and the reasons of the first few of them, for the
 * user.
 */
public record DictionaryContent(List<DictionaryEntry> entries, int skipped, List<String> skippedExamples) {
    public DictionaryContent {
        entries = List.copyOf(entries);
        skippedExamples = List.copyOf(skippedExamples);
        if (skipped < skippedExamples.size()) {
            throw new IllegalArgumentException("more examples than skipped lines");
        }
    }
}
