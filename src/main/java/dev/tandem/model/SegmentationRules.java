// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A project's own segmentation rules as the SRX 2.0 document it was given; absent means the built-in rules. */
@Entity
@Table(name = "segmentation_rules")
public class SegmentationRules extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public Long projectId;

    @Column(nullable = false)
    public String srx;

    /** Grows with each change; compiled rules are cached by it. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_by", length = 64)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Optional<SegmentationRules> findForProject(long projectId) {
        return findByIdOptional(projectId);
    }

    /** The version of the project's rules, without loading the document; empty when it has none. */
    public static Optional<Long> versionOf(long projectId) {
        return getEntityManager()
                .createQuery("select r.version from SegmentationRules r where r.projectId = ?1", Long.class)
                .setParameter(1, projectId).getResultStream().findFirst();
    }
}
