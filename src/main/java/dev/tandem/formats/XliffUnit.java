// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * One segment of an XLIFF file with its translation; one side is empty for a segment not translated yet.
 *
 * @param unreviewed the segment awaits its translation or its review: its target is empty, or its state says so
 *                   (see {@link XliffReader}), and the target may be a placeholder, a copy of the source, a machine
 *                   pre-translation or an unchecked guess
 * @param rejected   a reviewer marked the pair wrong: Tandem's own export says so ({@link XliffReader#REJECTED})
 */
public record XliffUnit(String source, String target, boolean unreviewed, boolean rejected) {

    /** A segment no reviewer rejected. */
    public XliffUnit(String source, String target, boolean unreviewed) {
        this(source, target, unreviewed, false);
    }

    /** A translated segment. */
    public XliffUnit(String source, String target) {
        this(source, target, false);
    }
}
