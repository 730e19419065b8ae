// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bilingual dictionary as the aligner uses it, the <em>terms</em> of each side and the links between them (the
 * uploaded dictionary itself is {@code model.Dictionary}).
 *
 * <p>A term is what a reader of the text would look up. In a language written without spaces (Chinese, Japanese,
 * Thai…) it is a whole headword or gloss such as 打印, found in a sentence by longest match against the
 * dictionary's own headwords ({@link Terms}), so a dictionary's words match whatever the word segmenter would have
 * cut. Elsewhere it is a content word of a headword or gloss: "to 3D print; 3D printing" gives {@code print},
 * {@code printing}; the gloss's function words ("to", "the", "sb") are the words in more than
 * {@value #MAX_ENTRY_SHARE} of a side's entries, so no list of them is needed for any language. Headwords of more
 * than {@value #MAX_PHRASE_WORDS} content words are definitions rather than translations and are left out.
 *
 * <p>Immutable and thread-safe; build one per set of entries and keep it (a project's lexicon is cached).
 */
public final class TermLinks {

    /** No entries. */
    public static final TermLinks EMPTY = new TermLinks(Terms.EMPTY, Terms.EMPTY, new int[0][], new int[0][]);

    /** A word in more of a side's entries than this share is a function word of its glosses ("to", "of", "sb"). */
    static final double MAX_ENTRY_SHARE = 0.01;
    /** Entries with more content words than this on their headword side are definitions. */
    static final int MAX_PHRASE_WORDS = 3;

    private final Terms source;
    private final Terms target;
    private final int[][] targetsOf;
    private final int[][] sourcesOf;

    private TermLinks(Terms source, Terms target, int[][] targetsOf, int[][] sourcesOf) {
        this.source = source;
        this.target = target;
        this.targetsOf = targetsOf;
        this.sourcesOf = sourcesOf;
    }

    /**
     * A word of a spaced script as terms are compared: in lower case, cut to its first {@value Terms#STEM} letters,
     * so that "printed" meets the gloss "print" (see {@link Terms.Reader#normal}).
     */
    public static String stem(String word) {
        return Terms.Reader.normal(word);
    }

    /**
     * The dictionary of {@code entries}, each a headword or phrase of the source language and a translation of it
     * in the target language, as a dictionary file gives them (one entry per gloss). Any language is read the same
     * way ({@link Terms.Reader}).
     */
    public static TermLinks of(List<Map.Entry<String, String>> entries) {
        Objects.requireNonNull(entries, "entries");
        Terms.Builder sourceTerms = new Terms.Builder();
        Terms.Builder targetTerms = new Terms.Builder();
        int[][] sources = new int[entries.size()][];
        int[][] targets = new int[entries.size()][];
        for (int e = 0; e < sources.length; e++) {
            Map.Entry<String, String> entry = entries.get(e);
            sources[e] = ids(Terms.Reader.INSTANCE.terms(entry.getKey()), sourceTerms);
            targets[e] = ids(Terms.Reader.INSTANCE.terms(entry.getValue()), targetTerms);
        }
        boolean[] sourceFunction = functionWords(sources, sourceTerms.size());
        boolean[] targetFunction = functionWords(targets, targetTerms.size());
        List<long[]> links = new ArrayList<>();
        for (int e = 0; e < sources.length; e++) {
            int[] s = content(sources[e], sourceFunction);
            int[] t = content(targets[e], targetFunction);
            if (s.length == 0 || s.length > MAX_PHRASE_WORDS || t.length == 0 || t.length > MAX_PHRASE_WORDS) {
                continue;
            }
            for (int a : s) {
                for (int b : t) {
                    links.add(new long[] {a, b});
                }
            }
        }
        return of(sourceTerms.build(), targetTerms.build(), links);
    }

    /** Fewer entries than this never make a word a function word: a small glossary has none to find. */
    private static final int MIN_FUNCTION_WORD_ENTRIES = 50;

    private static TermLinks of(Terms source, Terms target, List<long[]> links) {
        WordLinks words = WordLinks.fromPairs(links, source.size(), target.size());
        return links.isEmpty() ? EMPTY : new TermLinks(source, target, words.targetsOf(), words.sourcesOf());
    }

    /** The distinct ids of {@code terms}. */
    private static int[] ids(String[] terms, Terms.Builder builder) {
        int[] ids = new int[terms.length];
        for (int k = 0; k < terms.length; k++) {
            ids[k] = builder.id(terms[k]);
        }
        return WordLinks.distinct(ids);
    }

    /** The terms in more than {@value #MAX_ENTRY_SHARE} of the entries. */
    private static boolean[] functionWords(int[][] entries, int terms) {
        int[] share = new int[terms];
        for (int[] entry : entries) {
            for (int term : entry) {
                share[term]++;
            }
        }
        double limit = Math.max(MIN_FUNCTION_WORD_ENTRIES, MAX_ENTRY_SHARE * entries.length);
        boolean[] function = new boolean[terms];
        for (int term = 0; term < terms; term++) {
            function[term] = share[term] > limit;
        }
        return function;
    }

    private static int[] content(int[] entry, boolean[] function) {
        int kept = 0;
        for (int term : entry) {
            kept += function[term] ? 0 : 1;
        }
        if (kept == entry.length) {
            return entry;
        }
        int[] content = new int[kept];
        int k = 0;
        for (int term : entry) {
            if (!function[term]) {
                content[k++] = term;
            }
        }
        return content;
    }

    /** Both dictionaries' links (over the same languages). */
    public TermLinks merge(TermLinks other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Terms.Builder sourceTerms = new Terms.Builder();
        Terms.Builder targetTerms = new Terms.Builder();
        List<long[]> links = new ArrayList<>();
        for (TermLinks dictionary : List.of(this, other)) {
            for (int s = 0; s < dictionary.targetsOf.length; s++) {
                int a = sourceTerms.id(dictionary.source.term(s));
                for (int t : dictionary.targetsOf[s]) {
                    links.add(new long[] {a, targetTerms.id(dictionary.target.term(t))});
                }
            }
        }
        return of(sourceTerms.build(), targetTerms.build(), links);
    }

    /** The same dictionary read the other way, target → source. */
    public TermLinks reversed() {
        return isEmpty() ? this : new TermLinks(target, source, sourcesOf, targetsOf);
    }

    public boolean isEmpty() {
        return targetsOf.length == 0;
    }

    /** Number of (source term, target term) links. */
    public int size() {
        int size = 0;
        for (int[] targets : targetsOf) {
            size += targets.length;
        }
        return size;
    }

    /** Whether the dictionary links these two terms (as {@link #terms} reads them). */
    public boolean translates(String sourceTerm, String targetTerm) {
        int s = source.find(sourceTerm);
        int t = target.find(targetTerm);
        return s >= 0 && t >= 0 && Arrays.binarySearch(targetsOf[s], t) >= 0;
    }

    /** The dictionary's source terms in {@code sentence}, in order. */
    List<String> sourceTermsOf(String sentence) {
        return source.termsOf(sentence);
    }

    /** The ids of the dictionary's source terms in each sentence. */
    int[][] encodeSource(List<String> sentences) {
        return linkedOnly(source.encode(sentences), targetsOf);
    }

    /** The ids of the dictionary's target terms in each sentence. */
    int[][] encodeTarget(List<String> sentences) {
        return linkedOnly(target.encode(sentences), sourcesOf);
    }

    /**
     * The terms that have a translation: function words and the words of left-out entries are terms too, but
     * counting them would only make every bead look bigger to the scorer.
     */
    private static int[][] linkedOnly(int[][] sentences, int[][] links) {
        int[][] kept = new int[sentences.length][];
        for (int i = 0; i < sentences.length; i++) {
            kept[i] = Arrays.stream(sentences[i]).filter(term -> links[term].length > 0).toArray();
        }
        return kept;
    }

    /**
     * The sentences' terms without those in more than {@value WordLinks#MAX_UNIT_SHARE} of them: in this document
     * they are function words, which the dictionary's own counts did not catch, and cover everything.
     */
    static int[][] withoutFrequent(int[][] sentences) {
        if (sentences.length < 4 * WordLinks.MIN_UNITS) {
            return sentences;
        }
        int terms = 0;
        for (int[] sentence : sentences) {
            for (int term : sentence) {
                terms = Math.max(terms, term + 1);
            }
        }
        int[] frequency = new int[terms];
        for (int[] sentence : sentences) {
            for (int term : WordLinks.distinct(sentence)) {
                frequency[term]++;
            }
        }
        double limit = WordLinks.MAX_UNIT_SHARE * sentences.length;
        int[][] kept = new int[sentences.length][];
        for (int i = 0; i < sentences.length; i++) {
            kept[i] = Arrays.stream(sentences[i]).filter(term -> frequency[term] <= limit).toArray();
        }
        return kept;
    }

    /** The links between source and target term ids. */
    WordLinks links() {
        return new WordLinks(targetsOf, sourcesOf);
    }

    /**
     * The dictionary's terms in one document, as {@link LexiconScorer} reads them: the terms of each sentence with a
     * translation ({@link #encodeSource}, {@link #encodeTarget}) {@linkplain #withoutFrequent without the document's
     * function words}, numbered densely over the document (a dictionary has hundreds of thousands of terms, a
     * document a few thousand), with the links between them. A common English word links to hundreds of Chinese
     * headwords, of which a document holds a few, and the scorer sorts a sentence's links: only the partners that
     * occur are kept. A term none of whose partners occurs links to a term of no sentence, so that it still counts as
     * a word with a translation. The costs are those of the whole dictionary's links, bead for bead.
     */
    DocumentTerms inDocument(List<String> sourceSentences, List<String> targetSentences) {
        int[][] sourceGlobal = encodeSource(sourceSentences);
        int[][] targetGlobal = encodeTarget(targetSentences);
        int[] sourceIds = occurring(sourceGlobal);
        int[] targetIds = occurring(targetGlobal);
        int[][] source = withoutFrequent(renumbered(sourceGlobal, sourceIds));
        int[][] target = withoutFrequent(renumbered(targetGlobal, targetIds));
        int[][] targetsWithin = within(targetsOf, sourceIds, source, targetIds, target);
        return new DocumentTerms(source, target, new WordLinks(targetsWithin,
                reverse(targetsWithin, targetIds.length, target, sourceIds.length)));
    }

    /**
     * The reverse of the document links {@code targetsOf} over {@code targets} target ids (plus the one of no
     * sentence), in which a term of {@code target} none of whose partners occurs links to the source id
     * {@code sources}, of no sentence: the same links as {@link #within} the other way round, without going through
     * the hundreds of partners a common word has in the dictionary.
     */
    private static int[][] reverse(int[][] targetsOf, int targets, int[][] target, int sources) {
        int[] degree = new int[targets + 1];
        for (int[] partners : targetsOf) {
            for (int t : partners) {
                degree[t]++;
            }
        }
        int[][] sourcesOf = new int[targets + 1][];
        for (int t = 0; t <= targets; t++) {
            sourcesOf[t] = new int[degree[t]];
        }
        Arrays.fill(degree, 0);
        for (int s = 0; s < targetsOf.length; s++) {
            for (int t : targetsOf[s]) {
                sourcesOf[t][degree[t]++] = s;
            }
        }
        sourcesOf[targets] = new int[0];
        int[] elsewhere = {sources};
        for (int[] sentence : target) {
            for (int t : sentence) {
                if (sourcesOf[t].length == 0) {
                    sourcesOf[t] = elsewhere;
                }
            }
        }
        return sourcesOf;
    }

    /** A document's sentences as the dense ids of the dictionary's terms in them, and their links ({@link #inDocument}). */
    record DocumentTerms(int[][] source, int[][] target, WordLinks links) {
    }

    /** The distinct ids in {@code sentences}, sorted: the document id of a term is its index here. */
    private static int[] occurring(int[][] sentences) {
        return WordLinks.distinct(Arrays.stream(sentences).flatMapToInt(Arrays::stream).toArray());
    }

    private static int[][] renumbered(int[][] sentences, int[] ids) {
        int[][] renumbered = new int[sentences.length][];
        for (int i = 0; i < sentences.length; i++) {
            renumbered[i] = new int[sentences[i].length];
            for (int k = 0; k < renumbered[i].length; k++) {
                renumbered[i][k] = Arrays.binarySearch(ids, sentences[i][k]);
            }
        }
        return renumbered;
    }

    /**
     * The document links of the terms of {@code from} (document ids, of the dictionary terms {@code fromIds}) to the
     * terms of {@code to}: one more id than {@code toIds} holds, {@code toIds.length}, stands for the terms of no
     * sentence.
     */
    private static int[][] within(int[][] links, int[] fromIds, int[][] from, int[] toIds, int[][] to) {
        int[][] kept = new int[fromIds.length + 1][];
        Arrays.fill(kept, new int[0]);
        // by dictionary id, so that most partners (absent) are ruled out without a search
        BitSet present = new BitSet();
        for (int[] sentence : to) {
            for (int term : sentence) {
                present.set(toIds[term]);
            }
        }
        int elsewhere = toIds.length;
        for (int[] sentence : from) {
            for (int term : sentence) {
                if (kept[term].length == 0) {
                    int[] partners = links[fromIds[term]];
                    int[] found = new int[partners.length];
                    int n = 0;
                    for (int partner : partners) {
                        if (present.get(partner)) {
                            found[n++] = Arrays.binarySearch(toIds, partner);
                        }
                    }
                    kept[term] = n > 0 ? Arrays.copyOf(found, n) : new int[] {elsewhere};
                }
            }
        }
        return kept;
    }
}
