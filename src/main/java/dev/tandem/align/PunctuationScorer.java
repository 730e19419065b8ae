// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.List;

/**
 * Sentence-type punctuation as anchors: a question stays a question and a quotation stays a
 * quotation in translation far more often than not, whatever the script. For each
 * {@link Mark} class the bead's count on the source side is compared with the target side, and
 * the bead costs {@code costPerDifference × Σ weight(class) · |source count − target count|} nats.
 * Counts come from prefix sums, so a cost is O(1).
 *
 * <p>Colons count because they introduce speech and lists in most scripts (Chinese {@code 说：},
 * German and French alike). Semicolons and parentheses were measured and left out: translators
 * turn semicolons into full stops and commas too freely, and parentheses carried no signal.
 */
public final class PunctuationScorer implements NonNegativeScorer {

    /**
     * The counted classes, in every script's form (the Arabic question mark {@code ؟} too). Quotation marks count
     * every opening and closing mark ({@code "“”„‟«»「」『』〝〞〟‹›‘‚‛}, {@code ’} when no letter follows it, which
     * excludes the apostrophe in "don’t"/"l’eau", and the ASCII apostrophe where it opens or closes a quotation,
     * {@link #asciiQuote}):
     * styles differ in mark shapes but not in how many marks a quotation has, and a quotation split
     * over two sentences leaves one mark in each. Half weight, since a quotation has two marks.
     */
    enum Mark {
        QUESTION(1.0), EXCLAMATION(1.0), COLON(1.0), QUOTE(0.5);

        final double weight;

        Mark(double weight) {
            this.weight = weight;
        }

        /** The class of the mark at {@code index}, or null. */
        static Mark of(String sentence, int index) {
            char c = sentence.charAt(index);
            return switch (c) {
                case '?', '？', '؟' -> QUESTION;
                case '!', '！' -> EXCLAMATION;
                case '"', '“', '”', '„', '‟', '«', '»', '「', '」', '『', '』', '〝', '〞', '〟', '‹', '›', '‘', '‚', '‛', '＂' -> QUOTE;
                case ':', '：' -> COLON;
                case '’' -> index + 1 < sentence.length() && Character.isLetter(sentence.charAt(index + 1)) ? null : QUOTE;
                case '\'' -> asciiQuote(sentence, index) ? QUOTE : null;
                default -> null;
            };
        }
    }

    private static final Mark[] MARKS = Mark.values();

    /**
     * Whether the ASCII apostrophe at {@code index} is a quotation mark: English often quotes with it ({@code 'What's
     * your name?' asked the boy.}), and a text quoted that way had no quotation marks at all beside a translation with
     * {@code “”}. It opens a quotation where a letter or digit follows it and none precedes it (but for a lone
     * lower-case letter, an elided word: Dutch {@code 's avonds}, Afrikaans {@code 'n}), and closes one right
     * after other punctuation ({@code ?'}, {@code ,'}). After a letter or digit it is an apostrophe ({@code don't},
     * {@code sons'}, {@code l'eau}, and {@code l' eau} in tokenised text); between spaces, in tokenised text, it may
     * be either, and is not counted.
     */
    static boolean asciiQuote(String sentence, int index) {
        int before = index > 0 ? sentence.codePointBefore(index) : ' ';
        int after = index + 1 < sentence.length() ? sentence.codePointAt(index + 1) : ' ';
        if (Character.isLetterOrDigit(before)) {
            return false;
        }
        if (Character.isLetterOrDigit(after)) {
            // but a lone lower-case letter after it is an elided word: Dutch 's and 't, Afrikaans 'n, rock 'n' roll
            int third = index + 2 < sentence.length() ? sentence.codePointAt(index + 2) : ' ';
            return !(Character.isLowerCase(after) && !Character.isLetterOrDigit(third));
        }
        return !Character.isWhitespace(before);
    }

    /** prefix[side][class][i] = marks of that class in sentences 0..i−1. */
    private final int[][] sourcePrefix;
    private final int[][] targetPrefix;
    private final double[] weights;

    /** @param costPerDifference cost in nats of one mark (at weight 1) without counterpart, ≥ 0 */
    public PunctuationScorer(List<String> source, List<String> target, double costPerDifference) {
        if (!(costPerDifference >= 0.0) || Double.isInfinite(costPerDifference)) {
            throw new IllegalArgumentException("costPerDifference must be finite and ≥ 0");
        }
        this.sourcePrefix = prefixCounts(source);
        this.targetPrefix = prefixCounts(target);
        this.weights = new double[MARKS.length];
        for (Mark mark : MARKS) {
            weights[mark.ordinal()] = costPerDifference * mark.weight;
        }
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        double cost = 0.0;
        for (int c = 0; c < weights.length; c++) {
            int difference = (sourcePrefix[c][s1] - sourcePrefix[c][s0]) - (targetPrefix[c][t1] - targetPrefix[c][t0]);
            cost += weights[c] * Math.abs(difference);
        }
        return cost;
    }

    /** Marks of each class in one sentence, indexed by {@link Mark#ordinal()}. */
    static int[] counts(String sentence) {
        int[] counts = new int[MARKS.length];
        for (int k = 0; k < sentence.length(); k++) {
            Mark mark = Mark.of(sentence, k);
            if (mark != null) {
                counts[mark.ordinal()]++;
            }
        }
        return counts;
    }

    private static int[][] prefixCounts(List<String> sentences) {
        int[][] prefix = new int[MARKS.length][sentences.size() + 1];
        for (int i = 0; i < sentences.size(); i++) {
            int[] counts = counts(sentences.get(i));
            for (int c = 0; c < MARKS.length; c++) {
                prefix[c][i + 1] = prefix[c][i] + counts[c];
            }
        }
        return prefix;
    }
}
