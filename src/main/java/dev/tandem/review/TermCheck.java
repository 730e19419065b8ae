// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The QA check of a project's accepted terms: a pair whose source has an accepted term but whose target lacks the
 * term's accepted translation. Case does not matter, nor (cheaply) inflection: a word of a term of more than
 * {@value #STEM} letters matches a word beginning with all its letters but the last two ("printer" → "printers",
 * "Daiyu" → "Daiyu's"); a term in a script without spaces (Chinese, Japanese) matches as a substring. Immutable.
 */
public final class TermCheck {
    /** No accepted terms: nothing to flag. */
    public static final TermCheck NONE = new TermCheck(List.of());

    /** Words of at most this many letters must match whole (up to case). */
    static final int STEM = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

    /** An accepted term: source and target as accepted. */
    public record Term(String source, String target) {
        public Term {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }
    }

    private record Compiled(Term term, List<String> source, List<String> target) {
    }

    private final List<Compiled> terms;

    public TermCheck(List<Term> terms) {
        List<Compiled> compiled = new ArrayList<>();
        for (Term term : terms) {
            List<String> source = words(term.source());
            List<String> target = words(term.target());
            if (!source.isEmpty() && !target.isEmpty()) {
                compiled.add(new Compiled(term, source, target));
            }
        }
        this.terms = List.copyOf(compiled);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The message for the first term the source has and the target does not translate as accepted, if any. */
    public Optional<String> missing(String source, String target) {
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        List<String> sourceWords = words(source);
        List<String> targetWords = words(target);
        for (Compiled term : terms) {
            if (contains(sourceWords, term.source()) && !contains(targetWords, term.target())) {
                return Optional.of("The source has the accepted term \u201c" + term.term().source()
                        + "\u201d, but the target lacks its accepted translation \u201c" + term.term().target() + "\u201d.");
            }
        }
        return Optional.empty();
    }

    /** The words of a text in lower case; a run of Han, kana or Thai letters is one word per character. */
    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(folded);
        while (matcher.find()) {
            String word = matcher.group();
            if (unspaced(word.codePointAt(0))) {
                word.codePoints().forEach(c -> words.add(new String(Character.toChars(c))));
            } else {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean unspaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** Whether {@code words} has the term's words in a row, each matching as the class comment says. */
    private static boolean contains(List<String> words, List<String> term) {
        for (int start = 0; start + term.size() <= words.size(); start++) {
            int k = 0;
            while (k < term.size() && matches(words.get(start + k), term.get(k))) {
                k++;
            }
            if (k == term.size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, String termWord) {
        int length = termWord.length();
        return length <= STEM ? word.equals(termWord) : word.startsWith(termWord.substring(0, Math.max(STEM, length - 2)));
    }
}
