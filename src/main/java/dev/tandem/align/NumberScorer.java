// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers as anchors: translators copy digit sequences (years, heights, counts, verse numbers)
 * far more often than they drop or change them, in any language pair. Every number of a bead that
 * has no equal number on the other side costs {@code costPerUnmatched} nats, so a bead whose number
 * multisets agree costs 0 and one that splits them apart is dearer.
 *
 * <p>Only the number of unmatched numbers matters: each number lies in exactly one bead of a path,
 * so a reward per matched pair would change every path's cost by the same constant minus this
 * cost, and the search would pick the same path. Keeping the cost ≥ 0 keeps it a plain penalty.
 *
 * <p>Normalisation ({@link #numbers}): any Unicode decimal digits (so full-width {@code ０-９} equal
 * ASCII), leading zeros dropped, and group or decimal separators inside a number ({@code 1,000},
 * {@code 1.000}, {@code 1'000}, {@code 1 000}) removed, since locales disagree about which is which.
 * With the sides' languages, numbers written as words count too ({@link NumberWords}: "thirty-five", 三十五 and
 * 35 are equal), at {@value #WORD_SHARE} of the weight: number words are also idioms (七嘴八舌), names (王二)
 * and ordinary words ("second"), and on the development sets a full weight helped no more than half of it
 * and hurt the alignment with a lexicon. Costs are O(1) for beads without numbers.
 */
public final class NumberScorer implements NonNegativeScorer {

    /** The share of the cost that numbers written as words take part in. */
    static final double WORD_SHARE = 0.5;

    private final KeyMultisets digits;
    /** Digits and number words; null without languages. */
    private final KeyMultisets numbers;
    private final double costPerUnmatched;

    /**
     * Digits only.
     *
     * @param costPerUnmatched cost in nats of one number without partner, ≥ 0
     */
    public NumberScorer(List<String> source, List<String> target, double costPerUnmatched) {
        this(source, null, target, null, costPerUnmatched);
    }

    /**
     * Digits and the number words of each side's language.
     *
     * @param sourceLanguage BCP-47 tag of the source, null for digits only
     * @param targetLanguage likewise for the target
     * @param costPerUnmatched cost in nats of one number without partner, ≥ 0
     */
    public NumberScorer(List<String> source, String sourceLanguage, List<String> target, String targetLanguage,
                        double costPerUnmatched) {
        if (!(costPerUnmatched >= 0.0) || Double.isInfinite(costPerUnmatched)) {
            throw new IllegalArgumentException("costPerUnmatched must be finite and ≥ 0");
        }
        this.digits = new KeyMultisets(keys(source, NumberWords.NONE), keys(target, NumberWords.NONE));
        this.numbers = sourceLanguage == null && targetLanguage == null ? null
                : new KeyMultisets(keys(source, NumberWords.of(sourceLanguage)),
                        keys(target, NumberWords.of(targetLanguage)));
        this.costPerUnmatched = costPerUnmatched;
    }

    @Override
    public double cost(int s0, int s1, int t0, int t1) {
        if (numbers == null) {
            return costPerUnmatched * digits.unmatched(s0, s1, t0, t1);
        }
        // a match of digits earns the whole cost, one involving a number word only its share
        return costPerUnmatched * ((1.0 - WORD_SHARE) * digits.unmatched(s0, s1, t0, t1)
                + WORD_SHARE * numbers.unmatched(s0, s1, t0, t1));
    }

    /** The normalised numbers of a sentence, in order of appearance: "Seit １９５６ 1,200 m" → [1956, 1200]. */
    static List<String> numbers(String sentence) {
        List<String> numbers = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        int group = 0; // digits since the last separator inside the current number
        int p = 0;
        while (p < sentence.length()) {
            int cp = sentence.codePointAt(p);
            int next = p + Character.charCount(cp);
            if (isDigit(cp)) {
                digits.append((char) ('0' + Character.digit(cp, 10)));
                group++;
            } else if (digits.length() > 0 && continuesNumber(sentence, cp, next, group)) {
                group = 0;
            } else {
                flush(digits, numbers);
                group = 0;
            }
            p = next;
        }
        flush(digits, numbers);
        return numbers;
    }

    private static boolean isDigit(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /**
     * A separator ({@code , . ' ’ ，．}) belongs to the number when a digit follows; a space only
     * between groups of at most and exactly three digits (thousands), so "in 1956 3 pictures" stays
     * two numbers.
     */
    private static boolean continuesNumber(String sentence, int separator, int from, int group) {
        int following = 0;
        int p = from;
        while (p < sentence.length() && isDigit(sentence.codePointAt(p))) {
            following++;
            p += Character.charCount(sentence.codePointAt(p));
        }
        return switch (separator) {
            case ',', '.', '\'', '’', '，', '．' -> following > 0;
            case ' ', '\u00A0', '\u202F' -> group <= 3 && following == 3;
            default -> false;
        };
    }

    /** Ends the current number; leading zeros are dropped ("07" = "7"). */
    private static void flush(StringBuilder digits, List<String> numbers) {
        if (digits.length() > 0) {
            int first = 0;
            while (first < digits.length() - 1 && digits.charAt(first) == '0') {
                first++;
            }
            numbers.add(digits.substring(first));
            digits.setLength(0);
        }
    }

    private static long[][] keys(List<String> sentences, NumberWords words) {
        long[][] keys = new long[sentences.size()][];
        for (int i = 0; i < keys.length; i++) {
            String sentence = sentences.get(i);
            List<String> numbers = numbers(sentence);
            words.values(sentence).forEach(value -> numbers.add(Integer.toString(value)));
            keys[i] = numbers.stream().mapToLong(NumberScorer::key).toArray();
        }
        return keys;
    }

    private static long key(String digits) {
        long hash = 0xcbf29ce484222325L; // FNV-1a, 64 bit: collisions between numbers of a document are negligible
        for (int k = 0; k < digits.length(); k++) {
            hash = (hash ^ digits.charAt(k)) * 0x100000001b3L;
        }
        return hash;
    }
}
