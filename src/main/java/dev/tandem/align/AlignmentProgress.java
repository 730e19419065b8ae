// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

/**
 * Receives an alignment's progress as it runs, and can stop it: a long import shows a progress bar and can be
 * cancelled. Called on the aligning thread, often (every few hundred lattice rows), so it must be cheap.
 */
@FunctionalInterface
public interface AlignmentProgress {

    /** Ignores the progress; the aligner still stops when its thread is interrupted. */
    AlignmentProgress NONE = fraction -> {
    };

    /**
     * @param fraction share of the alignment done, in [0, 1], never smaller than the previous report
     * @throws java.util.concurrent.CancellationException to stop the alignment, which then throws it on
     */
    void report(double fraction);
}
