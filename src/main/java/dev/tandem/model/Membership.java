// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/** One account's role in one project. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntity {
    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ProjectRole role;

    public static Optional<Membership> find(long projectId, long accountId) {
        return find("project.id = ?1 and account.id = ?2", projectId, accountId).firstResultOptional();
    }

    public static List<Membership> listForProject(long projectId) {
        return list("project.id = ?1 order by account.username", projectId);
    }
}
