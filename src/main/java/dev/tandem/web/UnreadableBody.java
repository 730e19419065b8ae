// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A request whose form body could not be read (RESTEasy's form handler failed on it): the sender's fault, a 400 that
 * says what is wrong, not a server error with a stack trace in the log (found by use: {@code username=%zz} sent to
 * the sign-in page, or an upload cut off midway, logged twenty lines of trace each, no sign-in needed).
 */
final class UnreadableBody {
    private static final String FORM_HANDLER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    private UnreadableBody() {
    }

    /** What to tell the sender, when {@code failure} is the form handler's; empty for every other failure. */
    static Optional<String> of(Throwable failure) {
        boolean inFormHandler = Arrays.stream(failure.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(FORM_HANDLER));
        if (!inFormHandler) {
            return Optional.empty();
        }
        if (failure instanceof IOException) {
            return Optional.of("The request's body ended before its form did (the upload was cut off, or the multipart"
                    + " boundary is wrong): nothing was stored. Send the whole request again.");
        }
        if (failure instanceof IllegalArgumentException) {
            return Optional.of("The form's body is not valid URL encoding (a % must be followed by two hexadecimal"
                    + " digits, and the bytes must be UTF-8): nothing was changed.");
        }
        return Optional.empty();
    }
}
