// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes inflated from one zip entry and stops as soon as the entry or the archive passes a
 * {@link ZipLimits} bound, so a zip bomb costs at most the limit in CPU, never its full expansion.
 */
final class InflationGuard extends FilterInputStream {
    private final ZipLimits limits;
    private final ZipMessages messages;
    private final String entryName;
    private final long compressedSize;
    private final long[] archiveTotal;
    private long entryTotal;

    /**
     * @param archiveTotal a one-element counter shared by all entries of the archive
     */
    InflationGuard(InputStream in, ZipLimits limits, ZipMessages messages, String entryName, long compressedSize,
                   long[] archiveTotal) {
        super(in);
        this.limits = limits;
        this.messages = messages;
        this.entryName = entryName;
        this.compressedSize = Math.max(compressedSize, 1);
        this.archiveTotal = archiveTotal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping inflates too; read instead, so that skipped bytes are counted.
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    private void count(int n) throws ExpansionLimitException {
        entryTotal += n;
        archiveTotal[0] += n;
        if (archiveTotal[0] > limits.maxUnzippedBytes()) {
            throw new ExpansionLimitException(messages.tooBig(limits));
        }
        if (entryTotal > ZipLimits.RATIO_GRACE_BYTES && entryTotal > compressedSize * limits.maxRatio()) {
            throw new ExpansionLimitException(messages.ratio(entryName, limits));
        }
    }
}
