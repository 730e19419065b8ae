// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.model.ImportJob;
import dev.tandem.model.ImportJobItem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An import job as clients see it: {@code GET /api/jobs/{id}}. A batch import's job also lists its {@code items}, one
 * per pair and per file left out; its {@code documentIds} are those of its imported items.
 */
public record ImportJobView(long id, long projectId, String title, ImportJob.State state, double progress,
                            String message, List<Long> documentIds, String username, OffsetDateTime createdAt,
                            OffsetDateTime updatedAt,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<ImportJobItemView> items) {

    /** This view as ended in {@code state} with {@code message}. */
    ImportJobView ended(ImportJob.State state, String message) {
        return new ImportJobView(id, projectId, title, state, progress, message, documentIds, username, createdAt,
                updatedAt, items);
    }

    /** Progress as a whole percentage, for pages. */
    public int progressPercent() {
        return (int) Math.floor(progress * 100);
    }

    /** Whether it is a batch import (whose page lists its items). */
    public boolean batch() {
        return items != null;
    }

    /** How many of its items are in {@code state}. */
    public long count(String state) {
        return items == null ? 0 : items.stream().filter(item -> item.state().name().equals(state)).count();
    }

    /** The job alone, as lists show it (a batch's items are not read). */
    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id, job.projectId, job.title, job.state, job.progress, job.message,
                job.documentIdList(), job.username, job.createdAt, job.updatedAt, null);
    }

    /** The job with its items, if it is a batch import. */
    static ImportJobView withItems(ImportJob job) {
        List<ImportJobItem> items = ImportJobItem.listOf(job.id);
        if (items.isEmpty()) {
            return of(job);
        }
        List<Long> documents = items.stream().map(item -> item.documentId).filter(Objects::nonNull).toList();
        return new ImportJobView(job.id, job.projectId, job.title, job.state, job.progress, job.message, documents,
                job.username, job.createdAt, job.updatedAt, items.stream().map(ImportJobItemView::of).toList());
    }
}
