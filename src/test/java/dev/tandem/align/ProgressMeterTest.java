// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meter's bar keeps moving through widening passes, whose number nobody knows in advance. */
class ProgressMeterTest {
    private static final int ROWS = 100_000;

    @Test
    void shouldMoveTheBarInEveryWideningPassAndStayInsideTheStage() {
        List<Double> reports = new ArrayList<>();
        ProgressMeter meter = new ProgressMeter(reports::add);
        meter.stage(0.2, 0.4);
        meter.mayWiden();
        double before = pass(meter, reports);
        for (int widening = 1; widening <= 6; widening++) {
            meter.again();
            double after = pass(meter, reports);
            assertTrue(after - before >= 0.2 * 0.01, "widening pass " + widening + " moves the bar at least 1 % of "
                    + "its stage's share: " + before + " → " + after);
            assertTrue(after < 0.4, "and stays inside the stage: " + after);
            before = after;
        }
        meter.stage(0.4, 1.0);
        assertEquals(0.4, reports.get(reports.size() - 1), "the next stage starts where it said");
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i) > reports.get(i - 1), "rises at " + i);
        }
    }

    /** One pass over all rows; returns the bar after it. */
    private static double pass(ProgressMeter meter, List<Double> reports) {
        for (int row = 0; row < ROWS; row++) {
            meter.row(row, ROWS);
        }
        return reports.get(reports.size() - 1);
    }
}
