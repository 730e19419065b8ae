// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A bilingual dictionary uploaded to a project: its file and what the upload stored ({@link LexiconEntry} rows,
 * always from the project's source language to its target language) and left out.
 */
@Entity
@Table(name = "dictionary")
public class Dictionary extends PanacheEntityBase {
    /** Shared with the entries: migration V5 gave the dictionaries it made the ids of their first entries. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dictionary_id")
    @SequenceGenerator(name = "dictionary_id", sequenceName = "lexicon_entry_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Project project;

    /** {@code tsv}, {@code cedict} or {@code dictd}. */
    @Column(nullable = false, length = 10)
    public String format;

    /** The uploaded file's name. */
    @Column(nullable = false, length = 200)
    public String origin;

    @Column(nullable = false)
    public int entries;

    /** Entries and lines the upload left out: malformed, with an empty side, or too long to be a translation. */
    @Column(nullable = false)
    public int skipped;

    /** The file ran from the project's target language to its source; its entries were stored turned round. */
    @Column(nullable = false)
    public boolean reversed;

    /** Null for dictionaries uploaded before they were recorded as such, when the audit log did not say. */
    @Column(name = "uploaded_by", length = 64)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    public static List<Dictionary> listByProject(long projectId) {
        return list("project.id = ?1 order by id", projectId);
    }
}
