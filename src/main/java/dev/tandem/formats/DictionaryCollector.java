// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the entries a {@link DictionaryReader} reads and decides about the lines it cannot: real dictionaries
 * (FreeDict, CC-CEDICT) have the odd broken entry among hundreds of thousands, which is left out and counted, while
 * a file that is not in the format at all is refused, naming its first bad line. A malformed line is refused when it
 * comes before the {@value #FIRST_ENTRIES}th entry (a file that does not start in its format is not in it), or when
 * malformed lines come to more than {@value #MAX_MALFORMED_PER_MILLE} per thousand of what was read.
 */
final class DictionaryCollector {
    static final int FIRST_ENTRIES = 10;
    static final int MAX_MALFORMED_PER_MILLE = 10;
    private static final int EXAMPLES = 3;

    private final int maxEntries;
    private final List<DictionaryEntry> entries = new ArrayList<>();
    private final List<String> examples = new ArrayList<>();
    private int malformed;
    private int skipped;
    private String firstMalformed;

    DictionaryCollector(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** Adds an entry; one with a blank side translates nothing and is counted as skipped. */
    void add(String source, String target) throws DictionaryFormatException {
        if (entries.size() >= maxEntries) {
            throw new DictionaryFormatException("The dictionary has more than " + maxEntries
                    + " entries, the most Tandem takes at once; split it into parts.");
        }
        if (source.isBlank() || target.isBlank()) {
            // real dictionaries have a few (FreeDict deu-fra: a headword of spaces only)
            skip("An entry with an empty " + (source.isBlank() ? "headword" : "translation") + " was left out.");
            return;
        }
        entries.add(new DictionaryEntry(source, target));
    }

    /**
     * A line that is not in the format.
     *
     * @param message names the line and says what it should look like
     * @throws DictionaryFormatException with that message, when the file is not in the format
     */
    void malformed(String message) throws DictionaryFormatException {
        if (entries.size() < FIRST_ENTRIES) {
            throw new DictionaryFormatException(message);
        }
        if (firstMalformed == null) {
            firstMalformed = message;
        }
        malformed++;
        skip(message);
    }

    /** The entries, once the whole file is read. */
    DictionaryContent result() throws DictionaryFormatException {
        if (malformed * 1000L > (long) MAX_MALFORMED_PER_MILLE * (entries.size() + malformed)) {
            throw new DictionaryFormatException(malformed + " lines are not in the format, too many to leave out; the "
                    + "first: " + firstMalformed);
        }
        return new DictionaryContent(entries, skipped, examples);
    }

    private void skip(String reason) {
        skipped++;
        if (examples.size() < EXAMPLES) {
            examples.add(reason);
        }
    }
}
