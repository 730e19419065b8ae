// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.Side;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The texts of many pairs, their sentences joined with spaces, for learning from them (the project's lexicon, its term
 * candidates): each document's sentences are read once, whatever number of its pairs are asked for.
 */
final class PairTexts {
    /** A pair with both sides' texts, joined and as sentences. */
    record Texts(SentencePair pair, String source, String target, Collection<String> sourceSentences,
                 Collection<String> targetSentences) {
    }

    private PairTexts() {
    }

    /** The texts of the {@code pairs} that have sentences on both sides, in the order given. */
    static List<Texts> of(List<SentencePair> pairs) {
        Map<Long, NavigableMap<Long, String>> sourceTexts = new HashMap<>();
        Map<Long, NavigableMap<Long, String>> targetTexts = new HashMap<>();
        List<Texts> texts = new ArrayList<>(pairs.size());
        for (SentencePair pair : pairs) {
            if (pair.sourceCount == 0 || pair.targetCount == 0) {
                continue;
            }
            Collection<String> source = texts(sourceTexts, pair, Side.SOURCE)
                    .subMap(pair.sourceFrom, true, pair.sourceTo, false).values();
            Collection<String> target = texts(targetTexts, pair, Side.TARGET)
                    .subMap(pair.targetFrom, true, pair.targetTo, false).values();
            texts.add(new Texts(pair, String.join(" ", source), String.join(" ", target), source, target));
        }
        return texts;
    }

    /** A document's sentence texts of one side by key. */
    private static NavigableMap<Long, String> texts(Map<Long, NavigableMap<Long, String>> cache, SentencePair pair,
                                                    Side side) {
        return cache.computeIfAbsent(pair.document.id, id -> {
            NavigableMap<Long, String> texts = new TreeMap<>();
            for (Sentence sentence : Sentence.listBySide(pair.document, side)) {
                texts.put(sentence.ord, sentence.text);
            }
            return texts;
        });
    }
}
