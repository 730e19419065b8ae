// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import dev.tandem.align.Bead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Strict and lax precision/recall/F1 of sentence alignments, with exactly the definitions of
 * {@code shared/eval/score.py} (Vecalign's scorer, after Sennrich &amp; Volk 2011): beads become
 * sets per document (beads empty on both sides dropped); precision judges test beads against gold,
 * recall judges gold against test after dropping beads with an empty side from both; counts are
 * summed over documents; 0/0 is 0.
 */
public final class EvalScorer {

    /** A bead as sentence index lists, in the gold file format {@code [0,1]:[2]}. */
    public record Alignment(List<Integer> source, List<Integer> target) {
        public Alignment {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }

        /** The sentences of {@code bead}, its target indices less {@code targetOffset} (sentences put before the text). */
        public static Alignment of(Bead bead, int targetOffset) {
            return new Alignment(IntStream.range(bead.sourceStart(), bead.sourceEnd()).boxed().toList(),
                    IntStream.range(bead.targetStart() - targetOffset, bead.targetEnd() - targetOffset).boxed().toList());
        }

        public static Alignment of(Bead bead) {
            return of(bead, 0);
        }

        boolean isNull() {
            return source.isEmpty() || target.isEmpty();
        }

        String format() {
            return "[" + join(source) + "]:[" + join(target) + "]";
        }

        private static String join(List<Integer> ids) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < ids.size(); k++) {
                text.append(k == 0 ? "" : ",").append(ids.get(k));
            }
            return text.toString();
        }
    }

    /** Gold and test beads of one document. */
    public record Document(List<Alignment> gold, List<Alignment> test) {
    }

    /**
     * Summed counts and the derived figures; {@code precisionCounts}/{@code recallCounts} are
     * {@code [tpStrict, fpStrict, tpLax, fpLax]}.
     */
    public record Result(long[] precisionCounts, long[] recallCounts) {
        public double precisionStrict() {
            return ratio(precisionCounts[0], precisionCounts[0] + precisionCounts[1]);
        }

        public double recallStrict() {
            return ratio(recallCounts[0], recallCounts[0] + recallCounts[1]);
        }

        public double precisionLax() {
            return ratio(precisionCounts[2], precisionCounts[2] + precisionCounts[3]);
        }

        public double recallLax() {
            return ratio(recallCounts[2], recallCounts[2] + recallCounts[3]);
        }

        public double f1Strict() {
            return f1(precisionStrict(), recallStrict());
        }

        public double f1Lax() {
            return f1(precisionLax(), recallLax());
        }

        private static double ratio(long a, long b) {
            return b == 0 ? 0.0 : (double) a / b;
        }

    }

    /** F1 of {@code right} beads among {@code output} given against {@code gold} gold beads. */
    public static double f1(long right, long output, long gold) {
        return f1(Result.ratio(right, output), Result.ratio(right, gold));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static final Pattern SIDE = Pattern.compile("^\\[\\s*([0-9,\\s]*)\\]$");

    private EvalScorer() {
    }

    public static List<Alignment> read(Path file) throws IOException {
        List<Alignment> beads = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String field : line.split(":", -1)) {
                if (!field.strip().isEmpty()) {
                    fields.add(field.strip());
                }
            }
            if (fields.size() < 2) {
                throw new IOException(file + ":" + lineNumber + ": need two ':'-separated fields");
            }
            beads.add(new Alignment(side(fields.get(0), file, lineNumber), side(fields.get(1), file, lineNumber)));
        }
        return beads;
    }

    public static void write(Path file, List<Alignment> beads) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Alignment bead : beads) {
            text.append(bead.format()).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<Integer> side(String text, Path file, int lineNumber) throws IOException {
        Matcher m = SIDE.matcher(text.strip());
        if (!m.matches()) {
            throw new IOException(file + ":" + lineNumber + ": cannot parse " + text);
        }
        List<Integer> ids = new ArrayList<>();
        for (String id : m.group(1).replace(" ", "").split(",")) {
            if (!id.isEmpty()) {
                ids.add(Integer.parseInt(id.strip()));
            }
        }
        return ids;
    }

    public static Result score(List<Document> documents) {
        long[] precision = new long[4];
        long[] recall = new long[4];
        for (Document document : documents) {
            add(precision, counts(document.gold(), document.test()));
            add(recall, counts(nonNull(document.test()), nonNull(document.gold())));
        }
        return new Result(precision, recall);
    }

    /** {@code [tpStrict, fpStrict, tpLax, fpLax]} of {@code test} judged against {@code gold}. */
    static long[] counts(List<Alignment> gold, List<Alignment> test) {
        Set<Alignment> goldSet = asSet(gold);
        Set<Alignment> testSet = asSet(test);
        Map<Integer, Set<Integer>> sourceToGoldTarget = new HashMap<>();
        for (Alignment bead : goldSet) {
            for (int i : bead.source()) {
                sourceToGoldTarget.computeIfAbsent(i, k -> new HashSet<>()).addAll(bead.target());
            }
        }
        long[] counts = new long[4];
        for (Alignment bead : testSet) {
            if (goldSet.contains(bead)) {
                counts[0]++;
                counts[2]++;
                continue;
            }
            counts[1]++;
            Set<Integer> reachable = new HashSet<>();
            for (int i : bead.source()) {
                reachable.addAll(sourceToGoldTarget.getOrDefault(i, Set.of()));
            }
            boolean overlaps = bead.target().stream().anyMatch(reachable::contains);
            counts[overlaps ? 2 : 3]++;
        }
        return counts;
    }

    /**
     * Bible evaluation (Bertalign's {@code eval_bible.py}): consecutive test beads whose sentences
     * all belong to one verse (or one verse plus an empty side) are merged before scoring.
     */
    public static List<Alignment> mergeByVerse(List<Alignment> test, List<String> sourceVerse, List<String> targetVerse) {
        List<Alignment> merged = new ArrayList<>();
        String last = null;
        for (Alignment bead : test) {
            String type = verseOf(bead, sourceVerse, targetVerse);
            if (last != null && Objects.equals(type, last)) {
                Alignment previous = merged.remove(merged.size() - 1);
                List<Integer> source = new ArrayList<>(previous.source());
                source.addAll(bead.source());
                List<Integer> target = new ArrayList<>(previous.target());
                target.addAll(bead.target());
                merged.add(new Alignment(source, target));
            } else {
                merged.add(bead);
            }
            last = type;
        }
        return merged;
    }

    private static String verseOf(Alignment bead, List<String> sourceVerse, List<String> targetVerse) {
        List<String> source = sideVerses(bead.source(), sourceVerse);
        List<String> target = sideVerses(bead.target(), targetVerse);
        if (source.size() != 1 || target.size() != 1) {
            return null;
        }
        String s = source.get(0);
        String t = target.get(0);
        if (s.equals(t)) {
            return s;
        }
        if (s.equals("NULL")) {
            return t;
        }
        if (t.equals("NULL")) {
            return s;
        }
        return null;
    }

    private static List<String> sideVerses(List<Integer> ids, List<String> verse) {
        if (ids.isEmpty()) {
            return List.of("NULL");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int id : ids) {
            distinct.add(verse.get(id));
        }
        return new ArrayList<>(distinct);
    }

    private static Set<Alignment> asSet(List<Alignment> beads) {
        Set<Alignment> set = new HashSet<>();
        for (Alignment bead : beads) {
            if (!bead.source().isEmpty() || !bead.target().isEmpty()) {
                set.add(bead);
            }
        }
        return set;
    }

    private static List<Alignment> nonNull(List<Alignment> beads) {
        return beads.stream().filter(b -> !b.isNull()).toList();
    }

    private static void add(long[] sum, long[] counts) {
        for (int k = 0; k < sum.length; k++) {
            sum[k] += counts[k];
        }
    }
}
