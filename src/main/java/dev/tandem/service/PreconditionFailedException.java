// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * A change made on the condition that the document is at one of the versions the client names (HTTP
 * {@code If-Match}), when it is at another. Nothing was changed.
 */
public class PreconditionFailedException extends RuntimeException {
    private final long documentId;
    private final long currentVersion;

    public PreconditionFailedException(long documentId, long currentVersion) {
        super("The document is at version " + currentVersion + ", not the one If-Match names: nothing was changed. "
                + "GET it again (the answer has the current ETag) and retry.");
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
