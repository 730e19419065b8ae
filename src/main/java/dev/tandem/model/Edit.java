// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
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

/** One review operation on a document (or an undo/redo of one), with enough data to undo and redo it exactly. */
@Entity
@Table(name = "edit")
public class Edit extends PanacheEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Document document;

    /** The document version this edit produced. */
    @Column(nullable = false)
    public long version;

    @Column(nullable = false, length = 100)
    public String username;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The operation name as in the API ({@code confirm}, {@code merge-pairs}, …, {@code undo}, {@code redo}). */
    @Column(nullable = false, length = 30)
    public String operation;

    /** The request's parameters, as JSON. */
    @Column(nullable = false)
    public String params;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public EditState state;

    /** For undo and redo: the edit they took back or brought back. */
    @Column(name = "target_edit_id")
    public Long targetEditId;

    /** What changed, in words, for the history list. */
    @Column(nullable = false, length = 500)
    public String summary;

    /** The replaced and replacing data, as JSON ({@code ChangeRecord}). */
    @Column(name = "change_data", nullable = false)
    public String changeData;

    public static List<Edit> listByDocument(Document document, long afterVersion) {
        return list("document = ?1 and version > ?2", Sort.by("version"), document, afterVersion);
    }

    /**
     * The edits of {@code operation} in effect (neither undone nor discarded) whose change data mentions
     * {@code word}, oldest first: the test on the text spares reading the large changes that cannot matter.
     */
    public static List<Edit> listApplied(Document document, String operation, String word) {
        return list("document = ?1 and operation = ?2 and state = ?3 and changeData like ?4", Sort.by("version"),
                document, operation, EditState.APPLIED, "%" + word + "%");
    }

    public static Optional<Edit> findLastApplied(Document document) {
        return find("document = ?1 and state = ?2", Sort.descending("version"), document, EditState.APPLIED)
                .firstResultOptional();
    }

    /** The undone edit to redo next: undo took edits back newest first, so redo brings the oldest back first. */
    public static Optional<Edit> findFirstUndone(Document document) {
        return find("document = ?1 and state = ?2", Sort.ascending("version"), document, EditState.UNDONE)
                .firstResultOptional();
    }

    /** A new edit ends the redo chain: what was undone can no longer be redone. */
    public static void discardUndone(Document document) {
        update("state = ?1 where document = ?2 and state = ?3", EditState.DISCARDED, document, EditState.UNDONE);
    }
}
