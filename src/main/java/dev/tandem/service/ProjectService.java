// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.LanguageTags;
import dev.tandem.model.Document;
import dev.tandem.model.ImportJob;
import dev.tandem.model.ImportRequest;
import dev.tandem.model.Membership;
import dev.tandem.model.Project;
import dev.tandem.model.SentencePair;
import dev.tandem.security.CurrentUser;
import dev.tandem.review.ReviewStatus;
import dev.tandem.security.Secrets;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
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

    @Inject
    ProjectAccess access;

    @Inject
    ProjectLexicons lexicons;

    @Inject
    TermCandidates termCandidates;

    public Project createProject(String name, String sourceLanguage, String targetLanguage) {
        return createProject(name, sourceLanguage, targetLanguage, null).project();
    }

    /** A project made, or found again: the one the form with the one-time key {@code formKey} made before. */
    public record Created(Project project, boolean before) {
    }

    /**
     * As {@link #createProject(String, String, String)}, for the page form with the one-time key {@code formKey} (null:
     * none). When that form made a project already and the caller may still see it, that project.
     */
    public Created createProject(String name, String sourceLanguage, String targetLanguage, String formKey) {
        Optional<Project> earlier = formKey == null ? Optional.empty()
                : Project.find("formKey", formKey).firstResultOptional();
        if (earlier.isPresent() && access.role(earlier.get()).isPresent()) {
            return new Created(earlier.get(), true);
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "name is missing: give the project a name.");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        var project = new Project();
        project.name = StoredText.check("name", OneLineText.check("name", trimmed));
        String source = InvalidInputException.checked("sourceLanguage",
                () -> LanguageTags.normalize(sourceLanguage, "sourceLanguage"));
        String target = targetLanguage == null || targetLanguage.isBlank() ? "en" : targetLanguage;
        project.sourceLanguage = source;
        project.targetLanguage = InvalidInputException.checked("targetLanguage",
                () -> LanguageTags.requireDistinct(source, LanguageTags.normalize(target, "targetLanguage")));
        project.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        project.formKey = earlier.isPresent() ? null : formKey; // a key someone else's form sent: made anew, unkeyed
        project.persist();
        members.addCreator(project);
        user.audit("project-create", "project " + project.id, project.name);
        return new Created(project, false);
    }

    /** The projects the current user may see: all for admins, else those they are a member of. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Project> listProjects() {
        return user.isAdmin() ? Project.listByName() : Project.listVisibleTo(user.id());
    }

    /** A page of the projects the user may see, in id order (stable while projects come and go), and their count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Project> listProjects(int offset, int limit) {
        Page.check(offset, limit, DocumentService.MAX_PAGE_SIZE);
        if (user.isAdmin()) {
            return new Page<>(Project.count(), offset, limit,
                    Project.<Project>findAll(Sort.by("id")).range(offset, Page.last(offset, limit)).list());
        }
        return new Page<>(Membership.count("account.id", user.id()), offset, limit,
                Project.visibleTo(user.id()).range(offset, Page.last(offset, limit)).list());
    }

    /**
     * Deletes the project with its documents (and their sentences, pairs and history), dictionaries and members, if
     * it is as its sender saw it: {@code acceptedStamps} holds the {@link #stamp}s they accept (null: they name none,
     * which is enough only for a project without reviewed pairs).
     * Its documents are locked before the stamp is taken, so a review cannot slip in between the check and the delete.
     *
     * @throws ProjectChangedException when the stamp is missing but needed (428) or is another (412)
     */
    public void deleteProject(long id, Collection<String> acceptedStamps) {
        Project project = getProject(id);
        Document.getEntityManager()
                .createQuery("select d.id from Document d where d.project = ?1 order by d.id", Long.class)
                .setParameter(1, project).getResultList().forEach(Document::lockForEdit);
        String stamp = stamp(project);
        if (acceptedStamps == null) {
            long reviewed = SentencePair.count("document.project = ?1 and status <> ?2", project, ReviewStatus.AUTO);
            if (reviewed > 0) {
                throw ProjectChangedException.required(id, stamp, reviewed);
            }
        } else if (!acceptedStamps.contains(stamp)) {
            throw ProjectChangedException.failed(id, stamp);
        }
        user.audit("project-delete", "project " + id, project.name);
        // an original takes its versions with it
        Document.listByProject(project).stream().filter(d -> d.originalId == null).forEach(DocumentService::delete);
        DictionaryService.deleteAll(project);
        TermService.deleteAll(project);
        ProjectSegmentation.deleteAll(project);
        // a job still running finds its row gone at its next progress report and stops
        ImportJob.delete("projectId", id);
        ImportRequest.delete("projectId", id);
        Membership.delete("project", project);
        project.delete();
        lexicons.forget(id);
        termCandidates.forget(id);
        Log.debugf("Deleted project %d", id);
    }

    /**
     * A digest of what the project holds that its team works on: its documents, each with its version (which every
     * edit raises), and its dictionaries. Adding, editing or deleting any of them changes it; a delete names it to take the project
     * only as its sender saw it (found by use: an editor deleted 58 pairs others had confirmed, unseen, in one call).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String stamp(long projectId) {
        return stamp(getProject(projectId));
    }

    private static String stamp(Project project) {
        StringBuilder held = new StringBuilder();
        // scalar queries: the versions as stored now, not as entities loaded earlier in the transaction hold them
        var entities = Document.getEntityManager();
        entities.createQuery("select d.id, d.version from Document d where d.project = ?1 order by d.id", Object[].class)
                .setParameter(1, project).getResultList()
                .forEach(row -> held.append('d').append(row[0]).append('v').append(row[1]).append(';'));
        entities.createQuery("select x.id from Dictionary x where x.project = ?1 order by x.id", Long.class)
                .setParameter(1, project).getResultList()
                .forEach(dictionary -> held.append('x').append(dictionary).append(';'));
        return Secrets.sha256Hex(held.toString()).substring(0, 16);
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
