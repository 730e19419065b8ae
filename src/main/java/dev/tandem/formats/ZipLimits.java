// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * How far a zip-based upload (DOCX) may expand. Checked against the archive's directory first, and again while
 * inflating, because the sizes a directory declares can lie.
 *
 * @param maxEntries        most entries in the archive (Word writes 10–40)
 * @param maxUnzippedBytes  most bytes inflated from the archive in all
 * @param maxRatio          most inflated bytes per compressed byte of an entry (Word's XML compresses 3–20:1;
 *                          a zip bomb 1000:1)
 */
public record ZipLimits(int maxEntries, long maxUnzippedBytes, int maxRatio) {
    /** Entries smaller than this are not held to {@code maxRatio}: tiny XML parts compress very well. */
    public static final long RATIO_GRACE_BYTES = 1 << 20;

    public ZipLimits {
        if (maxEntries < 1 || maxUnzippedBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("zip limits must be positive: " + maxEntries + ", "
                    + maxUnzippedBytes + ", " + maxRatio);
        }
    }
}
