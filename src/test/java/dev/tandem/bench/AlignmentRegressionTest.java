// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.align.AlignerSettings;
import dev.tandem.align.SentenceAligner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Alignment quality on the gold dev sets may not drop more than 0.01 strict F1 below the figures recorded when the
 * aligner last improved (the benchmark prints them). Reads {@code ../shared/eval} and skips when it is absent.
 */
class AlignmentRegressionTest {
    private static final Path ROOT = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"));

    @ParameterizedTest(name = "{0}: strict F1 at least {1} - 0.01")
    @CsvSource({"mac/dev, 0.793", "text+berg/dev, 0.901", "bible, 0.979"})
    void strictF1ShouldStayAtTheRecordedFigure(String set, double recorded) throws IOException {
        AlignBenchmark.EvalSet evalSet = AlignBenchmark.SETS.stream().filter(s -> s.name().equals(set)).findFirst()
                .orElseThrow();
        Assumptions.assumeTrue(Files.isDirectory(evalSet.dir(ROOT)),
                "skipped: " + evalSet.dir(ROOT).toAbsolutePath() + " is absent (gold data lives in ../shared/eval)");
        SentenceAligner aligner = new SentenceAligner(AlignerSettings.defaults());
        double f1 = AlignBenchmark.runSet(aligner, ROOT, evalSet, Path.of("target", "bench-regression")).result().f1Strict();
        assertTrue(f1 >= recorded - 0.01, set + ": strict F1 " + f1 + " fell below the recorded " + recorded);
    }

    @Test
    void leaveOneOutLexiconShouldStayAtTheRecordedFigure() throws IOException {
        double recorded = 0.847;
        Assumptions.assumeTrue(Files.isDirectory(ROOT.resolve("mac/dev")),
                "skipped: " + ROOT.resolve("mac/dev").toAbsolutePath() + " is absent (gold data lives in ../shared/eval)");
        double f1 = AlignBenchmark.leaveOneOut(new SentenceAligner(AlignerSettings.defaults()), ROOT).f1Strict();
        assertTrue(f1 >= recorded - 0.01, "mac/dev with leave-one-out lexicons: strict F1 " + f1
                + " fell below the recorded " + recorded);
    }
}
