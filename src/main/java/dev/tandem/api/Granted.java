// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.Document;
import dev.tandem.model.ImportJob;
import dev.tandem.model.Project;
import jakarta.enterprise.context.RequestScoped;

/**
 * What {@link ProjectRoleFilter} checked for this request, for the route to use without looking it up again: the
 * project, document or job its {@link Requires} names. The entities were read in the check's own transaction (see
 * {@code ProjectAccess}), so they are detached: read their fields, and ask a service for anything lazy.
 */
@RequestScoped
public class Granted {
    private Project project;
    private Document document;
    private ImportJob job;

    /** The project of a route with {@code @Requires(on = PROJECT)}. */
    public Project project() {
        return checked(project, Requires.On.PROJECT);
    }

    /** The document of a route with {@code @Requires(on = DOCUMENT)}. */
    public Document document() {
        return checked(document, Requires.On.DOCUMENT);
    }

    /** The import job of a route with {@code @Requires(on = JOB)}. */
    public ImportJob job() {
        return checked(job, Requires.On.JOB);
    }

    void project(Project checked) {
        project = checked;
    }

    void document(Document checked) {
        document = checked;
    }

    void job(ImportJob checked) {
        job = checked;
    }

    private static <T> T checked(T value, Requires.On on) {
        if (value == null) {
            throw new IllegalStateException("This route does not declare @Requires(on = " + on + ")");
        }
        return value;
    }
}
