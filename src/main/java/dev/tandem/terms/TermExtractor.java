// SPDX-License-Identifier: Apache-2.0
package dev.tandem.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.function.ToIntFunction;

/**
 * Finds bilingual term candidates in aligned pairs by association: a source phrase and a target phrase that occur
 * in the same pairs far more often than chance would have them.
 *
 * <ol>
 *   <li>Read each side's words ({@link PhraseReader}: ICU word breaks, so Chinese is cut into words) and the phrases
 *       of up to {@link Settings#maxWords} words between punctuation.</li>
 *   <li>Function words are found by frequency, not listed: a word in more than {@link Settings#maxWordShare} of the
 *       pairs (the, of, 的, 了) is no term on its own and does not begin or end a phrase. A one-letter word and a
 *       single character of Chinese or Japanese are no term either: they are too ambiguous to be a term alone.</li>
 *   <li>Count in how many pairs each phrase occurs (once per pair), keep those in at least
 *       {@link Settings#minFrequency} pairs and not mostly inside one longer term ({@value #SUBSUMED} of their pairs
 *       or more: "Qingyang" of "Chen Qingyang"), and count each kept source and target phrase occurring together.</li>
 *   <li>Score each pair of phrases by Dice's coefficient and Dunning's log-likelihood ratio (G²); keep those of at
 *       least {@link Settings#minFrequency} joint pairs and {@link Settings#minDice}, ranked by G².</li>
 *   <li>Link competitively (Melamed 2000): going down the ranking, a candidate is taken when neither of its phrases
 *       was taken already, nor overlaps a taken candidate on both sides (so "Daiyu ↔ 黛玉" does not come back as
 *       "Lin Daiyu ↔ 林黛玉" and "Daiyu said ↔ 黛玉说"). A candidate gives way to one with a longer phrase on one
 *       side holding its own, found in nearly as many pairs: the full name a translation mostly writes.</li>
 * </ol>
 * Stateless; {@link #extract} may run on many threads at once, and reads the two sides on two (the common pool's).
 *
 * @see "T. Dunning, Accurate Methods for the Statistics of Surprise and Coincidence, 1993"
 * @see "I. D. Melamed, Models of Translational Equivalence among Words, 2000"
 */
public final class TermExtractor {

    /**
     * What counts as a candidate.
     *
     * @param maxWords     words in a phrase at most
     * @param minFrequency pairs a phrase, and a candidate, must occur in at least
     * @param minDice      Dice's coefficient a candidate needs at least
     * @param maxWordShare share of the pairs above which a word is a function word
     * @param examples     example pair ids per candidate at most
     * @param limit        candidates at most, the best first ({@link Integer#MAX_VALUE}: all)
     * @param maxUnits     pairs read at most: beyond it, every k-th pair, to bound time and memory
     */
    public record Settings(int maxWords, int minFrequency, double minDice, double maxWordShare, int examples,
                           int limit, int maxUnits) {
        /**
         * Three words, 2 pairs, Dice 0.3, function words in over 4 % of the pairs, 3 examples, every candidate,
         * 50,000 pairs.
         */
        public static final Settings DEFAULTS = new Settings(3, 2, 0.3, 0.04, 3, Integer.MAX_VALUE, 50_000);

        /** Whether {@code units} pairs are more than are read: then every k-th is ({@link #maxUnits}). */
        public boolean samples(int units) {
            return units > maxUnits;
        }

        /** How many of {@code units} pairs are read. */
        public int unitsRead(int units) {
            return units <= maxUnits ? units : (units + stride(units) - 1) / stride(units);
        }

        private int stride(int units) {
            return (units + maxUnits - 1) / maxUnits;
        }

        public Settings {
            if (maxWords < 1 || minFrequency < 1 || examples < 0 || limit < 0 || maxUnits < 1) {
                throw new IllegalArgumentException("maxWords, minFrequency and maxUnits must be positive, examples"
                        + " and limit not negative");
            }
            if (!(minDice >= 0 && minDice <= 1) || !(maxWordShare > 0 && maxWordShare <= 1)) {
                throw new IllegalArgumentException("minDice must be in [0, 1], maxWordShare in (0, 1]");
            }
        }
    }

    /** A word in fewer pairs than this is never a function word: a few dozen pairs have none to tell. */
    static final int MIN_FUNCTION_PAIRS = 8;

    /** A phrase found inside one longer term in this share of its pairs or more is part of that term. */
    static final double SUBSUMED = 0.75;

    private TermExtractor() {
    }

    /**
     * The term candidates of {@code units}, the strongest association first; none for no units.
     *
     * @param sourceLanguage BCP 47 tag of the sources, for ICU's word breaks (null: the root rules)
     * @param targetLanguage likewise for the targets
     */
    public static List<TermCandidate> extract(List<TermUnit> units, String sourceLanguage, String targetLanguage,
                                              Settings settings) {
        return extract(units, sourceLanguage, targetLanguage, settings, fraction -> {
        });
    }

    /**
     * {@link #extract(List, String, String, Settings)}, telling {@code progress} the share done (in [0, 1], rising)
     * now and then: reading the pairs takes most of the time, and a large project's first list takes seconds.
     */
    public static List<TermCandidate> extract(List<TermUnit> units, String sourceLanguage, String targetLanguage,
                                              Settings settings, DoubleConsumer progress) {
        Objects.requireNonNull(settings, "settings");
        List<TermUnit> read = sample(units, settings);
        Side source = new Side(new PhraseReader(sourceLanguage), read.size());
        Side target = new Side(new PhraseReader(targetLanguage), read.size());
        // the sides are apart until they are counted together: the target's are read on another core meanwhile
        AtomicInteger targetsRead = new AtomicInteger();
        CompletableFuture<Void> targets = CompletableFuture.runAsync(() -> read.forEach(unit -> {
            target.read(unit.target(), settings.maxWords());
            targetsRead.incrementAndGet();
        }));
        for (int u = 0; u < read.size(); u++) {
            source.read(read.get(u).source(), settings.maxWords());
            report(progress, u, u + targetsRead.get(), 2 * read.size(), 0, READ_SHARE);
        }
        targets.join();
        source.keepTerms(settings);
        target.keepTerms(settings);
        PairKeys keys = new PairKeys(target.size());
        Map<Long, Integer> joint = new HashMap<>();
        for (int u = 0; u < read.size(); u++) {
            for (int s : source.termsOf(u)) {
                for (int t : target.termsOf(u)) {
                    joint.merge(keys.of(s, t), 1, Integer::sum);
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        int n = read.size();
        joint.forEach((key, both) -> {
            int s = keys.source(key);
            int t = keys.target(key);
            int fs = source.frequency(s);
            int ft = target.frequency(t);
            double dice = 2.0 * both / (fs + ft);
            if (both >= settings.minFrequency() && dice >= settings.minDice()) {
                scored.add(new Scored(s, t, both, dice, logLikelihood(both, fs, ft, n)));
            }
        });
        scored.sort(Comparator.comparingDouble(Scored::logLikelihood).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::dice).reversed())
                .thenComparing(c -> source.key(c.source())).thenComparing(c -> target.key(c.target())));
        List<Scored> linked = link(scored, source, target, settings.limit());
        progress.accept(LINKED_SHARE);
        List<TermCandidate> candidates = candidates(linked, read, source, target, keys, settings.examples(),
                settings.maxWords(), progress);
        progress.accept(1);
        return candidates;
    }

    /** Share of the time spent reading the pairs, and done once the candidates are linked (then spellings). */
    private static final double READ_SHARE = 0.6;
    private static final double LINKED_SHARE = 0.7;

    /** Tells {@code progress} of unit {@code u} of {@code n}, done from {@code from} to {@code to}, every 256 units. */
    private static void report(DoubleConsumer progress, int u, int n, double from, double to) {
        report(progress, u, u, n, from, to);
    }

    /** Tells {@code progress} of {@code done} steps of {@code n} at unit {@code u}, every 256 units. */
    private static void report(DoubleConsumer progress, int u, int done, int n, double from, double to) {
        if (u % 256 == 0) {
            progress.accept(from + (to - from) * done / n);
        }
    }

    /**
     * A source and a target phrase id as one number, {@code source × targets + target}: unlike {@code source << 32 |
     * target}, whose {@link Long#hashCode} is {@code source ^ target}, these keys spread over a hash map's buckets.
     */
    private record PairKeys(int targets) {
        long of(int source, int target) {
            return (long) source * targets + target;
        }

        int source(long key) {
            return (int) (key / targets);
        }

        int target(long key) {
            return (int) (key % targets);
        }
    }

    /** A scored pair of phrase ids. */
    private record Scored(int source, int target, int frequency, double dice, double logLikelihood) {
    }

    private static List<TermUnit> sample(List<TermUnit> units, Settings settings) {
        if (!settings.samples(units.size())) {
            return units;
        }
        int stride = settings.stride(units.size());
        List<TermUnit> kept = new ArrayList<>();
        for (int i = 0; i < units.size(); i += stride) {
            kept.add(units.get(i));
        }
        return kept;
    }

    /** Competitive linking with the overlap rule (see the class comment). */
    private static List<Scored> link(List<Scored> scored, Side source, Side target, int limit) {
        Set<Integer> sources = new HashSet<>();
        Set<Integer> targets = new HashSet<>();
        List<Scored> taken = new ArrayList<>();
        // each taken candidate's characters of either side, to skip most overlap tests with a bit test
        long[] sourceChars = new long[Math.max(16, Math.min(limit, scored.size()))];
        long[] targetChars = new long[sourceChars.length];
        Map<Integer, List<Scored>> bySource = new HashMap<>();
        Map<Integer, List<Scored>> byTarget = new HashMap<>();
        for (Scored candidate : scored) {
            bySource.computeIfAbsent(candidate.source(), k -> new ArrayList<>()).add(candidate);
            byTarget.computeIfAbsent(candidate.target(), k -> new ArrayList<>()).add(candidate);
        }
        for (Scored ranked : scored) {
            if (taken.size() >= limit) {
                break;
            }
            Scored candidate = longer(longer(ranked, bySource.get(ranked.source()), target, Scored::target),
                    byTarget.get(ranked.target()), source, Scored::source);
            if (sources.contains(candidate.source()) || targets.contains(candidate.target())) {
                continue;
            }
            String s = source.key(candidate.source());
            String t = target.key(candidate.target());
            long sChars = characters(s);
            long tChars = characters(t);
            boolean nested = false;
            for (int i = 0; i < taken.size() && !nested; i++) {
                nested = mayOverlap(sChars, sourceChars[i]) && mayOverlap(tChars, targetChars[i])
                        && overlaps(s, source.key(taken.get(i).source()))
                        && overlaps(t, target.key(taken.get(i).target()));
            }
            if (!nested) {
                if (taken.size() == sourceChars.length) {
                    sourceChars = Arrays.copyOf(sourceChars, 2 * taken.size());
                    targetChars = Arrays.copyOf(targetChars, 2 * taken.size());
                }
                sourceChars[taken.size()] = sChars;
                targetChars[taken.size()] = tChars;
                taken.add(candidate);
                sources.add(candidate.source());
                targets.add(candidate.target());
            }
        }
        return taken;
    }

    /**
     * {@code candidate}, or the one of {@code others} (sharing its other side) whose {@code side} holds the candidate's
     * and is found with it in at least {@value #SUBSUMED} of the candidate's pairs: "沙瑞山 ↔ Sha Ruishan" rather
     * than "沙瑞山 ↔ Sha" when the full name is what the translation mostly writes.
     */
    private static Scored longer(Scored candidate, List<Scored> others, Side side,
                                 ToIntFunction<Scored> of) {
        Scored best = candidate;
        String key = side.key(of.applyAsInt(candidate));
        for (Scored other : others) {
            String otherKey = side.key(of.applyAsInt(other));
            if (otherKey.length() > side.key(of.applyAsInt(best)).length() && otherKey.contains(key)
                    && other.frequency() >= SUBSUMED * candidate.frequency()) {
                best = other;
            }
        }
        return best;
    }

    /** The characters of {@code key} as a set of 64 bits, each character setting bit (code point mod 64). */
    private static long characters(String key) {
        long bits = 0;
        for (int i = 0; i < key.length(); i = key.offsetByCodePoints(i, 1)) {
            bits |= 1L << (key.codePointAt(i) & 63);
        }
        return bits;
    }

    /** False when neither key can hold the other: each has a character the other lacks. */
    private static boolean mayOverlap(long a, long b) {
        return (a & ~b) == 0 || (b & ~a) == 0;
    }

    private static boolean overlaps(String a, String b) {
        return a.contains(b) || b.contains(a);
    }

    /** The candidates with their surface forms and examples, read again from the pairs that hold them. */
    private static List<TermCandidate> candidates(List<Scored> linked, List<TermUnit> units, Side source, Side target,
                                                  PairKeys keys, int examples, int maxWords,
                                                  DoubleConsumer progress) {
        Map<Long, Integer> index = new HashMap<>();
        for (int c = 0; c < linked.size(); c++) {
            index.put(keys.of(linked.get(c).source(), linked.get(c).target()), c);
        }
        Set<Integer> sources = new HashSet<>();
        Set<Integer> targets = new HashSet<>();
        linked.forEach(c -> {
            sources.add(c.source());
            targets.add(c.target());
        });
        List<List<Long>> found = new ArrayList<>();
        linked.forEach(c -> found.add(new ArrayList<>()));
        boolean[] holding = new boolean[units.size()];
        for (int u = 0; u < units.size(); u++) {
            boolean holds = false;
            for (int s : source.termsOf(u)) {
                for (int t : target.termsOf(u)) {
                    Integer c = index.get(keys.of(s, t));
                    if (c != null) {
                        holds = true;
                        if (found.get(c).size() < examples) {
                            found.get(c).add(units.get(u).id());
                        }
                    }
                }
            }
            holding[u] = holds;
        }
        CompletableFuture<Void> targetSpellings = CompletableFuture.runAsync(() -> {
            for (int u = 0; u < units.size(); u++) {
                if (holding[u]) {
                    target.countSpellings(units.get(u).target(), maxWords, targets);
                }
            }
        });
        for (int u = 0; u < units.size(); u++) {
            report(progress, u, units.size(), LINKED_SHARE, 1);
            if (holding[u]) {
                source.countSpellings(units.get(u).source(), maxWords, sources);
            }
        }
        targetSpellings.join();
        List<TermCandidate> candidates = new ArrayList<>();
        for (int c = 0; c < linked.size(); c++) {
            Scored scored = linked.get(c);
            candidates.add(new TermCandidate(source.surface(scored.source()), target.surface(scored.target()),
                    scored.frequency(), scored.dice(), scored.logLikelihood(), found.get(c)));
        }
        return candidates;
    }

    /**
     * Dunning's G² of a 2×2 table: {@code both} pairs hold both phrases, {@code fs} the source one, {@code ft} the
     * target one, of {@code n}. Positive association only (fewer joint pairs than chance would give score 0).
     */
    static double logLikelihood(int both, int fs, int ft, int n) {
        double expected = (double) fs * ft / n;
        if (both <= expected) {
            return 0;
        }
        double k11 = both;
        double k12 = fs - both;
        double k21 = ft - both;
        double k22 = n - fs - ft + both;
        return 2 * (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22) + xlogx(n)
                - xlogx(k11 + k12) - xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22));
    }

    private static double xlogx(double x) {
        return x <= 0 ? 0 : x * Math.log(x);
    }

    /** One side's phrases: ids, pair frequencies, the phrases of each pair, and how each phrase is written. */
    private static final class Side {
        private final PhraseReader reader;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private final List<Integer> frequencies = new ArrayList<>();
        /** Phrase ids of each pair; after {@link #keepTerms}, only the terms'. */
        private final List<int[]> phrasesOfUnit;
        /** The phrases one word shorter of each phrase of several words (dropping its first, its last word). */
        private final Map<Integer, int[]> shorter = new HashMap<>();
        /** Word ids of each phrase (single words are phrases too), to judge function words. */
        private final List<int[]> wordsOfPhrase = new ArrayList<>();
        /** Spellings of the linked phrases, counted ({@link #countSpellings}). */
        private final Map<Integer, Map<String, Integer>> spellings = new HashMap<>();
        private boolean[] isTerm;

        Side(PhraseReader reader, int units) {
            this.reader = reader;
            this.phrasesOfUnit = new ArrayList<>(units);
        }

        /** Counts how {@code text} writes the phrases {@code wanted}, for their {@link #surface}. */
        void countSpellings(String text, int maxWords, Set<Integer> wanted) {
            List<Boolean> joined = new ArrayList<>();
            List<PhraseReader.Word> words = reader.words(text, joined);
            for (PhraseReader.Phrase phrase : reader.phrases(text, words, joined, maxWords)) {
                Integer id = ids.get(phrase.key());
                if (id != null && wanted.contains(id)) {
                    String spelling = text.substring(words.get(phrase.first()).start(), words.get(phrase.last()).end());
                    spellings.computeIfAbsent(id, k -> new HashMap<>())
                            .merge(TermKeys.singleSpaced(spelling), 1, Integer::sum);
                }
            }
        }

        void read(String text, int maxWords) {
            List<Boolean> joined = new ArrayList<>();
            List<PhraseReader.Word> words = reader.words(text, joined);
            Set<Integer> seen = new LinkedHashSet<>();
            for (PhraseReader.Phrase phrase : reader.phrases(text, words, joined, maxWords)) {
                int id = id(phrase.key());
                while (wordsOfPhrase.size() <= id) {
                    wordsOfPhrase.add(null);
                }
                if (wordsOfPhrase.get(id) == null) {
                    int[] wordIds = new int[phrase.last() - phrase.first() + 1];
                    for (int w = phrase.first(); w <= phrase.last(); w++) {
                        wordIds[w - phrase.first()] = id(words.get(w).key());
                    }
                    wordsOfPhrase.set(id, wordIds);
                }
                if (phrase.last() > phrase.first() && !shorter.containsKey(id)) {
                    shorter.put(id, new int[] {id(text, words, phrase.first() + 1, phrase.last()),
                            id(text, words, phrase.first(), phrase.last() - 1)});
                }
                seen.add(id);
            }
            for (int id : seen) {
                frequencies.set(id, frequencies.get(id) + 1);
            }
            phrasesOfUnit.add(seen.stream().mapToInt(Integer::intValue).toArray());
        }

        private int id(String text, List<PhraseReader.Word> words, int first, int last) {
            return id(TermKeys.normal(text.substring(words.get(first).start(), words.get(last).end())));
        }

        private int id(String key) {
            Integer id = ids.get(key);
            if (id == null) {
                id = keys.size();
                ids.put(key, id);
                keys.add(key);
                frequencies.add(0);
            }
            return id;
        }

        /** Marks the phrases that can be terms (see the class comment) and keeps only those per pair. */
        void keepTerms(Settings settings) {
            double functionAbove = Math.max(MIN_FUNCTION_PAIRS, settings.maxWordShare() * phrasesOfUnit.size());
            isTerm = new boolean[keys.size()];
            for (int id = 0; id < keys.size(); id++) {
                int[] words = wordsOfPhrase.size() > id ? wordsOfPhrase.get(id) : null;
                if (words == null || frequencies.get(id) < settings.minFrequency()) {
                    continue;
                }
                boolean function = frequencies.get(words[0]) > functionAbove
                        || frequencies.get(words[words.length - 1]) > functionAbove;
                String key = keys.get(id);
                boolean tooShort = words.length == 1 && key.codePointCount(0, key.length()) < 2;
                isTerm[id] = !function && !tooShort;
            }
            // a phrase mostly found inside a longer term is part of that term: "Qingyang" of "Chen Qingyang"
            int[] longest = new int[keys.size()];
            shorter.forEach((id, parts) -> {
                if (isTerm[id]) {
                    for (int part : parts) {
                        longest[part] = Math.max(longest[part], frequencies.get(id));
                    }
                }
            });
            for (int id = 0; id < keys.size(); id++) {
                isTerm[id] &= longest[id] < SUBSUMED * frequencies.get(id);
            }
            for (int u = 0; u < phrasesOfUnit.size(); u++) {
                phrasesOfUnit.set(u, Arrays.stream(phrasesOfUnit.get(u)).filter(id -> isTerm[id]).toArray());
            }
        }

        int[] termsOf(int unit) {
            return phrasesOfUnit.get(unit);
        }

        int frequency(int id) {
            return frequencies.get(id);
        }

        String key(int id) {
            return keys.get(id);
        }

        /** Phrase ids given so far: each is below it. */
        int size() {
            return keys.size();
        }

        /** The phrase as most often written (the first such spelling in text order on a tie). */
        String surface(int id) {
            String best = keys.get(id);
            int most = 0;
            for (Map.Entry<String, Integer> spelling : spellings.getOrDefault(id, Map.of()).entrySet()) {
                if (spelling.getValue() > most || spelling.getValue() == most && spelling.getKey().compareTo(best) < 0) {
                    best = spelling.getKey();
                    most = spelling.getValue();
                }
            }
            return best;
        }
    }
}
