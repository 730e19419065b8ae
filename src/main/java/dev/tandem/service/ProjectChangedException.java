// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * A project delete that does not name the project as its sender saw it ({@link #required}: HTTP 428), or names it as
 * it no longer is ({@link #failed}: 412). Nothing was deleted.
 */
public class ProjectChangedException extends RuntimeException {
    private final long projectId;
    private final String stamp;
    private final boolean required;

    private ProjectChangedException(long projectId, String stamp, boolean required, String message) {
        super(message);
        this.projectId = projectId;
        this.stamp = stamp;
        this.required = required;
    }

    static ProjectChangedException required(long projectId, String stamp, long reviewed) {
        return new ProjectChangedException(projectId, stamp, true, "The project holds " + reviewed + " reviewed pair"
                + (reviewed == 1 ? "" : "s") + ": deleting it must name the project as you last saw it. Send the ETag of"
                + " GET /api/projects/" + projectId + " in If-Match. Nothing was deleted: without it, the delete could"
                + " take work someone did since you looked.");
    }

    static ProjectChangedException failed(long projectId, String stamp) {
        return new ProjectChangedException(projectId, stamp, false, "The project changed since the version If-Match"
                + " names (a document was added, edited or deleted, or a dictionary): nothing was deleted. GET it again"
                + " (the answer has the current ETag), look at what it holds now, and retry if you still mean to.");
    }

    public long projectId() {
        return projectId;
    }

    /** The project's stamp now ({@link ProjectService#stamp}). */
    public String stamp() {
        return stamp;
    }

    /** True when no stamp was sent (428), false when another was (412). */
    public boolean required() {
        return required;
    }
}
