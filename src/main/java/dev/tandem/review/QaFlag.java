// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.Objects;

/**
 * A possible problem in a pair, found by {@link QaChecks}.
 *
 * @param code    stable machine name for filters and styling: the {@link QaCode#code()} of one of the
 *                {@link QaCode}s ({@code numbers}, {@code length}, {@code empty-source}, {@code empty-target},
 *                {@code untranslated} or {@code brackets})
 * @param message one or more full sentences a translator understands, saying what looks wrong
 */
public record QaFlag(String code, String message) {

    public QaFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("a flag needs a message");
        }
        if (QaCode.of(code).isEmpty()) {
            throw new IllegalArgumentException("unknown flag code '" + code + "'");
        }
    }

    /** The flag's kind. */
    public QaCode kind() {
        return QaCode.of(code).orElseThrow();
    }
}
