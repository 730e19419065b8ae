// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.Objects;

/**
 * Text decoded from uploaded bytes, with the charset that was used and how it was chosen.
 *
 * @param text     the decoded text, without a byte order mark, line endings untouched (offsets into it are
 *                 what Tandem stores); never contains U+0000
 * @param charset  canonical Java name of the charset used, one of {@link TextDecoder#SUPPORTED}, e.g. {@code UTF-8},
 *                 {@code GB18030}, {@code windows-1252}
 * @param detected {@code false} if the caller's declared charset was used; {@code true} if it came from the bytes
 *                 (a byte order mark, valid UTF-8, or ICU detection), which the UI should show to the user
 */
public record DecodedText(String text, String charset, boolean detected) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
