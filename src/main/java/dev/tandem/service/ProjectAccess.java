// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.ImportJob;
import dev.tandem.model.Membership;
import dev.tandem.model.Project;
import dev.tandem.model.ProjectRole;
import dev.tandem.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Who may do what in a project. A project the user is not a member of does not exist for them (404, so names do not
 * leak); a member whose role is too low gets 403. Admins may do everything.
 */
@RequestScoped
// A transaction of its own when the caller has none: what it reads must not stay in the request's session, where a
// later read in the same request would see it instead of what a service has changed since.
@Transactional
public class ProjectAccess {
    @Inject
    CurrentUser user;

    public Project project(long id, ProjectRole needed) {
        Project project = Project.findById(id);
        if (project == null || !allowed(project, needed, "project")) {
            throw new NotFoundException("project", id);
        }
        return project;
    }

    public Document document(long id, ProjectRole needed) {
        // With its project, which the check reads and the route usually shows: one statement, not two.
        Document document = Document.<Document>find("from Document d join fetch d.project where d.id = ?1", id)
                .firstResult();
        if (document == null || !allowed(document.project, needed, "document")) {
            throw new NotFoundException("document", id);
        }
        return document;
    }

    /** An import job, seen by whoever may see its project. */
    public ImportJob job(long id, ProjectRole needed) {
        ImportJob job = ImportJob.findById(id);
        Project project = job == null ? null : Project.findById(job.projectId);
        if (project == null || !allowed(project, needed, "project")) {
            throw new NotFoundException("job", id);
        }
        return job;
    }

    /** The user's role in a project; admins act as editors everywhere. Empty when the project is hidden. */
    public Optional<ProjectRole> role(Project project) {
        if (user.isAdmin()) {
            return Optional.of(ProjectRole.EDITOR);
        }
        return Membership.find(project.id, user.id()).map(m -> m.role);
    }

    public boolean canEdit(Project project) {
        return role(project).map(r -> r.allows(ProjectRole.EDITOR)).orElse(false);
    }

    private boolean allowed(Project project, ProjectRole needed, String kind) {
        Optional<ProjectRole> role = role(project);
        if (role.isEmpty()) {
            return false;
        }
        if (!role.get().allows(needed)) {
            throw new AccessDeniedException("You are a viewer of this " + kind
                    + ": viewers may read and export but not change it. Ask an editor or an admin of project \""
                    + project.name + "\" to make you an editor.");
        }
        return true;
    }
}
