// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * An export that could not be written whole. Once the file has begun, the HTTP response is broken off (no closing
 * {@code </tmx>}, no end of the chunked body), so the client sees an error rather than a shorter file.
 */
public class ExportFailedException extends RuntimeException {
    private final long units;

    public ExportFailedException(long units, Throwable cause) {
        super("The export failed after " + units + " units: " + reason(cause) + " No complete file was sent.", cause);
        this.units = units;
    }

    /** Units written before the failure. */
    public long units() {
        return units;
    }

    /** What went wrong, in a sentence for the audit log and the user. */
    static String reason(Throwable cause) {
        if (cause instanceof ExportConflictException) {
            return cause.getMessage();
        }
        if (cause instanceof java.io.UncheckedIOException) {
            return "the client stopped reading (" + cause.getCause().getMessage() + ").";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "reading the pairs failed (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ").";
    }
}
