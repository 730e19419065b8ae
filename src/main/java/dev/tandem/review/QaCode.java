// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of QA flag {@link QaChecks} raises, in the order it raises them. A pair stores its flags as a mask of
 * their {@link #bit()}s; the messages are made again from the pair's texts when it is shown.
 *
 * <p>The bits are stored: never renumber them (the migration that introduced the mask reads them as written
 * here), and give a new kind the next free bit.
 */
public enum QaCode {
    EMPTY_SOURCE("empty-source", 1, "This pair has no source text. "
            + "The target may belong with a neighbouring pair, or the translator added it."),
    EMPTY_TARGET("empty-target", 2, "This pair has no target text. "
            + "The translation may be in a neighbouring pair, or the sentence was left out."),
    NUMBERS("numbers", 4, "The source and the target have different numbers."),
    LENGTH("length", 8, "The target is much longer or shorter than usual for this document."),
    UNTRANSLATED("untranslated", 16, "The target is the same as the source: untranslated?"),
    BRACKETS("brackets", 32, "One side has unbalanced brackets or quotes while the other is balanced."),
    TERM("term", 64, "The source has an accepted term of the project, but the target lacks its accepted translation.");

    private final String code;
    private final int bit;
    private final String message;

    QaCode(String code, int bit, String message) {
        this.code = code;
        this.bit = bit;
        this.message = message;
    }

    /** The stable machine name, for filters, styling and the API: {@code numbers}, {@code empty-source}, … */
    public String code() {
        return code;
    }

    /** This kind's bit in a flag mask: a power of two, one per kind. */
    public int bit() {
        return bit;
    }

    /**
     * The message that needs no detail of the pair. For {@link #EMPTY_SOURCE}, {@link #EMPTY_TARGET} and
     * {@link #UNTRANSLATED} it is the whole message; {@link QaChecks} names what differs for the others.
     */
    public String message() {
        return message;
    }

    /** A flag of this kind with its general {@link #message()}. */
    public QaFlag flag() {
        return flag(message);
    }

    /** A flag of this kind with {@code message}. */
    public QaFlag flag(String message) {
        return new QaFlag(code, message);
    }

    /** Whether {@code mask} has this kind's bit. */
    public boolean in(int mask) {
        return (mask & bit) != 0;
    }

    /** The kind whose {@link #code()} is {@code code}, or empty for an unknown code. */
    public static Optional<QaCode> of(String code) {
        for (QaCode kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The mask of {@code flags}: the bits of their kinds; 0 for no flags. */
    public static int mask(Collection<QaFlag> flags) {
        int mask = 0;
        for (QaFlag flag : flags) {
            mask |= flag.kind().bit;
        }
        return mask;
    }
}
