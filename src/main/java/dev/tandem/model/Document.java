// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A document pair: an original and its translation (kept verbatim in {@link DocumentText}, so that sentence offsets
 * stay meaningful).
 * {@link #version} grows with every change to the document's sentences or pairs.
 */
@Entity
@Table(name = "document")
public class Document extends PanacheEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Project project;

    @Column(nullable = false, length = 300)
    public String title;

    /** {@code auto} or {@code lines}, as requested at import. */
    @Column(nullable = false, length = 10)
    public String segmentation;

    @Column(nullable = false)
    public long version;

    /**
     * Bumped with every change to which sentences and pairs the document has and their keys (a split, a merge, a
     * realignment; not a status or a text): the version of its layout, which {@link LayoutIndex} keeps in memory.
     */
    @Column(name = "layout_version", nullable = false)
    public long layoutVersion;

    /**
     * How the original's line breaks were read at import ({@code dev.tandem.service.LineBreakReading#codeOf});
     * null for documents imported before it was recorded.
     */
    @Column(name = "source_line_breaks", length = 16)
    public String sourceLineBreaks;

    /** The same for the translation. */
    @Column(name = "target_line_breaks", length = 16)
    public String targetLineBreaks;

    /** The language of the translation: the project's, or another one for a further version of an original. */
    @Column(name = "target_language", nullable = false, length = 35)
    public String targetLanguage;

    /**
     * For a further translation of another document's original (a version), that document's id; its source
     * sentences are copies of that document's. Null for a document imported on its own.
     */
    @Column(name = "original_id")
    public Long originalId;

    /** Total target characters / total source characters: this document's norm for the length QA check. */
    @Column(name = "length_ratio", nullable = false)
    public double lengthRatio;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The user who imported the document; null for documents whose importer is not known. */
    @Column(name = "created_by", length = 64)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The document, locked for writing until the transaction ends: edits of one document run one at a time. */
    public static Document lockForEdit(long id) {
        return getEntityManager().find(Document.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The creation time in ms: with the id it tells this document from another given the same id later (after a
     * restore), so caches keyed on id and version ({@link LayoutIndex}, the service's counts) cannot confuse them.
     */
    public long createdAtMillis() {
        return createdAt.toInstant().toEpochMilli();
    }

    /** The further translations of this document's original, oldest first. */
    public static List<Document> listVersionsOf(long originalId) {
        return list("originalId", Sort.by("id"), originalId);
    }

    /**
     * The oldest other document of this one's project into the same language under the same title (case aside): an
     * upload of a corrected file makes a second document beside the first, not a new version of it.
     */
    public static Optional<Document> findNamesake(Document document) {
        return find("project = ?1 and targetLanguage = ?2 and lower(title) = lower(?3) and id <> ?4",
                Sort.by("id"), document.project, document.targetLanguage, document.title, document.id)
                .firstResultOptional();
    }

    public static List<Document> listByProject(Project project) {
        return list("project", Sort.by("id"), project);
    }
}
