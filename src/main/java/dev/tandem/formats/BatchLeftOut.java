// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * An entry of a batch upload (or a manifest line) that will not be imported, and why, in words for the uploader.
 *
 * @param source the original's entry name, or null when the entry left out is a translation
 * @param target the translation's entry name, or null when the entry left out is an original or unknown
 * @param reason what is wrong and how to fix it
 */
public record BatchLeftOut(String source, String target, String reason) {
    /** The entry the reason is about: the source, else the target. */
    public String entry() {
        return source != null ? source : target;
    }
}
