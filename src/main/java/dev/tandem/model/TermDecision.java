// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A translator's decision on a term candidate of a project: accepted terms go into the project's lexicon and its QA
 * check, rejected ones are not suggested again. Keyed on both sides' normal forms ({@code dev.tandem.terms.TermKeys}).
 */
@Entity
@Table(name = "term_decision")
public class TermDecision extends PanacheEntity {
    /** What was decided. */
    public enum Decision {
        ACCEPTED, REJECTED
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Project project;

    /** The candidate's stable id ({@code TermKeys.id}). */
    @Column(name = "term_id", nullable = false)
    public long termId;

    @Column(nullable = false, length = 200)
    public String source;

    @Column(nullable = false, length = 200)
    public String target;

    @Column(name = "source_key", nullable = false, length = 200)
    public String sourceKey;

    @Column(name = "target_key", nullable = false, length = 200)
    public String targetKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Decision decision;

    /** Pairs holding both sides when decided. */
    @Column(nullable = false)
    public int frequency;

    /** Ids of example pairs when decided, space-separated. */
    @Column(nullable = false, length = 200)
    public String examples;

    @Column(name = "decided_by", length = 64)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    public static List<TermDecision> listByProject(long projectId) {
        return list("project.id = ?1 order by id", projectId);
    }

    public static List<TermDecision> listAccepted(long projectId) {
        return list("project.id = ?1 and decision = ?2 order by id", projectId, Decision.ACCEPTED);
    }

    public static Optional<TermDecision> findByTerm(long projectId, long termId) {
        return find("project.id = ?1 and termId = ?2", projectId, termId).firstResultOptional();
    }
}
