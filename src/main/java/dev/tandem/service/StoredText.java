// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * Refuses text the database cannot store as sent: PostgreSQL rejects NUL characters, and an unpaired surrogate
 * (legal in a JSON string escape) is no character at all and would be stored as '?'. H2 takes both, so without
 * this check a request would succeed on one database and fail with a 500 on the other.
 */
final class StoredText {
    private StoredText() {
    }

    static String check(String field, String text) {
        if (text == null) {
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException(field, field + " contains NUL characters: is it a binary file? "
                    + "Send plain text, HTML or a supported document format.");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(field, field + " has an unpaired surrogate (\\u"
                        + Integer.toHexString(c) + ") at character " + i + ": it is not valid Unicode text.");
            }
        }
        return text;
    }
}
