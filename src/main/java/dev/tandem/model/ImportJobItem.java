// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;

/** One pair of a batch import (or one file of it that paired with nothing), and what became of it. */
@Entity
@Table(name = "import_job_item")
public class ImportJobItem extends PanacheEntity {
    /** What became of the pair: waiting, stored as a document, refused (with a reason), or not reached. */
    public enum State {
        PENDING, IMPORTED, REFUSED, CANCELLED
    }

    @Column(name = "job_id", nullable = false)
    public long jobId;

    /** Place in the job's list. */
    @Column(nullable = false)
    public int ord;

    /** The original's entry name in the zip; null for a translation that paired with nothing. */
    @Column(length = 255)
    public String source;

    /** The translation's entry name; null for an original (or a file of no language) that paired with nothing. */
    @Column(length = 255)
    public String target;

    @Column(length = 300)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public State state;

    @Column(length = 1000)
    public String reason;

    @Column(name = "document_id")
    public Long documentId;

    /** The job's items in their order. */
    public static List<ImportJobItem> listOf(long jobId) {
        return list("jobId = ?1 order by ord", jobId);
    }
}
