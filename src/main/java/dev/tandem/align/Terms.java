// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terms of one side of a {@link Dictionary}, each with a dense id, and how to find them in a sentence. In a
 * script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar) a term is a run of letters,
 * found by longest match from the left against the dictionary's terms (the dictionary decides the words, as
 * dictionary-based segmenters do); elsewhere it is a lower-case word. Immutable.
 */
final class Terms {

    static final Terms EMPTY = new Terms(Map.of(), new String[0], 0);

    /** Unspaced terms longer than this many characters are idioms or names that longest match rarely meets. */
    static final int MAX_RUN_TERM = 8;

    private final Map<String, Integer> ids;
    private final String[] terms;
    private final int longestRun;

    private Terms(Map<String, Integer> ids, String[] terms, int longestRun) {
        this.ids = ids;
        this.terms = terms;
        this.longestRun = longestRun;
    }

    int size() {
        return terms.length;
    }

    String term(int id) {
        return terms[id];
    }

    /** The id of a term, or −1. */
    int find(String term) {
        return ids.getOrDefault(term, -1);
    }

    /** The ids of this side's terms in each sentence, in order. */
    int[][] encode(List<String> sentences, Reader reader) {
        int[][] encoded = new int[sentences.size()][];
        List<String> found = new ArrayList<>();
        for (int i = 0; i < encoded.length; i++) {
            found.clear();
            reader.scan(sentences.get(i), found::add, this::longestMatches, found::addAll);
            encoded[i] = found.stream().mapToInt(this::find).filter(id -> id >= 0).toArray();
        }
        return encoded;
    }

    /** The terms of this side in {@code sentence}, in order. */
    List<String> termsOf(String sentence, Reader reader) {
        List<String> found = new ArrayList<>();
        reader.scan(sentence, found::add, this::longestMatches, found::addAll);
        found.removeIf(term -> find(term) < 0);
        return found;
    }

    /** The terms of a run of unspaced letters, longest match first from the left; letters no term covers are skipped. */
    private List<String> longestMatches(String run) {
        List<String> found = new ArrayList<>();
        int[] chars = run.codePoints().toArray();
        int p = 0;
        while (p < chars.length) {
            int matched = 0;
            for (int length = Math.min(longestRun, chars.length - p); length > 0; length--) {
                String candidate = new String(chars, p, length);
                if (ids.containsKey(candidate)) {
                    found.add(candidate);
                    matched = length;
                    break;
                }
            }
            p += Math.max(1, matched);
        }
        return found;
    }

    /** Collects terms into ids. */
    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private int longestRun;

        int id(String term) {
            Integer id = ids.get(term);
            if (id == null) {
                id = terms.size();
                ids.put(term, id);
                terms.add(term);
                if (Reader.isUnspaced(term.codePointAt(0))) {
                    longestRun = Math.max(longestRun, term.codePointCount(0, term.length()));
                }
            }
            return id;
        }

        Terms build() {
            return new Terms(Map.copyOf(ids), terms.toArray(String[]::new), longestRun);
        }
    }

    /** Cuts text into words and runs of unspaced letters with ICU's word rules. Not thread-safe. */
    static final class Reader {
        private final BreakIterator words;

        Reader(String language) {
            ULocale locale = language == null || language.isBlank() ? ULocale.ROOT : ULocale.forLanguageTag(language);
            this.words = BreakIterator.getWordInstance(locale);
        }

        /**
         * The terms of a headword or gloss as written: each run of unspaced letters whole (when at most
         * {@value #MAX_RUN_TERM} letters), each other word in lower case.
         */
        String[] terms(String text) {
            List<String> found = new ArrayList<>();
            scan(text, found::add, run -> run.codePointCount(0, run.length()) <= MAX_RUN_TERM ? List.of(run) : List.of(),
                    found::addAll);
            return found.toArray(String[]::new);
        }

        /** Passes each word of {@code text} to {@code word}, and each run of unspaced letters through {@code run}. */
        void scan(String text, java.util.function.Consumer<String> word,
                  java.util.function.Function<String, List<String>> run,
                  java.util.function.Consumer<List<String>> runTerms) {
            words.setText(text);
            int runStart = -1;
            int runEnd = -1;
            int start = words.first();
            for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
                if (words.getRuleStatus() < BreakIterator.WORD_LETTER) {
                    continue;
                }
                if (isUnspaced(text.codePointAt(start))) {
                    if (runStart < 0 || runEnd != start) {
                        if (runStart >= 0) {
                            runTerms.accept(run.apply(text.substring(runStart, runEnd)));
                        }
                        runStart = start;
                    }
                    runEnd = end;
                } else {
                    if (runStart >= 0) {
                        runTerms.accept(run.apply(text.substring(runStart, runEnd)));
                        runStart = -1;
                    }
                    word.accept(normal(text.substring(start, end)));
                }
            }
            if (runStart >= 0) {
                runTerms.accept(run.apply(text.substring(runStart, runEnd)));
            }
        }

        static String normal(String word) {
            return word.toLowerCase(Locale.ROOT);
        }

        static boolean isUnspaced(int codePoint) {
            int script = UScript.getScript(codePoint);
            return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                    || script == UScript.THAI || script == UScript.LAO || script == UScript.KHMER
                    || script == UScript.MYANMAR;
        }
    }
}
