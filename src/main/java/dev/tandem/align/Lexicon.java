// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Word translations, source word → target words, as lower-case words in the sense of ICU word
 * segmentation (a Chinese word may be one or several characters). Immutable; the map and its sets
 * are copied on construction. Pass one to {@link SentenceAligner#align(SideText, SideText, Lexicon)}
 * to add what the aligner cannot learn from the document itself (e.g. the confirmed pairs of a
 * project); it is merged with the lexicon the aligner learns from the document.
 *
 * @param translations target words of each source word; no null keys or values
 * @param probabilities the Model 1 translation probabilities the lexicon was learned with
 *                      ({@link TranslationTable#EMPTY} when it was not learned), scored by {@link TranslationScorer}
 * @param dictionary    the project's dictionaries: evidence of its own, which the aligner weighs on each document
 *                      ({@link TermLinks})
 */
public record Lexicon(Map<String, Set<String>> translations, TranslationTable probabilities, TermLinks dictionary) {

    /** No translations. */
    public static final Lexicon EMPTY = new Lexicon(Map.of());

    /** A lexicon of translations without probabilities. */
    public Lexicon(Map<String, Set<String>> translations) {
        this(translations, TranslationTable.EMPTY);
    }

    /** A learned lexicon, without a dictionary. */
    public Lexicon(Map<String, Set<String>> translations, TranslationTable probabilities) {
        this(translations, probabilities, TermLinks.EMPTY);
    }

    public Lexicon {
        Objects.requireNonNull(translations, "translations");
        Objects.requireNonNull(probabilities, "probabilities");
        Objects.requireNonNull(dictionary, "dictionary");
        Map<String, Set<String>> copy = new HashMap<>();
        translations.forEach((source, targets) -> copy.put(Objects.requireNonNull(source),
                Set.copyOf(Objects.requireNonNull(targets))));
        translations = Map.copyOf(copy);
    }

    /**
     * Learns a lexicon from aligned sentence pairs ({@code sourceSentences.get(k)} translates
     * {@code targetSentences.get(k)}) with IBM Model 1 ({@value #MODEL1_ITERATIONS} EM iterations each way, see
     * {@link #model1Links}): pairs that translate each other with probability ≥ {@value #MODEL1_MIN_PROBABILITY}
     * in both directions; words in more than a quarter of the pairs are skipped as function words, words in
     * only one as chance. Fewer than {@value WordLinks#MIN_UNITS} pairs give {@link #EMPTY}. (On mac/dev, a
     * lexicon learned from five documents' gold pairs lifts the sixth more this way than by co-occurrence
     * linking, 0.809 against 0.802 strict F1.)
     *
     * @param sourceLanguage BCP-47 tag, selects the word segmentation (null for the default rules)
     * @param targetLanguage likewise
     */
    public static Lexicon learn(List<String> sourceSentences, List<String> targetSentences,
                                String sourceLanguage, String targetLanguage) {
        if (sourceSentences.size() != targetSentences.size()) {
            throw new IllegalArgumentException("need as many target sentences as source sentences");
        }
        Vocabulary sourceWords = new Vocabulary();
        Vocabulary targetWords = new Vocabulary();
        int[][] source = sourceWords.encode(sourceSentences, new WordTokenizer(sourceLanguage));
        int[][] target = targetWords.encode(targetSentences, new WordTokenizer(targetLanguage));
        if (source.length < WordLinks.MIN_UNITS) {
            return EMPTY;
        }
        Model1 model = Model1.train(source, target, sourceWords.size(), targetWords.size(), MODEL1_ITERATIONS);
        WordLinks links = model1Links(model, source, target, sourceWords.size(), targetWords.size());
        Map<String, Set<String>> translations = new HashMap<>();
        for (int s = 0; s < links.targetsOf().length; s++) {
            for (int t : links.targetsOf()[s]) {
                translations.computeIfAbsent(sourceWords.word(s), k -> new TreeSet<>()).add(targetWords.word(t));
            }
        }
        Map<String, Map<String, Float>> targetGivenSource = new HashMap<>();
        Map<String, Map<String, Float>> sourceGivenTarget = new HashMap<>();
        model.forEach((s, t, forward, backward) -> {
            if (forward >= TranslationTable.MIN_PROBABILITY) {
                targetGivenSource.computeIfAbsent(sourceWords.word(s), k -> new HashMap<>())
                        .put(targetWords.word(t), (float) forward);
            }
            if (backward >= TranslationTable.MIN_PROBABILITY) {
                sourceGivenTarget.computeIfAbsent(targetWords.word(t), k -> new HashMap<>())
                        .put(sourceWords.word(s), (float) backward);
            }
        });
        return new Lexicon(translations, new TranslationTable(targetGivenSource, sourceGivenTarget));
    }

    /** EM iterations of the IBM Model 1 learner. */
    static final int MODEL1_ITERATIONS = 8;
    /** A pair is linked when each word gives the other at least this translation probability. */
    static final double MODEL1_MIN_PROBABILITY = 0.1;

    /**
     * Links between word ids by IBM Model 1 in both directions: (s, t) is linked when P(t | s) and P(s | t) are
     * both at least {@value #MODEL1_MIN_PROBABILITY} (the intersection of the two directions keeps a frequent word
     * from linking to everything near it), and both words occur in at least {@value WordLinks#MIN_JOINT} and at
     * most {@value WordLinks#MAX_UNIT_SHARE} of the units.
     */
    static WordLinks model1Links(int[][] source, int[][] target, int sourceVocabulary, int targetVocabulary) {
        if (source.length < WordLinks.MIN_UNITS) {
            return WordLinks.none(sourceVocabulary, targetVocabulary);
        }
        return model1Links(Model1.train(source, target, sourceVocabulary, targetVocabulary, MODEL1_ITERATIONS),
                source, target, sourceVocabulary, targetVocabulary);
    }

    private static WordLinks model1Links(Model1 model, int[][] source, int[][] target, int sourceVocabulary,
                                         int targetVocabulary) {
        int[] sourceFrequency = new int[sourceVocabulary];
        int[] targetFrequency = new int[targetVocabulary];
        for (int k = 0; k < source.length; k++) {
            for (int s : WordLinks.distinct(source[k])) {
                sourceFrequency[s]++;
            }
            for (int t : WordLinks.distinct(target[k])) {
                targetFrequency[t]++;
            }
        }
        double maxFrequency = WordLinks.MAX_UNIT_SHARE * source.length;
        List<long[]> kept = new ArrayList<>();
        model.forEach((s, t, forward, backward) -> {
            if (forward >= MODEL1_MIN_PROBABILITY && backward >= MODEL1_MIN_PROBABILITY && sourceFrequency[s] >= WordLinks.MIN_JOINT && targetFrequency[t] >= WordLinks.MIN_JOINT
                    && sourceFrequency[s] <= maxFrequency && targetFrequency[t] <= maxFrequency) {
                kept.add(new long[] {s, t});
            }
        });
        return WordLinks.fromPairs(kept, sourceVocabulary, targetVocabulary);
    }

    /**
     * A lexicon of dictionary entries ({@code source → target} headwords and glosses, one entry per gloss), read as
     * {@link TermLinks} reads them: evidence the aligner weighs on each document beside what it learns there.
     */
    public static Lexicon fromEntries(List<Map.Entry<String, String>> entries) {
        return new Lexicon(Map.of(), TranslationTable.EMPTY, TermLinks.of(entries));
    }

    /** Both lexicons' translations together. */
    public Lexicon merge(Lexicon other) {
        Map<String, Set<String>> merged = new HashMap<>();
        for (Lexicon lexicon : List.of(this, other)) {
            lexicon.translations.forEach((source, targets) ->
                    merged.computeIfAbsent(source, k -> new TreeSet<>()).addAll(targets));
        }
        return new Lexicon(merged, probabilities.merge(other.probabilities), dictionary.merge(other.dictionary));
    }

    /** Whether {@code target} is a translation of {@code source}, learned or in the dictionary. */
    public boolean translates(String source, String target) {
        return translations.getOrDefault(source, Set.of()).contains(target) || dictionary.translates(source, target);
    }

    /** Number of (source, target) pairs, the dictionary's included. */
    public int size() {
        return translations.values().stream().mapToInt(Set::size).sum() + dictionary.size();
    }

    /** The links of this lexicon between the words of two document vocabularies. */
    WordLinks links(Vocabulary source, Vocabulary target) {
        List<long[]> pairs = new ArrayList<>();
        translations.forEach((sourceWord, targets) -> {
            int s = source.find(sourceWord);
            if (s >= 0) {
                for (String targetWord : targets) {
                    int t = target.find(targetWord);
                    if (t >= 0) {
                        pairs.add(new long[] {s, t});
                    }
                }
            }
        });
        return WordLinks.fromPairs(pairs, source.size(), target.size());
    }
}
