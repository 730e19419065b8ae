// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * One segment of an XLIFF file with its translation, both non-empty.
 *
 * @param untranslated the file says the segment still awaits its translation (XLIFF 1.2 state {@code new} or
 *                     {@code needs-translation}, 2.0 {@code initial}): its target is a placeholder, often a copy of
 *                     the source or a machine pre-translation
 */
public record XliffUnit(String source, String target, boolean untranslated) {

    /** A translated segment. */
    public XliffUnit(String source, String target) {
        this(source, target, false);
    }
}
