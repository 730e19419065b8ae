// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.security.Passwords;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** What a new password must be; a password that is not is refused with a 400 naming the form field. */
final class PasswordRules {
    static final int MIN_LENGTH = 10;

    private PasswordRules() {
    }

    /** Fewer different characters than this make a password of repeats ("aaaaaaaaaa", "1212121212"). */
    static final int MIN_DISTINCT = 4;
    /** Runs of keys and characters that guessers try first, forwards and backwards. */
    private static final List<String> RUNS = List.of("01234567890123456789012345678901234567890",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm",
            "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p");
    /** What a password must hold besides the account's name ("frank12345" for frank holds 5). */
    static final int MIN_BESIDES_NAME = 6;

    /**
     * Checks the rules, then hashes; the field name goes into the 400 answer. Besides length, the checks NIST SP 800-63B
     * asks for that cost a user nothing to pass (found by use: "frank12345" for frank and "aaaaaaaaaa" were taken):
     * not mostly the account's name, not one or two characters repeated, not a run like "1234567890".
     */
    static String hash(String field, String password, String username) {
        check(field, password);
        checkGuessable(field, password, username);
        return Passwords.hash(password);
    }

    private static void checkGuessable(String field, String password, String username) {
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        String besides = name.length() >= 2 ? lower.replace(name, "") : lower;
        if (!besides.equals(lower) && besides.codePointCount(0, besides.length()) < MIN_BESIDES_NAME) {
            throw new InvalidInputException(field, field + " is mostly the account's name, the first thing a guesser"
                    + " tries: choose another (a few words make a good one).");
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            throw new InvalidInputException(field, field + " repeats too few characters: choose another (a few words"
                    + " make a good one).");
        }
        boolean run = RUNS.stream().anyMatch(sequence -> sequence.contains(lower)
                || new StringBuilder(sequence).reverse().toString().contains(lower));
        if (run) {
            throw new InvalidInputException(field, field + " is a run of characters (like 1234567890 or abcdefghij),"
                    + " which guessers try first: choose another.");
        }
    }

    private static void check(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException(field, field + " is missing.");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException(field, field + " is too short: use at least " + MIN_LENGTH
                    + " characters (a few words make a good one).");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_UTF8_BYTES) {
            throw new InvalidInputException(field, field + " is too long: bcrypt uses at most "
                    + Passwords.MAX_UTF8_BYTES + " bytes (UTF-8); shorten it.");
        }
    }
}
