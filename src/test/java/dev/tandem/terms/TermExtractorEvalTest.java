// SPDX-License-Identifier: Apache-2.0
package dev.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.bench.EvalScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Term candidates on real bitexts: the gold pairs of {@code ../shared/eval} (mac/dev zh→en, text+berg/dev de→fr),
 * read from there and never copied. Writes the top candidates to {@code target/terms-<set>.txt} for judging by eye
 * (README, "Term candidates"), and checks what must hold whatever the text: the candidates come from the alignment
 * (the same pairs misaligned by three places give less than half as many) and each example holds both phrases.
 */
public class TermExtractorEvalTest {
    private static final Path ROOT = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"));

    @Test
    void macDevChineseEnglish() throws IOException {
        check("mac/dev", "zh", "en");
    }

    @Test
    void textBergGermanFrench() throws IOException {
        check("text+berg/dev", "de", "fr");
    }

    private static void check(String set, String source, String target) throws IOException {
        Path dir = ROOT.resolve(set);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "skipped: " + dir.toAbsolutePath() + " is absent (gold data lives in ../shared/eval)");
        List<TermUnit> aligned = units(dir, source, target, 0);
        List<TermCandidate> found = TermExtractor.extract(aligned, source, target, TermExtractor.Settings.DEFAULTS);
        List<TermCandidate> shifted = TermExtractor.extract(units(dir, source, target, 3), source, target,
                TermExtractor.Settings.DEFAULTS);
        Path report = Path.of("target", "terms-" + set.replace('/', '-') + ".txt");
        Files.createDirectories(report.getParent());
        Files.write(report, found.stream().limit(100).map(c -> String.format(Locale.ROOT, "%s\t%s\t%d\t%.2f\t%.1f",
                c.source(), c.target(), c.frequency(), c.dice(), c.logLikelihood())).toList());
        assertTrue(found.size() >= 50, set + ": " + found.size() + " candidates");
        assertTrue(shifted.size() * 2 < found.size(), set + ": misaligned pairs gave " + shifted.size()
                + " candidates against " + found.size());
        for (TermCandidate candidate : found) {
            for (long example : candidate.examples()) {
                TermUnit unit = aligned.get((int) example);
                assertTrue(TermKeys.normal(unit.source()).contains(TermKeys.normal(candidate.source()).replace(" ", ""))
                                || TermKeys.normal(unit.source()).contains(TermKeys.normal(candidate.source())),
                        candidate + " in " + unit);
                assertTrue(TermKeys.normal(unit.target()).contains(TermKeys.normal(candidate.target())),
                        candidate + " in " + unit);
            }
        }
    }

    /** The gold beads of every document of the set as units (ids: their index), targets moved by {@code shift} beads. */
    public static List<TermUnit> units(Path dir, String source, String target, int shift) throws IOException {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        try (var docs = Files.list(dir.resolve("gold"))) {
            for (Path gold : docs.sorted().toList()) {
                List<String> s = Files.readAllLines(dir.resolve(source).resolve(gold.getFileName()));
                List<String> t = Files.readAllLines(dir.resolve(target).resolve(gold.getFileName()));
                for (EvalScorer.Alignment bead : EvalScorer.read(gold)) {
                    if (!bead.source().isEmpty() && !bead.target().isEmpty()) {
                        sources.add(bead.source().stream().map(s::get).collect(Collectors.joining(" ")));
                        targets.add(bead.target().stream().map(t::get).collect(Collectors.joining(" ")));
                    }
                }
            }
        }
        List<TermUnit> units = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            units.add(new TermUnit(i, sources.get(i), targets.get((i + shift) % targets.size())));
        }
        return units;
    }
}
