// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns per-sentence candidate anchor strings of both sides into {@link KeyMultisets}, keeping only
 * the strings that behave like anchors in this document: present on both sides with occurrence
 * counts within a factor of {@value #MAX_COUNT_RATIO} of each other. A string that is an anchor
 * on one side and an everyday word (or a frequent syllable) on the other fails the test, so no
 * word lists are needed.
 */
final class DocumentAnchors {

    static final double MAX_COUNT_RATIO = 2.0;

    private DocumentAnchors() {
    }

    static KeyMultisets of(List<List<String>> source, List<List<String>> target) {
        Map<String, Integer> sourceCounts = counts(source);
        Map<String, Integer> targetCounts = counts(target);
        Map<String, Long> ids = new HashMap<>();
        sourceCounts.forEach((key, n) -> {
            Integer m = targetCounts.get(key);
            if (m != null && Math.max(n, m) <= MAX_COUNT_RATIO * Math.min(n, m)) {
                ids.put(key, (long) ids.size());
            }
        });
        return new KeyMultisets(keys(source, ids), keys(target, ids));
    }

    private static Map<String, Integer> counts(List<List<String>> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> sentence : sentences) {
            for (String key : sentence) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static long[][] keys(List<List<String>> sentences, Map<String, Long> ids) {
        long[][] keys = new long[sentences.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = sentences.get(i).stream().map(ids::get).filter(id -> id != null).mapToLong(Long::longValue).toArray();
        }
        return keys;
    }
}
