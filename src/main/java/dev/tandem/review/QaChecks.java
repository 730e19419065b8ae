// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Quality checks on one pair, run after every change so the reviewer sees why a pair may be wrong.
 *
 * <p>Flags come in a fixed order: {@code empty-source}, {@code empty-target}, {@code numbers},
 * {@code length}, {@code untranslated}, {@code brackets}, {@code term} (only given the project's accepted terms). When a side has no sentence only its
 * {@code empty-*} flag is raised: comparing with nothing would repeat the same news. Each message
 * is written for the translator, in full sentences.
 */
public final class QaChecks {

    /** A target below this share of its expected length is flagged. */
    static final double SHORTEST = 0.4;
    /** A target above this multiple of its expected length is flagged. */
    static final double LONGEST = 2.5;
    /** Below this many characters on a side, length ratios are noise. */
    static final int LENGTH_MINIMUM = 10;

    private QaChecks() {
    }

    /**
     * The flags of a pair.
     *
     * @param source      the pair's source sentences (may be empty)
     * @param target      the pair's target sentences (may be empty)
     * @param lengthRatio the document's norm: total target characters / total source characters;
     *                    if it is not a positive finite number (e.g. NaN for a document with an
     *                    empty side) the length check is skipped
     */
    public static List<QaFlag> check(List<String> source, List<String> target, double lengthRatio) {
        return check(source, target, lengthRatio, TermCheck.NONE);
    }

    /** The flags of a pair, {@code term} among them when a term of {@code terms} is translated otherwise. */
    public static List<QaFlag> check(List<String> source, List<String> target, double lengthRatio, TermCheck terms) {
        String sourceText = String.join(" ", source).strip();
        String targetText = String.join(" ", target).strip();
        List<QaFlag> flags = new ArrayList<>();
        if (sourceText.isEmpty()) {
            flags.add(QaCode.EMPTY_SOURCE.flag());
        }
        if (targetText.isEmpty()) {
            flags.add(QaCode.EMPTY_TARGET.flag());
        }
        if (!flags.isEmpty()) {
            return List.copyOf(flags);
        }
        NumberComparison.compare(sourceText, targetText).ifPresent(message -> flags.add(QaCode.NUMBERS.flag(message)));
        lengthFlag(sourceText, targetText, lengthRatio).ifPresent(flags::add);
        if (sameText(sourceText, targetText)) {
            flags.add(QaCode.UNTRANSLATED.flag());
        }
        Brackets.compare(sourceText, targetText).ifPresent(message -> flags.add(QaCode.BRACKETS.flag(message)));
        terms.missing(sourceText, targetText).ifPresent(message -> flags.add(QaCode.TERM.flag(message)));
        return List.copyOf(flags);
    }

    /**
     * The flags of a stored pair, whose {@link QaCode#mask mask} is {@code mask}, with their messages made again from
     * its texts: the flags {@link #check} raises for the kinds in {@code mask}, in its order. A kind in {@code mask}
     * that the checks no longer raise for these texts (they changed since the mask was stored) still shows, with its
     * general {@link QaCode#message()}, so a pair never shows other flags than the filters find it by.
     *
     * @param mask the stored mask; 0 gives no flags without running a check
     */
    public static List<QaFlag> flags(int mask, List<String> source, List<String> target, double lengthRatio) {
        if (mask == 0) {
            return List.of();
        }
        List<QaFlag> found = check(source, target, lengthRatio);
        List<QaFlag> flags = new ArrayList<>();
        for (QaCode kind : QaCode.values()) {
            if (kind.in(mask)) {
                flags.add(found.stream().filter(flag -> flag.kind() == kind).findFirst().orElseGet(kind::flag));
            }
        }
        return List.copyOf(flags);
    }

    private static Optional<QaFlag> lengthFlag(String source, String target, double lengthRatio) {
        int sourceLength = source.codePointCount(0, source.length());
        int targetLength = target.codePointCount(0, target.length());
        if (!(lengthRatio > 0.0) || Double.isInfinite(lengthRatio)
                || sourceLength < LENGTH_MINIMUM || targetLength < LENGTH_MINIMUM) {
            return Optional.empty();
        }
        double factor = targetLength / (sourceLength * lengthRatio);
        String times = String.format(Locale.ROOT, "%.1f", factor);
        if (factor > LONGEST) {
            return Optional.of(QaCode.LENGTH.flag("The target is " + times
                    + " times as long as usual for this document. It may hold the translation of a neighbouring sentence."));
        }
        if (factor < SHORTEST) {
            return Optional.of(QaCode.LENGTH.flag("The target is only " + times
                    + " times as long as usual for this document. Part of the translation may be missing or in a neighbouring pair."));
        }
        return Optional.empty();
    }

    /** Same text up to case and spacing, and with letters (equal numbers or punctuation are no sign of anything). */
    private static boolean sameText(String source, String target) {
        return fold(source).equals(fold(target)) && source.codePoints().anyMatch(Character::isLetter);
    }

    private static String fold(String text) {
        return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
