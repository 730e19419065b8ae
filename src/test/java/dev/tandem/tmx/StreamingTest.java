// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes many units to a sink that keeps only a byte count: the writer must not need to hold them. */
class StreamingTest {

    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Test
    void shouldStreamTwoHundredThousandUnits() {
        CountingSink sink = new CountingSink();
        long flushedBeforeClose;
        try (TmxWriter tmx = TmxWriter.open(sink, TmxWriterTest.HEADER, "en")) {
            for (int i = 0; i < 200_000; i++) {
                tmx.unit(new TmxUnit("これは文" + i + "です。", "This is sentence " + i + ".",
                        Map.of("x-status", "AUTO")));
            }
            flushedBeforeClose = sink.bytes;
            assertEquals(200_000, tmx.unitCount());
            tmx.finish();
        }
        // Bytes reached the sink while units were written, so the writer does not hold the document back.
        assertTrue(flushedBeforeClose > 200_000L * 100, "bytes written before close: " + flushedBeforeClose);
        assertTrue(sink.bytes - flushedBeforeClose < 64 * 1024, "bytes left for close: " + (sink.bytes - flushedBeforeClose));
    }
}
