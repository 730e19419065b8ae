// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * One segment of an XLIFF file with its translation; one side is empty for a segment not translated yet.
 *
 * @param untranslated the segment still awaits its translation: its target is empty, or the file says so (XLIFF 1.2
 *                     state {@code new} or {@code needs-translation}, 2.0 {@code initial}) and the target is a
 *                     placeholder, often a copy of the source or a machine pre-translation
 */
public record XliffUnit(String source, String target, boolean untranslated) {

    /** A translated segment. */
    public XliffUnit(String source, String target) {
        this(source, target, false);
    }
}
