// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/** One segment of an XLIFF file with its translation, both non-empty. */
public record XliffUnit(String source, String target) {
}
