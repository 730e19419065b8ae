// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.concurrent.CancellationException;

/**
 * Turns the passes of one alignment into a single rising fraction for an {@link AlignmentProgress}: each pass is
 * a stage with its share of the whole, and within a pass the rows of its lattice say how far it is. A widening
 * re-search starts over at an earlier row; the fraction then simply waits until it passes the highest one reported.
 * An interrupted thread stops the alignment here with a {@link CancellationException}. One meter serves one
 * alignment on one thread.
 */
final class ProgressMeter {
    /** Rows between two looks at the clock of progress: cheap enough for every lattice. */
    private static final int ROW_STRIDE = 256;

    private final AlignmentProgress progress;
    private double stageStart;
    private double stageEnd;
    private double reported;

    ProgressMeter(AlignmentProgress progress) {
        this.progress = progress;
    }

    /** The next pass takes the share [{@code start}, {@code end}) of the whole alignment. */
    void stage(double start, double end) {
        stageStart = start;
        stageEnd = end;
        report(start);
    }

    /**
     * The current stage goes over its lattice again (a wider band): its remaining share starts from where the bar
     * is, so the bar keeps moving, more slowly, instead of waiting while the new pass catches up.
     */
    void again() {
        stageStart = reported;
    }

    /** Row {@code row} of {@code rows} of the current pass is about to be computed. */
    void row(int row, int rows) {
        if (row % ROW_STRIDE == 0 && rows > 0) {
            report(stageStart + (stageEnd - stageStart) * row / rows);
        }
    }

    /** Part {@code done} of {@code parts} of the current stage is done: for work without lattice rows. */
    void part(int done, int parts) {
        if (parts > 0) {
            report(stageStart + (stageEnd - stageStart) * done / parts);
        }
    }

    /** The alignment is complete. */
    void done() {
        report(1.0);
    }

    private void report(double fraction) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The alignment was cancelled.");
        }
        if (fraction > reported) {
            reported = fraction;
            progress.report(fraction);
        }
    }
}
