// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latency samples in milliseconds, safe to add to from several threads; median, p95 and max by nearest rank. */
final class Latencies {
    private final List<Double> millis = new ArrayList<>();

    synchronized void add(double ms) {
        millis.add(ms);
    }

    synchronized void addAll(Latencies other) {
        millis.addAll(other.snapshot());
    }

    synchronized List<Double> snapshot() {
        return List.copyOf(millis);
    }

    synchronized int count() {
        return millis.size();
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) by nearest rank; NaN when there are no samples. */
    synchronized double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return percentile(100);
    }

    /** {@code n, median, p95, max} as fixed-width columns. */
    String columns() {
        return String.format(Locale.ROOT, "%6d %9.1f %9.1f %9.1f", count(), median(), p95(), max());
    }

    static String header() {
        return String.format(Locale.ROOT, "%6s %9s %9s %9s", "n", "median", "p95", "max");
    }
}
