// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.AlignmentProgress;
import dev.tandem.config.TandemConfig;
import dev.tandem.model.Document;
import dev.tandem.model.ImportJob;
import dev.tandem.model.ImportJobItem;
import dev.tandem.model.ImportRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The one way a document gets imported, for the REST API and the pages alike: small imports run on the request
 * (prepared with no transaction open, then stored in one short transaction), large ones or those asked for with
 * {@code Prefer: respond-async} as a background job ({@link ImportJobs}). An {@code Idempotency-Key} makes a
 * retried request return the first result instead of storing the document twice.
 */
@ApplicationScoped
public class Imports {
    /** Longest Idempotency-Key accepted (the IETF draft suggests UUIDs; 255 leaves room for any scheme). */
    public static final int MAX_KEY_LENGTH = 255;

    /** What an import request led to: a stored document (201) or a job (202); replayed for a repeated key. */
    public sealed interface Outcome {
        boolean replayed();
    }

    public record Stored(long documentId, boolean replayed) implements Outcome {
    }

    public record Queued(long jobId, boolean replayed) implements Outcome {
    }

    @Inject
    DocumentStore store;

    @Inject
    ImportJobs jobs;

    @Inject
    TandemConfig config;

    @Inject
    Meters meters;

    /**
     * Runs or queues the import: in the background when {@code preferAsync} or when it is larger than
     * {@code tandem.import.async-above-chars}, otherwise now. A key seen before gives the first outcome again.
     */
    public Outcome submit(ImportWork work, boolean preferAsync) {
        Optional<Outcome> earlier = replay(work);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (preferAsync || work.characters() > config.imports().asyncAboveChars()) {
            try {
                return new Queued(jobs.submit(work), false);
            } catch (PersistenceException e) {
                return replayAfterRace(work, e);
            }
        }
        long started = System.nanoTime();
        Meters.Outcome outcome = Meters.Outcome.FAILED;
        try {
            PreparedImport prepared = work.preparation().prepare(AlignmentProgress.NONE);
            try {
                long documentId = QuarkusTransaction.requiringNew().timeout((int) config.imports().storeTimeout().toSeconds()).call(() -> {
                    long id = store.store(prepared, work.importer(), AlignmentProgress.NONE);
                    recordKey(work, id, null);
                    return id;
                });
                outcome = Meters.Outcome.STORED;
                meters.importSize(work.kind(), prepared, work.characters());
                return new Stored(documentId, false);
            } catch (PersistenceException e) {
                return replayAfterRace(work, e);
            }
        } catch (RuntimeException e) {
            outcome = Meters.Outcome.of(e);
            throw e;
        } finally {
            meters.imported(work.kind(), "request", outcome, System.nanoTime() - started);
        }
    }

    /** Whether an import of this size runs in the background even when the client did not ask for it. */
    public boolean runsInBackground(long characters) {
        return characters > config.imports().asyncAboveChars();
    }

    /** The SHA-256 of the parts of a request, to recognise the same request sent again. */
    public static String fingerprint(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the syntax of an Idempotency-Key header; null and blank mean none. */
    public static String checkKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String stripped = key.strip();
        if (stripped.length() > MAX_KEY_LENGTH || !stripped.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException("Idempotency-Key", "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, e.g. a UUID.");
        }
        return stripped;
    }

    /** Records the key in the caller's transaction, with the document or job it produced. */
    void recordKey(ImportWork work, Long documentId, Long jobId) {
        if (work.key() == null) {
            return;
        }
        var request = new ImportRequest();
        request.username = work.importer().username();
        request.idempotencyKey = work.key();
        request.projectId = work.project().id();
        request.fingerprint = work.fingerprint();
        request.documentId = documentId;
        request.jobId = jobId;
        request.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        // flushed now: a concurrent request with the same key fails here, before any document row is written
        request.persistAndFlush();
    }

    /** A job's key learns the document it stored, in the job's storing transaction. */
    void recordDocument(ImportWork work, long documentId) {
        if (work.key() != null) {
            ImportRequest.findByKey(work.importer().username(), work.key())
                    .ifPresent(request -> request.documentId = documentId);
        }
    }

    private Outcome replayAfterRace(ImportWork work, PersistenceException e) {
        // the same key committed by a concurrent request: answer as it was answered
        return replay(work).orElseThrow(() -> e);
    }

    /**
     * The answer the import with this work's key got before, if one had the key; refuses a key reused for another.
     * A key whose job failed or was cancelled having stored nothing is released (its row deleted): the retry runs as
     * a new request, and of concurrent retries the unique key lets one create the new job and the others replay it.
     */
    Optional<Outcome> replay(ImportWork work) {
        if (work.key() == null) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> ImportRequest
                .findByKey(work.importer().username(), work.key())
                .flatMap(request -> {
                    if (request.projectId != work.project().id() || !request.fingerprint.equals(work.fingerprint())) {
                        throw new IdempotencyKeyException(422, "This Idempotency-Key was used on "
                                + request.createdAt.toLocalDate() + " for a different import"
                                + (request.projectId != work.project().id() ? " (into project " + request.projectId
                                + ")" : "") + ". Send a new key for a new request.");
                    }
                    if (request.jobId != null && request.documentId == null && endedWithNothingStored(request.jobId)) {
                        ImportRequest.delete("id", request.id);
                        return Optional.empty();
                    }
                    return Optional.of(earlierOutcome(request));
                }));
    }

    /** Whether the job failed or was cancelled before storing any document: nothing to protect from a retry. */
    private static boolean endedWithNothingStored(long jobId) {
        ImportJob job = ImportJob.findById(jobId);
        return job != null && (job.state == ImportJob.State.FAILED || job.state == ImportJob.State.CANCELLED)
                && job.documentIdList().isEmpty()
                && ImportJobItem.count("jobId = ?1 and state = ?2", jobId, ImportJobItem.State.IMPORTED) == 0;
    }

    private static Outcome earlierOutcome(ImportRequest request) {
        if (request.jobId != null && (request.documentId == null || ImportJob.findById(request.jobId) != null)) {
            return new Queued(request.jobId, true);
        }
        if (Document.findById(request.documentId) == null) {
            throw new IdempotencyKeyException(409, "The import with this Idempotency-Key stored document "
                    + request.documentId + ", which has been deleted since. Send a new key to import it again.");
        }
        return new Stored(request.documentId, true);
    }
}
