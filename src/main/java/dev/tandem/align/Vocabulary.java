// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word ↔ dense id for one side of a document, so that sentences become small int arrays. Not thread-safe. */
final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = words.size();
            ids.put(word, id);
            words.add(word);
        }
        return id;
    }

    /** The id of a known word, or −1. */
    int find(String word) {
        return ids.getOrDefault(word, -1);
    }

    String word(int id) {
        return words.get(id);
    }

    int size() {
        return words.size();
    }

    /** Every sentence as the ids of its words, in order, adding new words. */
    int[][] encode(List<String> sentences, WordTokenizer tokenizer) {
        int[][] encoded = new int[sentences.size()][];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = tokenizer.words(sentences.get(i)).stream().mapToInt(this::id).toArray();
        }
        return encoded;
    }
}
