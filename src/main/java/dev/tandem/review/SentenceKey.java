// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.Locale;

/** A sentence by its letters and digits, in lower case: "，" or "," and spaces do not make it another sentence. */
public final class SentenceKey {
    private SentenceKey() {
    }

    public static String of(String sentence) {
        var key = new StringBuilder(sentence.length());
        sentence.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
