// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.io.UncheckedIOException;

/**
 * An export that could not be written whole. Once the file has begun, the HTTP response is broken off (no closing
 * {@code </tmx>}, no end of the chunked body), so the client sees an error rather than a shorter file.
 */
public class ExportFailedException extends RuntimeException {
    /** {@code units}: how many were written before the failure. */
    public ExportFailedException(long units, Throwable cause) {
        super("The export failed after " + units + " units: " + reason(cause) + " No complete file was sent.", cause);
    }

    /** What went wrong, in a sentence for the audit log and the server log. */
    static String reason(Throwable cause) {
        if (cause instanceof ExportConflictException) {
            return cause.getMessage();
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        String what = root.getClass().getSimpleName() + message;
        return cause instanceof UncheckedIOException ? "writing to the client failed (" + what + ")."
                : "reading the pairs failed (" + what + ").";
    }
}
