// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.security.Passwords;
import java.nio.charset.StandardCharsets;

/** What a new password must be; a password that is not is refused with a 400 naming the form field. */
final class PasswordRules {
    static final int MIN_LENGTH = 10;

    private PasswordRules() {
    }

    /** Checks the rules, then hashes; the field name goes into the 400 answer. */
    static String hash(String field, String password) {
        check(field, password);
        return Passwords.hash(password);
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
