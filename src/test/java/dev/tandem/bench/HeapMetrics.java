// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

/** Reads a server's heap in use from its {@code /q/metrics} (Prometheus text). */
final class HeapMetrics {
    private HeapMetrics() {
    }

    /** The sum of jvm_memory_used_bytes{area="heap",…} over the heap's pools; -1 when the scrape has none. */
    static long heapBytes(String metrics) {
        long sum = -1;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum = Math.max(sum, 0) + (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
