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
 */
public record Lexicon(Map<String, Set<String>> translations) {

    /** No translations. */
    public static final Lexicon EMPTY = new Lexicon(Map.of());

    public Lexicon {
        Objects.requireNonNull(translations, "translations");
        Map<String, Set<String>> copy = new HashMap<>();
        translations.forEach((source, targets) -> copy.put(Objects.requireNonNull(source),
                Set.copyOf(Objects.requireNonNull(targets))));
        translations = Map.copyOf(copy);
    }

    /**
     * Learns a lexicon from aligned sentence pairs ({@code sourceSentences.get(k)} translates
     * {@code targetSentences.get(k)}) by competitive co-occurrence linking (see {@link WordLinks#learn}):
     * pairs that co-occur at least twice, clearly more often than chance, each among the other's best
     * partners; words in more than a quarter of the pairs are skipped as function words. Fewer than
     * {@value WordLinks#MIN_UNITS} pairs give {@link #EMPTY}.
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
        WordLinks links = WordLinks.learn(java.util.Arrays.asList(source), java.util.Arrays.asList(target), sourceWords.size(), targetWords.size());
        Map<String, Set<String>> translations = new HashMap<>();
        for (int s = 0; s < links.targetsOf().length; s++) {
            for (int t : links.targetsOf()[s]) {
                translations.computeIfAbsent(sourceWords.word(s), k -> new TreeSet<>()).add(targetWords.word(t));
            }
        }
        return new Lexicon(translations);
    }

    /**
     * A lexicon from dictionary entries ({@code source → target} word or phrase pairs), cut into words the way
     * the aligner cuts sentences, so they match: every word of an entry's source links to every word of its
     * target. Entries whose source has more than three words are left out: they are phrases or definitions,
     * and would link unrelated words.
     */
    public static Lexicon fromEntries(List<Map.Entry<String, String>> entries, String sourceLanguage,
                                      String targetLanguage) {
        WordTokenizer sourceTokens = new WordTokenizer(sourceLanguage);
        WordTokenizer targetTokens = new WordTokenizer(targetLanguage);
        Map<String, Set<String>> translations = new HashMap<>();
        for (Map.Entry<String, String> entry : entries) {
            List<String> sources = sourceTokens.words(entry.getKey());
            // Short Latin words of a gloss ("to eat", "a cat") are function words, not translations.
            List<String> targets = targetTokens.words(entry.getValue()).stream()
                    .filter(word -> word.length() > 2 || !word.chars().allMatch(c -> c < 128)).toList();
            if (sources.isEmpty() || sources.size() > 3 || targets.isEmpty()) {
                continue;
            }
            for (String source : sources) {
                translations.computeIfAbsent(source, k -> new TreeSet<>()).addAll(targets);
            }
        }
        return new Lexicon(translations);
    }

    /** Both lexicons' translations together. */
    public Lexicon merge(Lexicon other) {
        Map<String, Set<String>> merged = new HashMap<>();
        for (Lexicon lexicon : List.of(this, other)) {
            lexicon.translations.forEach((source, targets) ->
                    merged.computeIfAbsent(source, k -> new TreeSet<>()).addAll(targets));
        }
        return new Lexicon(merged);
    }

    /** Whether {@code target} is a translation of {@code source}. */
    public boolean translates(String source, String target) {
        return translations.getOrDefault(source, Set.of()).contains(target);
    }

    /** Number of (source, target) pairs. */
    public int size() {
        return translations.values().stream().mapToInt(Set::size).sum();
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
