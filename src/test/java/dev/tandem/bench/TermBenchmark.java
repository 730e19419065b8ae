// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import dev.tandem.terms.TermCandidate;
import dev.tandem.terms.TermExtractor;
import dev.tandem.terms.TermExtractorEvalTest;
import dev.tandem.terms.TermUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time of finding term candidates ({@link TermExtractor}, what the first term list of a project costs besides reading
 * its pairs): on the gold pairs of mac/dev (zh→en) and text+berg/dev (de→fr), best of three runs, and on mac/dev's pairs
 * repeated to 10,000 and 50,000 (the extractor's cap; beyond it, it samples). Run:
 * {@code ./mvnw -q test-compile exec:java@term-bench}.
 */
public final class TermBenchmark {
    private static final Path ROOT = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"));

    private TermBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (String[] set : List.of(new String[] {"mac/dev", "zh", "en"}, new String[] {"text+berg/dev", "de", "fr"})) {
            Path dir = ROOT.resolve(set[0]);
            if (!Files.isDirectory(dir)) {
                System.out.println("skipped: " + dir.toAbsolutePath() + " is absent (gold data lives in ../shared/eval)");
                return;
            }
            List<TermUnit> units = TermExtractorEvalTest.units(dir, set[1], set[2], 0);
            time(set[0], units, set[1], set[2], 3);
            if (set[0].equals("mac/dev")) {
                for (int size : new int[] {10_000, 50_000}) {
                    List<TermUnit> repeated = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        TermUnit unit = units.get(i % units.size());
                        repeated.add(new TermUnit(i, unit.source(), unit.target()));
                    }
                    time(set[0] + " ×" + size, repeated, set[1], set[2], 1);
                }
            }
        }
    }

    private static void time(String name, List<TermUnit> units, String source, String target, int runs) {
        long best = Long.MAX_VALUE;
        int found = 0;
        for (int run = 0; run < runs; run++) {
            System.gc();
            long start = System.nanoTime();
            List<TermCandidate> candidates = TermExtractor.extract(units, source, target, TermExtractor.Settings.DEFAULTS);
            best = Math.min(best, System.nanoTime() - start);
            found = candidates.size();
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%-18s %,7d pairs  %,5d candidates  %6.2f s  (%.2f s per 1,000 pairs; heap in use"
                        + " after: %d MB)%n", name, units.size(), found, best / 1e9, best / 1e6 / units.size(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
