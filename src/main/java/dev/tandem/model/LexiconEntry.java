// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/** A word translation from a dictionary uploaded to a project, from the project's source language to its target. */
@Entity
@Table(name = "lexicon_entry")
public class LexiconEntry extends PanacheEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Project project;

    @Column(nullable = false, length = 200)
    public String source;

    @Column(nullable = false, length = 200)
    public String target;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Dictionary dictionary;

    public static List<LexiconEntry> listByProject(Project project) {
        return list("project", project);
    }

    public static long countByProject(Project project) {
        return count("project", project);
    }
}
