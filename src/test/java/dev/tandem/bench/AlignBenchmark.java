// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import dev.tandem.align.AlignerSettings;
import dev.tandem.align.Bead;
import dev.tandem.align.Lexicon;
import dev.tandem.align.SentenceAligner;
import dev.tandem.align.SideText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Aligns the gold-aligned development sets of {@code shared/eval} and prints strict/lax P/R/F1
 * (with {@link EvalScorer}, identical to {@code score.py}), sentence counts, wall time of aligning, that time per
 * 1,000 sentences per side ({@link #secondsPerThousand}) and the aligning thread's CPU time.
 * Writes gold-format outputs to {@code target/bench/<set>/<doc>} for cross-checking with score.py.
 *
 * <pre>./mvnw -q test-compile exec:java@align-bench   [-Dtandem.eval.dir=DIR | first argument DIR]</pre>
 * With {@code -Dtandem.bench.scale=true} it also aligns mac/dev repeated to 1,000, 10,000 and 100,000
 * source sentences and prints seconds and peak heap, to show that time and memory stay linear
 * (run with {@code MAVEN_OPTS=-Xmx1g} to hold it to the 1 GB target).
 */
public final class AlignBenchmark {

    /** One evaluation set: folder, source and target language folders, optional verse files. */
    record EvalSet(String name, String sourceLanguage, String targetLanguage, boolean verses) {
        Path dir(Path root) {
            return root.resolve(name);
        }
    }

    static final List<EvalSet> SETS = List.of(
            new EvalSet("mac/dev", "zh", "en", false),
            new EvalSet("text+berg/dev", "de", "fr", false),
            new EvalSet("bible", "en", "zh", true));

    private AlignBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : System.getProperty("tandem.eval.dir", "../shared/eval/data"));
        if (!Files.isDirectory(root)) {
            System.out.println("Evaluation data not found at " + root.toAbsolutePath()
                    + "; set -Dtandem.eval.dir=... or pass the directory as first argument. Nothing to do.");
            return;
        }
        SentenceAligner aligner = new SentenceAligner(AlignerSettings.defaults());
        Path out = Path.of("target", "bench");
        warmUp(aligner, root);
        System.out.printf(Locale.ROOT, "%-14s %5s %6s %6s  %6s %6s %6s  %6s %6s %6s  %8s %9s %7s%n", "set", "docs", "src",
                "tgt", "P", "R", "F1", "Plax", "Rlax", "F1lax", "seconds", "s/1k/side", "cpu s");
        for (EvalSet set : SETS) {
            if (!Files.isDirectory(set.dir(root))) {
                System.out.println(set.name() + ": not found, skipped");
                continue;
            }
            SetRun run = runSet(aligner, root, set, out);
            EvalScorer.Result r = run.result();
            printRow(set.name(), run.documents(), run.sourceSentences(), run.targetSentences(), r, run.seconds(),
                    run.cpuSeconds());
            System.out.printf(Locale.ROOT, "%-14s mean confidence: strictly correct beads %.3f (n=%d), wrong beads %.3f (n=%d)%n",
                    "", run.confidenceCorrect(), run.correct(), run.confidenceWrong(), run.wrong());
            System.out.printf(Locale.ROOT, "%-14s %s%n", "", run.reliability().format());
            if (run.verseReliability() != null) {
                // the gold of a verse set pairs verses: a sentence bead inside a many-sentence verse is never
                // equal to a gold bead, so judge the verse-merged beads, each with its least confident part
                System.out.printf(Locale.ROOT, "%-14s verse-merged %s%n", "", run.verseReliability().format());
            }
            System.out.printf(Locale.ROOT, "%-14s %s%n", "", run.calibrated().calibration());
            System.out.printf(Locale.ROOT, "%-14s %s%n", "", run.shapes().format());
        }
        leaveOneOutLexicon(aligner, root);
        DictionaryRows.print(aligner, root);
        System.out.println("generality: each set the other way round, and the one-document sets in chunks");
        for (EvalSet set : SETS) {
            if (Files.isDirectory(set.dir(root))) {
                GeneralityChecks.printSwapped(aligner, root, set);
                GeneralityChecks.printChunkLexicon(aligner, root, set);
            }
        }
        timeConcatenatedMac(aligner, root);
        if (Boolean.getBoolean("tandem.bench.scale")) {
            scaleRun(aligner, root);
        }
    }

    /**
     * One row of the table: counts, strict and lax P/R/F1, aligning seconds (wall clock), seconds per 1,000 sentences
     * per side, and the CPU seconds of the aligning thread (on a busy machine wall time also counts other processes).
     */
    private static void printRow(String name, long documents, int sourceSentences, int targetSentences,
                                 EvalScorer.Result r, double seconds, double cpuSeconds) {
        System.out.printf(Locale.ROOT, "%-14s %5d %6d %6d  %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f  %8.3f %9.3f %7.3f%n",
                name, documents, sourceSentences, targetSentences, r.precisionStrict(), r.recallStrict(), r.f1Strict(),
                r.precisionLax(), r.recallLax(), r.f1Lax(), seconds,
                secondsPerThousand(seconds, sourceSentences, targetSentences), cpuSeconds);
    }

    /** CPU nanoseconds the current thread has used (the aligner runs on the calling thread). */
    static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * Seconds per 1,000 sentences per side, {@code seconds · 1000 / ((S + T) / 2)}: the unit of the target "under 1 s
     * per 1,000 sentences per side", comparable across sets of different sizes.
     */
    static double secondsPerThousand(double seconds, int sourceSentences, int targetSentences) {
        return seconds * 1000.0 / ((sourceSentences + targetSentences) / 2.0);
    }

    /** The documents of {@code side}, in the file order of {@code names}, as one list of sentences. */
    private static List<String> concatenated(Path names, Path side) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(names)) {
            for (Path file : files.sorted().toList()) {
                sentences.addAll(lines(side.resolve(file.getFileName())));
            }
        }
        return sentences;
    }

    /** mac/dev concatenated and repeated to 1k, 10k and 100k source sentences: seconds and peak heap. */
    private static void scaleRun(SentenceAligner aligner, Path root) throws IOException {
        Path dir = root.resolve("mac/dev");
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<String> source = concatenated(dir.resolve("zh"), dir.resolve("zh"));
        List<String> target = concatenated(dir.resolve("zh"), dir.resolve("en"));
        for (int size : new int[] {1_000, 10_000, 100_000}) {
            List<String> sourceDoc = repeated(source, size);
            List<String> targetDoc = repeated(target, (int) Math.round((double) size * target.size() / source.size()));
            System.gc();
            java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
            long[] peak = {memory.getHeapMemoryUsage().getUsed()};
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            List<Bead> beads = aligner.align(SideText.of("zh", sourceDoc), SideText.of("en", targetDoc));
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            System.out.printf(Locale.ROOT, "scale: %6d × %6d sentences -> %6d beads in %7.2f s, peak heap %5d MB (max %d MB)%n",
                    sourceDoc.size(), targetDoc.size(), beads.size(), seconds, peak[0] >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** The first {@code count} sentences of {@code sentences} repeated end to end. */
    private static List<String> repeated(List<String> sentences, int count) {
        List<String> result = new ArrayList<>(count);
        while (result.size() < count) {
            result.addAll(sentences.subList(0, Math.min(sentences.size(), count - result.size())));
        }
        return result;
    }

    /** Results of one set. */
    record SetRun(EvalScorer.Result result, int documents, int sourceSentences, int targetSentences, double seconds,
                  double cpuSeconds, double confidenceCorrect, int correct, double confidenceWrong, int wrong, Reliability reliability,
                  Reliability verseReliability, ShapeRecall shapes) {

        /** The reliability judged against the gold: verse-merged for a verse set. */
        Reliability calibrated() {
            return verseReliability != null ? verseReliability : reliability;
        }
    }

    /**
     * Reliability of the confidence: beads per confidence bucket and the share of them that equal a
     * gold bead (strict correctness; for a verse set both before verse merging and after it, where a merged
     * bead has the confidence of its least confident part). A meaningful confidence has a share that
     * rises with the bucket, and a top bucket that is nearly always right. With the number of gold beads
     * ({@link #countGold}) it also gives what a reviewer spends ({@link #calibration}).
     */
    static final class Reliability {
        static final double[] BOUNDS = {0.0, 0.5, 0.7, 0.9, 1.0};
        /** Pairs at or above this confidence are the ones a reviewer may confirm unread. */
        static final double CONFIDENT = 0.9;

        private final int[] beads = new int[BOUNDS.length - 1];
        private final int[] correct = new int[BOUNDS.length - 1];
        private int goldBeads;

        /**
         * Adds the verse-merged beads {@code merged} of {@code test} (one alignment per bead of {@code beads}): a
         * merged bead is as reliable as its least confident part.
         */
        void addMerged(List<Bead> beads, List<EvalScorer.Alignment> test, List<EvalScorer.Alignment> merged,
                       List<EvalScorer.Alignment> gold) {
            int part = 0;
            for (EvalScorer.Alignment bead : merged) {
                int size = bead.source().size() + bead.target().size();
                double confidence = 1.0;
                for (int covered = 0; covered < size; part++) {
                    covered += test.get(part).source().size() + test.get(part).target().size();
                    confidence = Math.min(confidence, beads.get(part).confidence());
                }
                add(confidence, gold.contains(bead));
            }
        }

        void add(double confidence, boolean isCorrect) {
            int bucket = BOUNDS.length - 2;
            while (bucket > 0 && confidence < BOUNDS[bucket]) {
                bucket--;
            }
            beads[bucket]++;
            correct[bucket] += isCorrect ? 1 : 0;
        }

        /** Counts the gold beads of a document, the denominator of {@link #toFixPerHundredGold}. */
        void countGold(List<EvalScorer.Alignment> gold) {
            goldBeads += gold.size();
        }

        /** Share of the output pairs with confidence ≥ {@value #CONFIDENT}. */
        double confidentShare() {
            int total = java.util.Arrays.stream(beads).sum();
            return total == 0 ? 0.0 : (double) beads[beads.length - 1] / total;
        }

        /** Share of the pairs at ≥ {@value #CONFIDENT} that equal a gold bead (strict precision). */
        double confidentPrecision() {
            int top = beads.length - 1;
            return beads[top] == 0 ? 0.0 : (double) correct[top] / beads[top];
        }

        /** Output pairs that are not exactly a gold bead, per 100 gold beads: what a reviewer has to fix. */
        double toFixPerHundredGold() {
            int wrong = java.util.Arrays.stream(beads).sum() - java.util.Arrays.stream(correct).sum();
            return goldBeads == 0 ? 0.0 : 100.0 * wrong / goldBeads;
        }

        String calibration() {
            return String.format(Locale.ROOT, "calibration: %.1f%% of pairs at ≥ %.1f, %.1f%% of them correct;"
                    + " %.1f pairs to fix per 100 gold pairs", 100.0 * confidentShare(), CONFIDENT,
                    100.0 * confidentPrecision(), toFixPerHundredGold());
        }

        String format() {
            StringBuilder text = new StringBuilder("reliability:");
            for (int b = 0; b < beads.length; b++) {
                text.append(String.format(Locale.ROOT, "  [%.1f,%.1f%s %5d beads %5.1f%% correct", BOUNDS[b], BOUNDS[b + 1],
                        b == beads.length - 1 ? "]" : ")", beads[b], beads[b] == 0 ? 0.0 : 100.0 * correct[b] / beads[b]));
            }
            return text.toString();
        }
    }

    static SetRun runSet(SentenceAligner aligner, Path root, EvalSet set, Path out) throws IOException {
        Path dir = set.dir(root);
        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("gold"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        List<EvalScorer.Document> documents = new ArrayList<>();
        int sourceSentences = 0;
        int targetSentences = 0;
        long nanos = 0;
        long cpu = 0;
        double confidenceCorrect = 0;
        double confidenceWrong = 0;
        int correct = 0;
        int wrong = 0;
        Reliability reliability = new Reliability();
        Reliability verseReliability = set.verses() ? new Reliability() : null;
        ShapeRecall shapes = new ShapeRecall();
        for (String name : names) {
            List<String> source = lines(dir.resolve(set.sourceLanguage()).resolve(name));
            List<String> target = lines(dir.resolve(set.targetLanguage()).resolve(name));
            sourceSentences += source.size();
            targetSentences += target.size();
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            List<Bead> beads = aligner.align(SideText.of(set.sourceLanguage(), source), SideText.of(set.targetLanguage(), target));
            cpu += cpuNanos() - cpuStart;
            nanos += System.nanoTime() - start;
            List<EvalScorer.Alignment> test = beads.stream().map(EvalScorer.Alignment::of).toList();
            EvalScorer.write(out.resolve(set.name()).resolve(name), test);
            List<EvalScorer.Alignment> gold = EvalScorer.read(dir.resolve("gold").resolve(name));
            reliability.countGold(gold);
            for (int k = 0; k < beads.size(); k++) {
                reliability.add(beads.get(k).confidence(), gold.contains(test.get(k)));
                if (gold.contains(test.get(k))) {
                    confidenceCorrect += beads.get(k).confidence();
                    correct++;
                } else {
                    confidenceWrong += beads.get(k).confidence();
                    wrong++;
                }
            }
            if (set.verses()) {
                List<EvalScorer.Alignment> merged = EvalScorer.mergeByVerse(test, verses(dir, set.sourceLanguage()),
                        verses(dir, set.targetLanguage()));
                verseReliability.addMerged(beads, test, merged, gold);
                verseReliability.countGold(gold);
                test = merged;
            }
            shapes.add(gold, test);
            documents.add(new EvalScorer.Document(gold, test));
        }
        return new SetRun(EvalScorer.score(documents), names.size(), sourceSentences, targetSentences, nanos / 1e9,
                cpu / 1e9, correct == 0 ? 0 : confidenceCorrect / correct, correct, wrong == 0 ? 0 : confidenceWrong / wrong, wrong, reliability,
                verseReliability, shapes);
    }

    /**
     * mac/dev again, each document aligned with a lexicon learned from the gold pairs of the five others: what a
     * project's confirmed pairs give the next document (the service learns it the same way, {@code Lexicon.learn}).
     * The row's seconds are the aligning alone; the learning (Model 1 training, six times) is printed apart.
     */
    private static void leaveOneOutLexicon(SentenceAligner aligner, Path root) throws IOException {
        if (!Files.isDirectory(root.resolve("mac/dev"))) {
            return;
        }
        Reliability reliability = new Reliability();
        LeaveOneOutRun run = leaveOneOut(aligner, root, reliability);
        printRow("mac/dev+lex", run.documents(), run.sourceSentences(), run.targetSentences(), run.result(),
                run.alignSeconds(), run.alignCpuSeconds());
        System.out.printf(Locale.ROOT, "%-14s (each document with a lexicon learned from the gold pairs of the others;"
                + " learning the %d lexicons took %.3f s more, aligning %.3f s)%n", "", run.documents(),
                run.learnSeconds(), run.alignSeconds());
        System.out.printf(Locale.ROOT, "%-14s %s%n", "", reliability.format());
        System.out.printf(Locale.ROOT, "%-14s %s%n", "", reliability.calibration());
    }

    /** Results of the leave-one-out lexicon run, with the seconds of learning the lexicons and of aligning apart. */
    record LeaveOneOutRun(EvalScorer.Result result, int documents, int sourceSentences, int targetSentences,
                          double learnSeconds, double alignSeconds, double alignCpuSeconds) {
    }

    /** mac/dev scored with each document aligned with a lexicon learned from the other documents' gold pairs. */
    static EvalScorer.Result leaveOneOut(SentenceAligner aligner, Path root) throws IOException {
        return leaveOneOut(aligner, root, new Reliability()).result();
    }

    /** As {@link #leaveOneOut(SentenceAligner, Path)}, adding every bead's confidence and correctness to {@code reliability}. */
    static LeaveOneOutRun leaveOneOut(SentenceAligner aligner, Path root, Reliability reliability) throws IOException {
        Path dir = root.resolve("mac/dev");
        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("gold"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<EvalScorer.Document> documents = new ArrayList<>();
        int sourceSentences = 0;
        int targetSentences = 0;
        long learnNanos = 0;
        long alignNanos = 0;
        long alignCpu = 0;
        for (String name : names) {
            List<String> confirmedSource = new ArrayList<>();
            List<String> confirmedTarget = new ArrayList<>();
            for (String other : names) {
                if (!other.equals(name)) {
                    addGoldPairs(dir, other, "zh", "en", "", confirmedSource, confirmedTarget);
                }
            }
            long start = System.nanoTime();
            Lexicon lexicon = Lexicon.learn(confirmedSource, confirmedTarget, "zh", "en");
            learnNanos += System.nanoTime() - start;
            List<String> source = lines(dir.resolve("zh").resolve(name));
            List<String> target = lines(dir.resolve("en").resolve(name));
            sourceSentences += source.size();
            targetSentences += target.size();
            start = System.nanoTime();
            long cpuStart = cpuNanos();
            List<Bead> beads = aligner.align(SideText.of("zh", source), SideText.of("en", target), lexicon);
            alignCpu += cpuNanos() - cpuStart;
            alignNanos += System.nanoTime() - start;
            List<EvalScorer.Alignment> gold = EvalScorer.read(dir.resolve("gold").resolve(name));
            List<EvalScorer.Alignment> test = beads.stream().map(EvalScorer.Alignment::of).toList();
            reliability.countGold(gold);
            for (int k = 0; k < beads.size(); k++) {
                reliability.add(beads.get(k).confidence(), gold.contains(test.get(k)));
            }
            documents.add(new EvalScorer.Document(gold, test));
        }
        return new LeaveOneOutRun(EvalScorer.score(documents), names.size(), sourceSentences, targetSentences,
                learnNanos / 1e9, alignNanos / 1e9, alignCpu / 1e9);
    }

    /**
     * Adds the paired gold beads of document {@code name} of the set in {@code dir} as confirmed pairs, each side's
     * sentences joined with {@code sourceJoiner} (none for Chinese) and a space.
     */
    static void addGoldPairs(Path dir, String name, String sourceLanguage, String targetLanguage,
                                     String sourceJoiner, List<String> confirmedSource, List<String> confirmedTarget)
            throws IOException {
        List<String> source = lines(dir.resolve(sourceLanguage).resolve(name));
        List<String> target = lines(dir.resolve(targetLanguage).resolve(name));
        for (EvalScorer.Alignment bead : EvalScorer.read(dir.resolve("gold").resolve(name))) {
            if (!bead.source().isEmpty() && !bead.target().isEmpty()) {
                confirmedSource.add(String.join(sourceJoiner, bead.source().stream().map(source::get).toList()));
                confirmedTarget.add(String.join(" ", bead.target().stream().map(target::get).toList()));
            }
        }
    }

    /** Time for one long document: all mac/dev documents concatenated (the search is linear in length). */
    private static void timeConcatenatedMac(SentenceAligner aligner, Path root) throws IOException {
        Path dir = root.resolve("mac/dev");
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<String> source = concatenated(dir.resolve("zh"), dir.resolve("zh"));
        List<String> target = concatenated(dir.resolve("zh"), dir.resolve("en"));
        long start = System.nanoTime();
        List<Bead> beads = aligner.align(SideText.of("zh", source), SideText.of("en", target));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "mac/dev concatenated: %d × %d sentences -> %d beads in %.3f s%n",
                source.size(), target.size(), beads.size(), seconds);
    }

    /**
     * JIT warm-up so the per-set timings measure steady state: text+berg aligned without and with a lexicon (learned
     * from its own gold pairs), so that the lexicon passes are compiled before the leave-one-out row too.
     */
    private static void warmUp(SentenceAligner aligner, Path root) throws IOException {
        Path dir = root.resolve("text+berg/dev");
        if (Files.isDirectory(dir)) {
            SideText source = SideText.of("de", lines(dir.resolve("de/dev")));
            SideText target = SideText.of("fr", lines(dir.resolve("fr/dev")));
            aligner.align(source, target);
            List<String> confirmedSource = new ArrayList<>();
            List<String> confirmedTarget = new ArrayList<>();
            addGoldPairs(dir, "dev", "de", "fr", " ", confirmedSource, confirmedTarget);
            aligner.align(source, target, Lexicon.learn(confirmedSource, confirmedTarget, "de", "fr"));
        }
        // Chinese word segmentation, transliteration and number words have code paths of their own
        Path mac = root.resolve("mac/dev");
        if (Files.isDirectory(mac)) {
            try (Stream<Path> files = Files.list(mac.resolve("zh"))) {
                Path first = files.sorted().findFirst().orElseThrow();
                aligner.align(SideText.of("zh", lines(first)), SideText.of("en", lines(mac.resolve("en").resolve(first.getFileName()))));
            }
        }
    }

    /** The verse of every sentence of one side of a verse set ({@code <language>.verse}, a line per sentence). */
    static List<String> verses(Path dir, String language) throws IOException {
        return lines(dir.resolve(language + ".verse")).stream().map(String::strip).toList();
    }

    static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines.stream().map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l).toList();
    }
}
