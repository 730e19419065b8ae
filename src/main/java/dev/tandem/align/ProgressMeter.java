// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.concurrent.CancellationException;

/**
 * Turns the passes of one alignment into a single rising fraction for an {@link AlignmentProgress}: each pass is
 * a stage with its share of the whole, and within a pass the rows of its lattice say how far it is. A widening
 * re-search goes over the rows again, and nobody knows in advance how many times: the first pass gets half of its
 * stage, the k-th re-search 1/(k+2) of what is left (so after k of them 2/(k+2) of the stage is left), and the bar
 * keeps moving, more slowly, through passes that can take most of the time (about 30 of 60 s on a 100,000-sentence
 * document). An interrupted thread stops the alignment here with a
 * {@link CancellationException}. One meter serves one alignment on one thread.
 */
final class ProgressMeter {
    /** Rows between two looks at the clock of progress: cheap enough for every lattice. */
    private static final int ROW_STRIDE = 256;

    private final AlignmentProgress progress;
    private double stageStart;
    private double stageEnd;
    private double passStart;
    private double passEnd;
    private int widenings;
    private double reported;

    ProgressMeter(AlignmentProgress progress) {
        this.progress = progress;
    }

    /** The next pass takes the share [{@code start}, {@code end}) of the whole alignment. */
    void stage(double start, double end) {
        stageStart = start;
        stageEnd = end;
        passStart = start;
        passEnd = end;
        report(start);
    }

    /** The pass about to start may be followed by wider ones ({@link #again()}): it gets half of the stage. */
    void mayWiden() {
        widenings = 0;
        nextPass(2);
    }

    /** The current stage goes over its lattice again (a wider band): the k-th time, 1/(k+2) of what is left. */
    void again() {
        widenings++;
        nextPass(widenings + 2);
    }

    private void nextPass(int shareOfTheRest) {
        passStart = reported;
        passEnd = reported + (stageEnd - reported) / shareOfTheRest;
    }

    /** Row {@code row} of {@code rows} of the current pass is about to be computed. */
    void row(int row, int rows) {
        if (row % ROW_STRIDE == 0 && rows > 0) {
            report(passStart + (passEnd - passStart) * row / rows);
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
