// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/** An edit made on a document version that is no longer current: someone else changed the document meanwhile. */
public class EditConflictException extends RuntimeException {
    private final long currentVersion;
    private final List<EditView> since;

    public EditConflictException(long baseVersion, long currentVersion, List<EditView> since) {
        super("The document changed since version " + baseVersion + " (it is now at version " + currentVersion
                + "): reload it, check the other changes, and make your edit again.");
        this.currentVersion = currentVersion;
        this.since = since;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** The edits made after the version the refused edit was based on. */
    public List<EditView> since() {
        return since;
    }
}
