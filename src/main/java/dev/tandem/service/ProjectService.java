// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Project;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
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
    ProjectLexicons lexicons;

    public Project createProject(String name, String sourceLanguage, String targetLanguage) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "name is missing: give the project a name.");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        var project = new Project();
        project.name = StoredText.check("name", trimmed);
        project.sourceLanguage = LanguageTags.normalize("sourceLanguage", sourceLanguage);
        project.targetLanguage = LanguageTags.normalize("targetLanguage",
                targetLanguage == null || targetLanguage.isBlank() ? "en" : targetLanguage);
        project.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        project.persist();
        return project;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Project> listProjects() {
        return Project.listByName();
    }

    /** A page of projects in id order (stable while projects come and go), and how many there are. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Project> listProjects(int offset, int limit) {
        Page.check(offset, limit, DocumentService.MAX_PAGE_SIZE);
        return new Page<>(Project.count(), offset, limit,
                Project.<Project>findAll(Sort.by("id")).range(offset, Page.last(offset, limit)).list());
    }

    /**
     * Deletes the project with its documents (and their sentences, pairs and history) and dictionary entries; the
     * database cascades. The one place projects are deleted, so auditing can hook in here.
     */
    public void deleteProject(long id) {
        Project project = getProject(id);
        project.delete();
        lexicons.forget(id);
        Log.debugf("Deleted project %d", id);
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
