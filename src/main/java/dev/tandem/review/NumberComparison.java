// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the numbers written in digits on both sides of a pair, as multisets.
 *
 * <p>Digits of any script (full-width {@code ３０}, Arabic-Indic, …) count as their values. A digit
 * run with thousands separators ({@code 1,000}, {@code 1.000}, {@code 1 000}, {@code 1'000}, full-width
 * comma) is one integer; a single {@code .} or {@code ,} followed by other than three digits is a
 * decimal mark, so {@code 3.5} and {@code 3,5} are the same number; runs like dates and versions
 * ({@code 2024.5.3}) are read as separate integers. Numbers spelled in words (三十, thirty) are not
 * recognised: they would need a grammar per language, and a missing digit is the common error.
 */
final class NumberComparison {

    private NumberComparison() {
    }

    /** A number as found: its value as a canonical decimal string, and how it was written (in ASCII digits). */
    record Found(String value, String spelling) {
    }

    /** A message naming what differs, or empty if both sides have the same numbers. */
    static Optional<String> compare(String source, String target) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Found found : numbers(source)) {
            tallies.computeIfAbsent(found.value(), v -> new Tally(found.spelling())).source++;
        }
        for (Found found : numbers(target)) {
            tallies.computeIfAbsent(found.value(), v -> new Tally(found.spelling())).target++;
        }
        List<String> sourceOnly = new ArrayList<>();
        List<String> targetOnly = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            if (tally.target == 0) {
                sourceOnly.add(tally.spelling);
            } else if (tally.source == 0) {
                targetOnly.add(tally.spelling);
            } else if (tally.source != tally.target) {
                counts.add("Number " + tally.spelling + " appears " + Phrases.times(tally.source) + " in the source but "
                        + Phrases.times(tally.target) + " in the target.");
            }
        }
        if (!sourceOnly.isEmpty()) {
            sentences.add(missing(sourceOnly, "source", "target"));
        }
        if (!targetOnly.isEmpty()) {
            sentences.add(missing(targetOnly, "target", "source"));
        }
        sentences.addAll(counts);
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    private static String missing(List<String> spellings, String present, String absent) {
        return (spellings.size() == 1 ? "Number " + spellings.get(0) + " is" : "Numbers " + Phrases.and(spellings) + " are")
                + " in the " + present + " but not in the " + absent + ".";
    }

    /** The numbers of {@code text}, in order. */
    static List<Found> numbers(String text) {
        String digits = asciiDigits(text);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < digits.length()) {
            if (!isDigit(digits.charAt(i))) {
                i++;
                continue;
            }
            List<String> groups = new ArrayList<>();
            List<Character> separators = new ArrayList<>();
            int start = i;
            while (i < digits.length() && isDigit(digits.charAt(i))) {
                i++;
            }
            groups.add(digits.substring(start, i));
            while (i + 1 < digits.length() && isSeparator(digits.charAt(i)) && isDigit(digits.charAt(i + 1))) {
                separators.add(digits.charAt(i));
                start = ++i;
                while (i < digits.length() && isDigit(digits.charAt(i))) {
                    i++;
                }
                groups.add(digits.substring(start, i));
            }
            interpret(groups, separators, found);
        }
        return found;
    }

    /** Reads one run of digit groups joined by single separators. */
    private static void interpret(List<String> groups, List<Character> separators, List<Found> out) {
        int n = groups.size();
        if (n == 1) {
            out.add(found(groups.get(0), "", groups.get(0)));
            return;
        }
        char first = separators.get(0);
        if (groups.get(0).length() <= 3) {
            int k = 1;
            while (k < n && separators.get(k - 1) == first && groups.get(k).length() == 3) {
                k++;
            }
            String integer = String.join("", groups.subList(0, k));
            if (k == n) {
                out.add(found(integer, "", spell(groups, separators, 0, n)));
                return;
            }
            char last = separators.get(n - 2);
            if (k == n - 1 && k >= 2 && isDecimalMark(last) && last != first) {
                out.add(found(integer, groups.get(n - 1), spell(groups, separators, 0, n)));
                return;
            }
        }
        if (n == 2 && isDecimalMark(first)) {
            out.add(found(groups.get(0), groups.get(1), spell(groups, separators, 0, n)));
            return;
        }
        if (separators.stream().anyMatch(NumberComparison::isSpace)) {
            // a space more likely separates two numbers than it groups digits here: read each part alone
            int from = 0;
            for (int k = 0; k <= separators.size(); k++) {
                if (k == separators.size() || isSpace(separators.get(k))) {
                    interpret(groups.subList(from, k + 1), separators.subList(from, k), out);
                    from = k + 1;
                }
            }
            return;
        }
        for (String group : groups) {
            out.add(found(group, "", group));
        }
    }

    private static Found found(String integer, String fraction, String spelling) {
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? integer : integer + "." + fraction);
        return new Found(value.stripTrailingZeros().toPlainString(), spelling);
    }

    private static String spell(List<String> groups, List<Character> separators, int from, int to) {
        StringBuilder spelling = new StringBuilder(groups.get(from));
        for (int k = from + 1; k < to; k++) {
            spelling.append(separators.get(k - 1)).append(groups.get(k));
        }
        return spelling.toString();
    }

    /** Any Unicode decimal digit as its ASCII digit; a full-width full stop as {@code .}. */
    private static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                ascii.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp == '．') {
                ascii.append('.');
            } else {
                ascii.appendCodePoint(cp);
            }
        });
        return ascii.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDecimalMark(char c) {
        return c == '.' || c == ',';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** Characters that may separate thousands; a full-width comma only does that, never marks decimals. */
    private static boolean isSeparator(char c) {
        return isDecimalMark(c) || isSpace(c) || c == '\'' || c == '’' || c == '，';
    }

    private static final class Tally {
        final String spelling;
        int source;
        int target;

        Tally(String spelling) {
            this.spelling = spelling;
        }
    }
}
