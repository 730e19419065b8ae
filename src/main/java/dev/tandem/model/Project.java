// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A translation project: one language pair, many documents. Languages are BCP 47 tags. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntity {
    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "source_language", nullable = false, length = 35)
    public String sourceLanguage;

    @Column(name = "target_language", nullable = false, length = 35)
    public String targetLanguage;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The one-time key of the page form that made this project, if one did (see the web package's FormKeys). */
    @Column(name = "form_key", length = 36)
    public String formKey;

    public static List<Project> listByName() {
        return listAll(Sort.by("name").and("id"));
    }

    public static List<Project> listVisibleTo(long accountId) {
        return find("select m.project from Membership m where m.account.id = ?1 order by m.project.name, m.project.id",
                accountId).list();
    }

    /** The projects an account is a member of, in id order. */
    public static PanacheQuery<Project> visibleTo(long accountId) {
        return find("select m.project from Membership m where m.account.id = ?1 order by m.project.id", accountId);
    }
}
