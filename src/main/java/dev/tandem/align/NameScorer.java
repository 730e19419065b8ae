// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names matched across scripts by their transliteration: "Wei Xiaobao" in English and 韦小宝
 * ("weixiaobao") in Chinese, "Ivan" and Иван. Every name occurrence of a bead without a partner on
 * the other side costs {@code costPerUnmatched} nats (a penalty alone suffices, see
 * {@link NumberScorer}).
 *
 * <ol>
 *   <li>Name candidates are the capitalised words of a side whose script has capitals, spelled in
 *       ASCII, with at least {@value #MIN_LETTERS} letters (shorter ones match syllables by chance).</li>
 *   <li>On a side with capitals, a name occurs where a word spells the same; on a side without
 *       (Chinese, Japanese), where its letter-joined transliteration contains the name, since
 *       such scripts do not separate words and a name spans several syllables.</li>
 *   <li>{@link DocumentAnchors} keeps the names whose counts agree on both sides, which discards
 *       sentence-initial ordinary words and frequent syllables.</li>
 * </ol>
 * Costs are O(1) for beads without names.
 */
public final class NameScorer implements NonNegativeScorer {

    static final int MIN_LETTERS = 4;

    private final KeyMultisets names;
    private final double costPerUnmatched;

    /** @param costPerUnmatched cost in nats of one name occurrence without partner, ≥ 0 */
    public NameScorer(List<String> source, List<String> target, double costPerUnmatched) {
        if (!(costPerUnmatched >= 0.0) || Double.isInfinite(costPerUnmatched)) {
            throw new IllegalArgumentException("costPerUnmatched must be finite and ≥ 0");
        }
        boolean sourceCased = Transliteration.isCased(Transliteration.mainScript(source));
        boolean targetCased = Transliteration.isCased(Transliteration.mainScript(target));
        Set<String> candidates = new HashSet<>();
        if (sourceCased) {
            source.forEach(s -> candidates.addAll(capitalisedWords(s)));
        }
        if (targetCased) {
            target.forEach(s -> candidates.addAll(capitalisedWords(s)));
        }
        this.names = DocumentAnchors.of(occurrences(source, sourceCased, candidates),
                occurrences(target, targetCased, candidates));
        this.costPerUnmatched = costPerUnmatched;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        return costPerUnmatched * names.unmatched(s0, s1, t0, t1);
    }

    /** ASCII spellings of the capitalised words of {@code sentence} with enough letters. */
    static List<String> capitalisedWords(String sentence) {
        List<String> words = new ArrayList<>();
        for (String word : words(sentence)) {
            if (Character.isUpperCase(word.codePointAt(0))) {
                String ascii = Transliteration.joined(word);
                if (ascii.length() >= MIN_LETTERS) {
                    words.add(ascii);
                }
            }
        }
        return words;
    }

    /** The names of {@code candidates} in each sentence, once per occurrence. */
    static List<List<String>> occurrences(List<String> sentences, boolean cased, Set<String> candidates) {
        Map<String, List<String>> byPrefix = new HashMap<>();
        for (String name : candidates) {
            byPrefix.computeIfAbsent(name.substring(0, MIN_LETTERS), k -> new ArrayList<>()).add(name);
        }
        List<List<String>> result = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            List<String> found = new ArrayList<>();
            if (cased) {
                for (String word : words(sentence)) {
                    String ascii = Transliteration.joined(word);
                    if (candidates.contains(ascii)) {
                        found.add(ascii);
                    }
                }
            } else {
                String joined = Transliteration.joined(sentence);
                for (int p = 0; p + MIN_LETTERS <= joined.length(); p++) {
                    for (String name : byPrefix.getOrDefault(joined.substring(p, p + MIN_LETTERS), List.of())) {
                        if (joined.startsWith(name, p)) {
                            found.add(name);
                        }
                    }
                }
            }
            result.add(found);
        }
        return result;
    }

    /** Maximal runs of letters (with inner apostrophes and hyphens ending a word). */
    static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        int start = -1;
        int p = 0;
        while (p <= sentence.length()) {
            int cp = p < sentence.length() ? sentence.codePointAt(p) : ' ';
            boolean letter = Character.isLetter(cp) || (start >= 0 && Character.getType(cp) == Character.NON_SPACING_MARK);
            if (letter && start < 0) {
                start = p;
            } else if (!letter && start >= 0) {
                words.add(sentence.substring(start, p));
                start = -1;
            }
            p += p < sentence.length() ? Character.charCount(cp) : 1;
        }
        return words;
    }
}
