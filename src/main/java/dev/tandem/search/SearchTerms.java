// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A user's query as the phrases it asks for, all of which a pair must contain: text in double quotes is one phrase
 * (its words in that order, whatever spaces, line breaks or sentence ends lie between them), and every other
 * whitespace-separated word is a phrase of its own. No other character has a meaning, so no query is malformed; an
 * unclosed quote runs to the end. A word that the analyzer cuts into several terms ({@code e-mail}, {@code 人工智能})
 * is searched as the phrase of those terms.
 */
public record SearchTerms(List<String> phrases) {
    /**
     * Spaces a user puts between Chinese or Japanese words of a quoted phrase ("伟大 友谊"), which the text, written
     * without spaces, does not have: without them the phrase's bigrams run on as in the text. Korean, written with
     * spaces, keeps them.
     */
    private static final Pattern SPACE_IN_CJK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])\\s+(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");

    /** The longest query taken, in characters. */
    public static final int MAX_LENGTH = 500;

    public SearchTerms {
        phrases = List.copyOf(phrases);
    }

    /**
     * The phrases of {@code query}; refuses (with a message for the user) a query that is empty or longer than
     * {@link #MAX_LENGTH}. A query made only of punctuation has phrases but no terms: {@link PairQuery} refuses it.
     */
    public static SearchTerms parse(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("q is empty: give a word or a \"quoted phrase\" to search for.");
        }
        if (query.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("q has " + query.length() + " characters; at most " + MAX_LENGTH
                    + " are taken. Search for a shorter phrase.");
        }
        var phrases = new ArrayList<String>();
        var word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"') {
                add(phrases, word);
                quoted = !quoted;
            } else if (!quoted && Character.isWhitespace(c)) {
                add(phrases, word);
            } else {
                word.append(c);
            }
        }
        add(phrases, word);
        return new SearchTerms(phrases);
    }

    private static void add(List<String> phrases, StringBuilder word) {
        if (!word.toString().isBlank()) {
            phrases.add(SPACE_IN_CJK.matcher(word.toString().strip()).replaceAll(""));
        }
        word.setLength(0);
    }
}
