// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * An import that carried an {@code Idempotency-Key}: what it produced (a document, or a job), so that the same
 * request sent again gets the same answer instead of a second copy of the document.
 */
@Entity
@Table(name = "import_request")
public class ImportRequest extends PanacheEntity {
    @Column(nullable = false, length = 64)
    public String username;

    @Column(name = "idempotency_key", nullable = false, length = 255)
    public String idempotencyKey;

    @Column(name = "project_id", nullable = false)
    public long projectId;

    /** SHA-256 (hex) of the request's content. */
    @Column(nullable = false, length = 64)
    public String fingerprint;

    @Column(name = "document_id")
    public Long documentId;

    @Column(name = "job_id")
    public Long jobId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Optional<ImportRequest> findByKey(String username, String key) {
        return find("username = ?1 and idempotencyKey = ?2", username, key).firstResultOptional();
    }
}
