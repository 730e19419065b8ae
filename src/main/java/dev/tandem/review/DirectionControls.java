// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.regex.Pattern;

/**
 * The invisible bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reverse how the
 * text around them is shown, so a name or sentence holding one reads otherwise than what it holds.
 */
public final class DirectionControls {
    /** The controls as the inside of a regular-expression character class. */
    public static final String CHARACTER_CLASS = "\\u202A-\\u202E\\u2066-\\u2069";
    /** Any one of the controls. */
    public static final Pattern ANY = Pattern.compile("[" + CHARACTER_CLASS + "]");

    private DirectionControls() {
    }

    public static boolean is(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
