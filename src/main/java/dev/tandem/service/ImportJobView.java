// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.ImportJob;
import java.time.OffsetDateTime;
import java.util.List;

/** An import job as clients see it: {@code GET /api/jobs/{id}}. */
public record ImportJobView(long id, long projectId, String title, ImportJob.State state, double progress,
                            String message, List<Long> documentIds, String username, OffsetDateTime createdAt,
                            OffsetDateTime updatedAt) {

    /** Progress as a whole percentage, for pages. */
    public int progressPercent() {
        return (int) Math.floor(progress * 100);
    }

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id, job.projectId, job.title, job.state, job.progress, job.message,
                job.documentIdList(), job.username, job.createdAt, job.updatedAt);
    }
}
