// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Project;
import dev.tandem.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Creating and finding projects. */
@ApplicationScoped
@Transactional
public class ProjectService {
    static final int MAX_NAME_LENGTH = 200;

    @Inject
    CurrentUser user;

    @Inject
    MembershipService members;

    public Project createProject(String name, String sourceLanguage, String targetLanguage) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "name is missing: give the project a name.");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        var project = new Project();
        project.name = trimmed;
        project.sourceLanguage = LanguageTags.normalize("sourceLanguage", sourceLanguage);
        project.targetLanguage = LanguageTags.normalize("targetLanguage",
                targetLanguage == null || targetLanguage.isBlank() ? "en" : targetLanguage);
        project.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        project.persist();
        members.addCreator(project);
        user.audit("project-create", "project " + project.id, project.name);
        return project;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** The projects the current user may see: all for admins, else those they are a member of. */
    public List<Project> listProjects() {
        return user.isAdmin() ? Project.listByName() : Project.listVisibleTo(user.id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Project> findProject(long id) {
        return Project.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Project getProject(long id) {
        return findProject(id).orElseThrow(() -> new NotFoundException("project", id));
    }
}
