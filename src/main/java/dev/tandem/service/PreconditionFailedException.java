// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * A change (or a read) made on the condition that the document is at one of the versions the client names (HTTP
 * {@code If-Match}), when it is at another. Nothing was changed.
 */
public class PreconditionFailedException extends RuntimeException {
    private final long documentId;
    private final long currentVersion;

    public PreconditionFailedException(long documentId, long currentVersion) {
        this(documentId, currentVersion, "The document is at version " + currentVersion + ", not the one If-Match names:"
                + " nothing was changed. GET it again (the answer has the current ETag) and retry.");
    }

    /** A read on that condition (a page of pairs), with {@code message} saying what to do instead. */
    public PreconditionFailedException(long documentId, long currentVersion, String message) {
        super(message);
        this.documentId = documentId;
        this.currentVersion = currentVersion;
    }

    public long documentId() {
        return documentId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
