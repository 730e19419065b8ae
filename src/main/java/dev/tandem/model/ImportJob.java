// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** An import running in the background, with its progress: what {@code GET /api/jobs/{id}} shows. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntity {
    /** Where a job is in its life; the last three are final. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        public boolean isFinal() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    @Column(name = "project_id", nullable = false)
    public long projectId;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(nullable = false, length = 300)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public State state;

    /** Share done, in [0, 1]. */
    @Column(nullable = false)
    public double progress;

    /** What the job is doing, or why it failed. */
    @Column(nullable = false, length = 1000)
    public String message;

    /** The documents it stored, comma-separated. */
    @Column(name = "document_ids", nullable = false, length = 1000)
    public String documentIds = "";

    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public List<Long> documentIdList() {
        return documentIds.isEmpty() ? List.of()
                : Arrays.stream(documentIds.split(",")).map(Long::valueOf).toList();
    }

    /** The job, locked until the transaction ends: its state changes one writer at a time. */
    public static ImportJob lock(long id) {
        return getEntityManager().find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Jobs queued or running that no instance has marked alive since {@code before}. */
    public static List<ImportJob> listUnfinishedSince(OffsetDateTime before) {
        return list("state in ?1 and updatedAt < ?2", List.of(State.QUEUED, State.RUNNING), before);
    }
}
