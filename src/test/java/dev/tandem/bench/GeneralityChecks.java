// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import dev.tandem.align.Bead;
import dev.tandem.align.Lexicon;
import dev.tandem.align.SentenceAligner;
import dev.tandem.align.SideText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks that the aligner is not tuned to the direction or the language pair of mac/dev, printed by
 * {@link AlignBenchmark}:
 * <ul>
 *   <li>every set aligned the other way round (target as source), scored against the mirrored gold;</li>
 *   <li>the outside-lexicon path on the sets that are a single document: the gold beads are cut into
 *       {@value #CHUNKS} consecutive chunks, and each chunk is aligned with a lexicon learned from the other chunks'
 *       gold pairs (as a project's confirmed pairs would give it), beside the same chunks without a lexicon.</li>
 * </ul>
 */
final class GeneralityChecks {

    static final int CHUNKS = 4;

    private GeneralityChecks() {
    }

    /**
     * Strict/lax F1, the reliability, calibration and recall per gold shape of {@code set} aligned from its target to
     * its source (verse-merged for a verse set; the shapes are those of the gold, source first).
     */
    static void printSwapped(SentenceAligner aligner, Path root, AlignBenchmark.EvalSet set) throws IOException {
        DictionaryRows.Outcome run = swapped(aligner, root, set);
        String label = set.name() + " " + set.targetLanguage() + "→" + set.sourceLanguage();
        System.out.printf(Locale.ROOT, "%-22s strict F1 %.3f, lax F1 %.3f; %s%n", label, run.result().f1Strict(),
                run.result().f1Lax(), run.reliability().format());
        System.out.printf(Locale.ROOT, "%-22s %s%n", "", run.reliability().calibration());
        System.out.printf(Locale.ROOT, "%-22s %s%n", "", run.shapes().format());
    }

    /** {@code set} aligned from its target to its source, scored against the mirrored gold. */
    static DictionaryRows.Outcome swapped(SentenceAligner aligner, Path root, AlignBenchmark.EvalSet set)
            throws IOException {
        return DictionaryRows.align(aligner, root, new DictionaryRows.Run(set, true, List.of(), "none"),
                name -> Lexicon.EMPTY, 1);
    }

    /**
     * The single-document set cut into {@value #CHUNKS} chunks of gold beads, each aligned without a lexicon and
     * with one learned from the other chunks; prints both F1s.
     */
    static void printChunkLexicon(SentenceAligner aligner, Path root, AlignBenchmark.EvalSet set) throws IOException {
        Path dir = set.dir(root);
        List<String> names = names(dir);
        if (names.size() != 1) {
            return;
        }
        String name = names.get(0);
        List<String> source = AlignBenchmark.lines(dir.resolve(set.sourceLanguage()).resolve(name));
        List<String> target = AlignBenchmark.lines(dir.resolve(set.targetLanguage()).resolve(name));
        List<EvalScorer.Alignment> gold = EvalScorer.read(dir.resolve("gold").resolve(name));
        List<EvalScorer.Document> without = new ArrayList<>();
        List<EvalScorer.Document> with = new ArrayList<>();
        AlignBenchmark.Reliability reliability = new AlignBenchmark.Reliability();
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
            int from = gold.size() * chunk / CHUNKS;
            int to = gold.size() * (chunk + 1) / CHUNKS;
            Lexicon lexicon = lexiconOutside(gold, from, to, source, target, set);
            Span span = Span.of(gold.subList(from, to));
            List<EvalScorer.Alignment> chunkGold = gold.subList(from, to).stream().map(span::relative).toList();
            reliability.countGold(chunkGold);
            SideText sourceText = SideText.of(set.sourceLanguage(), source.subList(span.s0, span.s1));
            SideText targetText = SideText.of(set.targetLanguage(), target.subList(span.t0, span.t1));
            without.add(new EvalScorer.Document(chunkGold, scored(aligner.align(sourceText, targetText), dir, set, span, null, null)));
            with.add(new EvalScorer.Document(chunkGold, scored(aligner.align(sourceText, targetText, lexicon), dir, set, span,
                    chunkGold, reliability)));
        }
        System.out.printf(Locale.ROOT, "%-22s strict F1 %.3f without a lexicon, %.3f with one learned from the other %d chunks;"
                        + " with it: %s%n", set.name() + " in chunks", EvalScorer.score(without).f1Strict(),
                EvalScorer.score(with).f1Strict(), CHUNKS - 1, reliability.format());
        System.out.printf(Locale.ROOT, "%-22s with it: %s%n", "", reliability.calibration());
    }

    /** Sentence ranges covered by a run of gold beads. */
    private record Span(int s0, int s1, int t0, int t1) {
        static Span of(List<EvalScorer.Alignment> beads) {
            int s0 = Integer.MAX_VALUE;
            int s1 = 0;
            int t0 = Integer.MAX_VALUE;
            int t1 = 0;
            for (EvalScorer.Alignment bead : beads) {
                for (int i : bead.source()) {
                    s0 = Math.min(s0, i);
                    s1 = Math.max(s1, i + 1);
                }
                for (int j : bead.target()) {
                    t0 = Math.min(t0, j);
                    t1 = Math.max(t1, j + 1);
                }
            }
            return new Span(s0, s1, t0, t1);
        }

        EvalScorer.Alignment relative(EvalScorer.Alignment bead) {
            return new EvalScorer.Alignment(bead.source().stream().map(i -> i - s0).toList(),
                    bead.target().stream().map(j -> j - t0).toList());
        }
    }

    private static Lexicon lexiconOutside(List<EvalScorer.Alignment> gold, int from, int to, List<String> source,
                                          List<String> target, AlignBenchmark.EvalSet set) {
        List<String> confirmedSource = new ArrayList<>();
        List<String> confirmedTarget = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            EvalScorer.Alignment bead = gold.get(g);
            if ((g >= from && g < to) || bead.source().isEmpty() || bead.target().isEmpty()) {
                continue;
            }
            confirmedSource.add(String.join(" ", bead.source().stream().map(source::get).toList()));
            confirmedTarget.add(String.join(" ", bead.target().stream().map(target::get).toList()));
        }
        return Lexicon.learn(confirmedSource, confirmedTarget, set.sourceLanguage(), set.targetLanguage());
    }

    /** The beads as chunk-relative alignments, merged by verse for a verse set; adds to {@code reliability} if given. */
    private static List<EvalScorer.Alignment> scored(List<Bead> beads, Path dir, AlignBenchmark.EvalSet set, Span span,
                                                     List<EvalScorer.Alignment> gold,
                                                     AlignBenchmark.Reliability reliability) throws IOException {
        List<EvalScorer.Alignment> test = beads.stream().map(EvalScorer.Alignment::of).toList();
        if (!set.verses()) {
            if (reliability != null) {
                for (int k = 0; k < beads.size(); k++) {
                    reliability.add(beads.get(k).confidence(), gold.contains(test.get(k)));
                }
            }
            return test;
        }
        List<EvalScorer.Alignment> merged = EvalScorer.mergeByVerse(test,
                AlignBenchmark.verses(dir, set.sourceLanguage()).subList(span.s0, span.s1),
                AlignBenchmark.verses(dir, set.targetLanguage()).subList(span.t0, span.t1));
        if (reliability != null) {
            reliability.addMerged(beads, test, merged, gold);
        }
        return merged;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("gold"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
