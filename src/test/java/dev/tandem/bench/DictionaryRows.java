// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import dev.tandem.align.Bead;
import dev.tandem.align.Lexicon;
import dev.tandem.align.SentenceAligner;
import dev.tandem.align.SideText;
import dev.tandem.formats.DictionaryEntry;
import dev.tandem.formats.DictionaryFormatException;
import dev.tandem.formats.DictionaryReader;
import dev.tandem.review.SentenceKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The benchmark's dictionary rows: every development set, both ways round, aligned without and with the real
 * dictionary of its languages (CC-CEDICT for zh/en, FreeDict deu-fra for de/fr; reversed where the set runs the
 * other way), through the path a project's upload takes: the file read by {@link DictionaryReader}, the entries made
 * into the project lexicon by {@link Lexicon#fromEntries}, that lexicon passed to the aligner. Also mac/dev with
 * CC-CEDICT and the leave-one-out confirmed-pairs lexicon together. {@code -Dtandem.bench.sets=mac/dev,bible} keeps
 * only those sets. Times are CPU seconds of the aligning thread per 1,000 sentences per side.
 */
final class DictionaryRows {

    /** A set read one way round, with the dictionary entries of its languages. */
    record Run(AlignBenchmark.EvalSet set, boolean swapped, List<Map.Entry<String, String>> entries,
               String dictionaryName) {
        String sourceLanguage() {
            return swapped ? set.targetLanguage() : set.sourceLanguage();
        }

        String targetLanguage() {
            return swapped ? set.sourceLanguage() : set.targetLanguage();
        }

        String label() {
            return set.name() + " " + sourceLanguage() + "→" + targetLanguage();
        }
    }

    /** Scores and CPU time (of the aligning thread: wall time on a shared machine counts others' work) of one set aligned one way. */
    record Outcome(EvalScorer.Result result, double seconds, int sourceSentences, int targetSentences,
                   AlignBenchmark.Reliability reliability, ShapeRecall shapes) {
        double secondsPerThousand() {
            return AlignBenchmark.secondsPerThousand(seconds, sourceSentences, targetSentences);
        }
    }

    /** Each set is aligned this many times and each document's fastest counted: one run on a shared machine is noise,
     * and the JIT keeps recompiling the scorers for a few runs after a new lexicon comes in. */
    private static final int TIMING_REPEATS = 5;

    private DictionaryRows() {
    }

    /** The dictionary rows alone: {@code [eval dir]}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : System.getProperty("tandem.eval.dir", "../shared/eval/data"));
        print(new SentenceAligner(dev.tandem.align.AlignerSettings.defaults()), root);
    }

    static void print(SentenceAligner aligner, Path root) throws IOException {
        if (!EvalDictionaries.present(EvalDictionaries.cedict(), EvalDictionaries.freedictIndex("deu-fra"),
                EvalDictionaries.freedictDict("deu-fra"))) {
            System.out.println("dictionaries: not found in " + EvalDictionaries.dir()
                    + " (run ../shared/eval/get-dictionaries.sh); rows skipped");
            return;
        }
        long start = System.nanoTime();
        List<Map.Entry<String, String>> cedict = cedict();
        List<Map.Entry<String, String>> deuFra = deuFra();
        System.out.printf(Locale.ROOT, "dictionaries: CC-CEDICT %d entries, FreeDict deu-fra %d, read in %.1f s%n",
                cedict.size(), deuFra.size(), (System.nanoTime() - start) / 1e9);
        AlignBenchmark.EvalSet mac = AlignBenchmark.SETS.get(0);
        start = System.nanoTime();
        Lexicon macLexicon = lexiconFor(new Run(mac, false, cedict, "CC-CEDICT"), "zh", "en");
        System.out.printf(Locale.ROOT, "dictionaries: the project lexicon of CC-CEDICT built in %.1f s (%d links)%n",
                (System.nanoTime() - start) / 1e9, macLexicon.size());
        if (Files.isDirectory(mac.dir(root))) {
            // JIT warm-up of both paths, so that the first row's times are steady state
            align(aligner, root, new Run(mac, false, cedict, "CC-CEDICT"), name -> Lexicon.EMPTY);
            align(aligner, root, new Run(mac, false, cedict, "CC-CEDICT"), name -> macLexicon);
        }
        System.out.printf(Locale.ROOT, "%-24s %-10s %7s %7s %7s  %9s %9s %6s  %s%n", "set", "dictionary", "F1 none",
                "F1 dict", "change", "s/1k none", "s/1k dict", "ratio", "lax none → dict");
        for (AlignBenchmark.EvalSet set : AlignBenchmark.SETS) {
            if (!Files.isDirectory(set.dir(root)) || !System.getProperty("tandem.bench.sets", set.name()).contains(set.name())) {
                continue;
            }
            boolean chinese = set.sourceLanguage().equals("zh") || set.targetLanguage().equals("zh");
            for (boolean swapped : new boolean[] {false, true}) {
                Run run = new Run(set, swapped, chinese ? cedict : deuFra, chinese ? "CC-CEDICT" : "deu-fra");
                Lexicon lexicon = lexiconFor(run, chinese ? "zh" : "de", chinese ? "en" : "fr");
                Outcome without = align(aligner, root, run, name -> Lexicon.EMPTY);
                Outcome with = align(aligner, root, run, name -> lexicon);
                System.out.printf(Locale.ROOT, "%-24s %-10s %7.3f %7.3f %+7.3f  %9.3f %9.3f %6.2f  %.3f → %.3f%n",
                        run.label(), run.dictionaryName(), without.result().f1Strict(), with.result().f1Strict(),
                        with.result().f1Strict() - without.result().f1Strict(), without.secondsPerThousand(),
                        with.secondsPerThousand(), with.seconds() / without.seconds(), without.result().f1Lax(),
                        with.result().f1Lax());
                System.out.printf(Locale.ROOT, "%-24s without: %s%n%-24s with:    %s%n", "", without.reliability().calibration(),
                        "", with.reliability().calibration());
            }
        }
        if (Files.isDirectory(mac.dir(root))) {
            printWithConfirmedPairs(aligner, root, new Run(mac, false, cedict, "CC-CEDICT"), macLexicon);
            for (boolean swapped : new boolean[] {false, true}) {
                printAmongTheBook(aligner, root, new Run(mac, swapped, List.of(), "none"));
            }
        }
    }

    /**
     * mac/dev with each document aligned into a project that holds the five others, unreviewed (each aligned alone):
     * the lexicon their pairs teach, as {@code ProjectLexicons.forAlignment} learns it.
     */
    private static void printAmongTheBook(SentenceAligner aligner, Path root, Run run) throws IOException {
        Map<String, Lexicon> learned = unreviewedLeaveOneOutLexicons(aligner, root, run);
        Outcome alone = align(aligner, root, run, name -> Lexicon.EMPTY, 1);
        Outcome among = align(aligner, root, run, learned::get, 1);
        System.out.printf(Locale.ROOT, "%-24s strict F1 alone %.3f, among the book's other chapters %.3f (%+.3f)%n",
                run.label() + " in a project", alone.result().f1Strict(), among.result().f1Strict(),
                among.result().f1Strict() - alone.result().f1Strict());
        System.out.printf(Locale.ROOT, "%-24s alone: %s%n%-24s among:  %s%n", "", alone.reliability().calibration(), "",
                among.reliability().calibration());
    }

    /**
     * For each document of a run's set, the lexicon learned from the aligner's own pairs (each document aligned alone,
     * nobody reviewing) of the others: what a project's unreviewed documents teach a new one.
     */
    static Map<String, Lexicon> unreviewedLeaveOneOutLexicons(SentenceAligner aligner, Path root, Run run)
            throws IOException {
        Path dir = run.set().dir(root);
        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("gold"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        Map<String, List<String[]>> pairs = new java.util.HashMap<>();
        for (String name : names) {
            List<String> source = AlignBenchmark.lines(dir.resolve(run.sourceLanguage()).resolve(name));
            List<String> target = AlignBenchmark.lines(dir.resolve(run.targetLanguage()).resolve(name));
            List<String[]> texts = new ArrayList<>();
            for (Bead bead : aligner.align(SideText.of(run.sourceLanguage(), source),
                    SideText.of(run.targetLanguage(), target))) {
                if (bead.pairs()) {
                    // joined with spaces, as a project's pairs are (PairTexts)
                    List<String> sentences = new ArrayList<>(source.subList(bead.sourceStart(), bead.sourceEnd()));
                    sentences.addAll(target.subList(bead.targetStart(), bead.targetEnd()));
                    texts.add(new String[] {String.join(" ", source.subList(bead.sourceStart(), bead.sourceEnd())),
                            String.join(" ", target.subList(bead.targetStart(), bead.targetEnd())),
                            String.join("\n", sentences.stream().map(SentenceKey::of).toList())});
                }
            }
            pairs.put(name, texts);
        }
        Map<String, Lexicon> learned = new java.util.HashMap<>();
        for (String name : names) {
            // as the product does: no pair holding a sentence of the document being aligned (short lines recur)
            java.util.Set<String> own = new java.util.HashSet<>();
            for (String language : List.of(run.sourceLanguage(), run.targetLanguage())) {
                AlignBenchmark.lines(dir.resolve(language).resolve(name)).stream().map(SentenceKey::of)
                        .filter(key -> !key.isEmpty()).forEach(own::add);
            }
            List<String> sources = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (String other : names) {
                if (!other.equals(name)) {
                    pairs.get(other).stream().filter(pair -> pair[2].lines().noneMatch(own::contains)).forEach(pair -> {
                        sources.add(pair[0]);
                        targets.add(pair[1]);
                    });
                }
            }
            learned.put(name, Lexicon.learn(sources, targets, run.sourceLanguage(), run.targetLanguage()));
        }
        return learned;
    }

    /**
     * mac/dev with each document's leave-one-out lexicon (learned from the gold pairs of the others, as a project
     * learns from its confirmed pairs), without and with CC-CEDICT beside it.
     */
    private static void printWithConfirmedPairs(SentenceAligner aligner, Path root, Run run, Lexicon dictionary)
            throws IOException {
        Map<String, Lexicon> learned = leaveOneOutLexicons(run.set().dir(root));
        Outcome without = align(aligner, root, run, learned::get);
        Outcome with = align(aligner, root, run, name -> learned.get(name).merge(dictionary));
        System.out.printf(Locale.ROOT, "%-24s %-10s %7.3f %7.3f %+7.3f  %9.3f %9.3f %6.2f  %.3f → %.3f%n",
                run.label() + " +lex", run.dictionaryName(), without.result().f1Strict(), with.result().f1Strict(),
                with.result().f1Strict() - without.result().f1Strict(), without.secondsPerThousand(),
                with.secondsPerThousand(), with.seconds() / without.seconds(), without.result().f1Lax(),
                with.result().f1Lax());
        System.out.printf(Locale.ROOT, "%-24s without: %s%n%-24s with:    %s%n", "", without.reliability().calibration(),
                "", with.reliability().calibration());
    }

    /** For each mac/dev document, the lexicon learned from the gold pairs of the others (a project's confirmed pairs). */
    static Map<String, Lexicon> leaveOneOutLexicons(Path dir) throws IOException {
        Map<String, Lexicon> learned = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("gold"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            for (String name : names) {
                List<String> sources = new ArrayList<>();
                List<String> targets = new ArrayList<>();
                for (String other : names) {
                    if (!other.equals(name)) {
                        AlignBenchmark.addGoldPairs(dir, other, "zh", "en", "", sources, targets);
                    }
                }
                learned.put(name, Lexicon.learn(sources, targets, "zh", "en"));
            }
        }
        return learned;
    }

    /** The project lexicon of a run's dictionary: its entries as read, turned round when the run goes the other way. */
    static Lexicon lexiconFor(Run run, String dictionarySource, String dictionaryTarget) {
        boolean reversed = !run.sourceLanguage().equals(dictionarySource);
        List<Map.Entry<String, String>> entries = reversed
                ? run.entries().stream().map(e -> Map.entry(e.getValue(), e.getKey())).toList() : run.entries();
        return Lexicon.fromEntries(entries);
    }

    static List<Map.Entry<String, String>> cedict() throws IOException {
        try {
            return asEntries(DictionaryReader.readCedict(Files.readString(EvalDictionaries.cedict()), 2_000_000).entries());
        } catch (DictionaryFormatException e) {
            throw new IOException(e);
        }
    }

    static List<Map.Entry<String, String>> deuFra() throws IOException {
        try {
            return asEntries(DictionaryReader.readDictd(Files.readString(EvalDictionaries.freedictIndex("deu-fra")),
                    Files.readAllBytes(EvalDictionaries.freedictDict("deu-fra")), 2_000_000).entries());
        } catch (DictionaryFormatException e) {
            throw new IOException(e);
        }
    }

    private static List<Map.Entry<String, String>> asEntries(List<DictionaryEntry> entries) {
        return entries.stream().map(e -> Map.entry(e.source(), e.target())).toList();
    }

    /** Aligns every document of a run's set with the lexicon {@code lexicons} gives for its name. */
    static Outcome align(SentenceAligner aligner, Path root, Run run, Function<String, Lexicon> lexicons)
            throws IOException {
        return align(aligner, root, run, lexicons, TIMING_REPEATS);
    }

    /**
     * As above, aligning the whole set {@code repeats} times, one document after the other, and counting each
     * document's fastest. Repeating the set rather than each document in turn gives the JIT the time of a whole
     * pass to settle after a new lexicon: five runs of one document in a row all fell in its recompilation on a
     * loaded machine, making the dictionary's time swing between 1.1 and 2× that without it from run to run.
     */
    static Outcome align(SentenceAligner aligner, Path root, Run run, Function<String, Lexicon> lexicons, int repeats)
            throws IOException {
        AlignBenchmark.EvalSet set = run.set();
        Path dir = set.dir(root);
        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("gold"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        List<List<String>> sources = new ArrayList<>();
        List<List<String>> targets = new ArrayList<>();
        int sourceSentences = 0;
        int targetSentences = 0;
        for (String name : names) {
            sources.add(AlignBenchmark.lines(dir.resolve(run.sourceLanguage()).resolve(name)));
            targets.add(AlignBenchmark.lines(dir.resolve(run.targetLanguage()).resolve(name)));
            sourceSentences += sources.get(sources.size() - 1).size();
            targetSentences += targets.get(targets.size() - 1).size();
        }
        List<List<Bead>> aligned = new ArrayList<>(Collections.nCopies(names.size(), null));
        long[] best = new long[names.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int repeat = 0; repeat < repeats; repeat++) {
            for (int d = 0; d < names.size(); d++) {
                Lexicon lexicon = lexicons.apply(names.get(d));
                long start = AlignBenchmark.cpuNanos();
                aligned.set(d, aligner.align(SideText.of(run.sourceLanguage(), sources.get(d)),
                        SideText.of(run.targetLanguage(), targets.get(d)), lexicon));
                best[d] = Math.min(best[d], AlignBenchmark.cpuNanos() - start);
            }
        }
        List<EvalScorer.Document> documents = new ArrayList<>();
        AlignBenchmark.Reliability reliability = new AlignBenchmark.Reliability();
        ShapeRecall shapes = new ShapeRecall();
        long nanos = 0;
        for (int d = 0; d < names.size(); d++) {
            String name = names.get(d);
            List<Bead> beads = aligned.get(d);
            nanos += best[d];
            List<EvalScorer.Alignment> gold = EvalScorer.read(dir.resolve("gold").resolve(name));
            reliability.countGold(gold);
            List<EvalScorer.Alignment> test = new ArrayList<>();
            for (Bead bead : beads) {
                EvalScorer.Alignment alignment = EvalScorer.Alignment.of(bead);
                test.add(run.swapped() ? new EvalScorer.Alignment(alignment.target(), alignment.source()) : alignment);
            }
            if (set.verses()) {
                List<EvalScorer.Alignment> merged = EvalScorer.mergeByVerse(test,
                        AlignBenchmark.verses(dir, set.sourceLanguage()), AlignBenchmark.verses(dir, set.targetLanguage()));
                reliability.addMerged(beads, test, merged, gold);
                test = merged;
            } else {
                for (int k = 0; k < beads.size(); k++) {
                    reliability.add(beads.get(k).confidence(), gold.contains(test.get(k)));
                }
            }
            shapes.add(gold, test);
            documents.add(new EvalScorer.Document(gold, test));
        }
        return new Outcome(EvalScorer.score(documents), nanos / 1e9, sourceSentences, targetSentences, reliability,
                shapes);
    }
}
