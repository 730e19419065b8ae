// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Account;
import dev.tandem.model.Membership;
import dev.tandem.model.Project;
import dev.tandem.model.ProjectRole;
import dev.tandem.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Who belongs to a project. Admins and the project's editors may change it, viewers see it: the routes that call
 * this are declared so ({@code @Requires} in {@code api}), and are checked before they run; this service does not
 * check again.
 */
@ApplicationScoped
@Transactional
public class MembershipService {
    @Inject
    CurrentUser user;

    /** Adds the user to the project, or changes their role; returns true when the membership is new. */
    public boolean put(long projectId, String username, String role) {
        Project project = Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> new NotFoundException("project", projectId));
        ProjectRole parsed = parseRole(role);
        Account account = Account.findByUsername(username == null ? "" : username.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("username", "There is no account named \"" + username
                        + "\": an admin creates accounts first."));
        var existing = Membership.find(projectId, account.id);
        if (parsed != ProjectRole.EDITOR && existing.isPresent()) {
            keepAnEditor(project, existing.get(), "make " + account.username + " a viewer");
        }
        Membership membership = existing.orElseGet(Membership::new);
        membership.project = project;
        membership.account = account;
        membership.role = parsed;
        membership.persist();
        user.audit(existing.isPresent() ? "member-change" : "member-add", "project " + projectId,
                account.username + " as " + parsed.name().toLowerCase(Locale.ROOT));
        return existing.isEmpty();
    }

    /** The project's membership of {@code username}; 404 when they are not a member. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Membership find(long projectId, String username) {
        Account account = Account.findByUsername(username == null ? "" : username.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> NotFoundException.named("member", username));
        return Membership.find(projectId, account.id).orElseThrow(() -> NotFoundException.named("member", username));
    }

    public void remove(long projectId, String username) {
        Membership membership = find(projectId, username);
        Account account = membership.account;
        keepAnEditor(membership.project, membership, "remove " + account.username);
        membership.delete();
        user.audit("member-remove", "project " + projectId, account.username);
    }

    /**
     * Refuses a change that takes the last editor from a project, unless an admin makes it: only admins could then
     * manage the project, and an editor who demoted or removed themselves could not undo it. The project is locked
     * first, so two editors cannot each demote the other at once.
     */
    private void keepAnEditor(Project project, Membership changed, String what) {
        if (changed.role != ProjectRole.EDITOR || user.isAdmin()) {
            return;
        }
        Project.getEntityManager().lock(project, LockModeType.PESSIMISTIC_WRITE);
        boolean another = Membership.listForProject(project.id).stream()
                .anyMatch(other -> other.role == ProjectRole.EDITOR && !other.id.equals(changed.id));
        if (!another) {
            throw new ImpossibleEditException("username", "Cannot " + what + ": they are the project's last editor,"
                    + " and nobody but an admin could manage it then. Make another member an editor first, or ask an"
                    + " admin.");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> list(long projectId) {
        return Membership.listForProject(projectId);
    }

    /** The creator of a project becomes its first editor. */
    void addCreator(Project project) {
        var membership = new Membership();
        membership.project = project;
        membership.account = Account.findById(user.id());
        membership.role = ProjectRole.EDITOR;
        membership.persist();
    }

    static ProjectRole parseRole(String role) {
        if (role != null) {
            for (ProjectRole candidate : ProjectRole.values()) {
                if (candidate.name().equalsIgnoreCase(role.strip())) {
                    return candidate;
                }
            }
        }
        throw new InvalidInputException("role", "role must be \"editor\" (review and edit) or \"viewer\""
                + " (read and export).");
    }
}
