// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.AlignmentProgress;
import dev.tandem.config.TandemConfig;
import dev.tandem.formats.BatchLeftOut;
import dev.tandem.formats.BatchManifest;
import dev.tandem.formats.BatchPair;
import dev.tandem.formats.BatchPairing;
import dev.tandem.formats.DocumentTooLargeException;
import dev.tandem.formats.ExpansionLimitException;
import dev.tandem.formats.LimitedZip;
import dev.tandem.formats.TextDecoder;
import dev.tandem.formats.UndecodableTextException;
import dev.tandem.formats.UnreadableDocumentException;
import dev.tandem.formats.ZipMessages;
import dev.tandem.formats.ZipNameCharsets;
import dev.tandem.model.ImportJob;
import dev.tandem.model.ImportJobItem;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Batch imports: a zip of originals and translations, paired by name or by a manifest ({@link BatchPairing}), each
 * pair imported as one document would be ({@link DocumentUploads#work}: the same format detection, decoding,
 * language check, limits, segmentation and alignment), one transaction per document, in one background job.
 *
 * <p>The whole upload is refused, and nothing stored, when the zip is none, names an entry outside itself, or
 * unpacks past {@code tandem.import.max-unzipped-bytes} or {@code max-compression-ratio}: every paired entry is
 * unpacked (through {@link LimitedZip}'s guard) before the job is created. A pair that cannot be read is refused
 * with the words a single import would use, and the others go on.
 */
@ApplicationScoped
public class BatchImports {
    private static final int MAX_MANIFEST_BYTES = 1 << 20;
    private static final int MAX_REASON = 1000;

    @Inject
    TandemConfig config;

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentStore store;

    @Inject
    ImportJobs jobs;

    @Inject
    Imports imports;

    @Inject
    Meters meters;

    /** The pairing, each pair read and checked as its import would be; nothing is stored. */
    public BatchPreview preview(ProjectLanguages project, BatchUpload upload, Importer importer) {
        try (Unpacked unpacked = unpack(project, upload)) {
            List<ImportJobItemView> items = new ArrayList<>();
            for (PairFiles pair : unpacked.pairs()) {
                String refusal = pair.refusal();
                if (refusal == null) {
                    try {
                        uploads.work(project, pair.upload(upload), importer, null);
                    } catch (InvalidInputException | PayloadTooLargeException e) {
                        refusal = e.getMessage();
                    }
                }
                items.add(new ImportJobItemView(pair.pair().source(), pair.pair().target(), pair.pair().title(),
                        refusal == null ? ImportJobItem.State.PENDING : ImportJobItem.State.REFUSED, refusal, null));
            }
            items.sort(Comparator.comparing(item -> item.state() == ImportJobItem.State.PENDING ? 0 : 1));
            unpacked.leftOut().forEach(left -> items.add(new ImportJobItemView(left.source(), left.target(), null,
                    ImportJobItem.State.REFUSED, left.reason(), null)));
            return BatchPreview.of(fileName(upload), items, unpacked.key());
        }
    }

    /**
     * Unpacks the pairs and queues their import as one job; returns the job's id.
     *
     * @param shownKey the {@link BatchPreview#key()} of the pairing the user confirmed, or null (REST: no preview)
     */
    public long submit(ProjectLanguages project, BatchUpload upload, Importer importer, String shownKey) {
        return submit(project, upload, importer, shownKey, null).jobId();
    }

    /**
     * As above, with an {@code Idempotency-Key} (may be null): the same batch sent again with the same key is answered
     * with the job the first one queued ({@link Imports.Queued#replayed()}), not imported twice; the key used for
     * another batch is refused ({@link IdempotencyKeyException}, 422).
     */
    public Imports.Queued submit(ProjectLanguages project, BatchUpload upload, Importer importer, String shownKey,
                                 String idempotencyKey) {
        String key = Imports.checkKey(idempotencyKey);
        ImportWork keyed = key == null ? null : new ImportWork(project, fileName(upload), importer, key,
                Imports.fingerprint("batch", key(upload), upload.segmentation(), upload.languageCheck()), 0,
                "batch", null);
        // a batch sent again is answered from its bytes' fingerprint, without unpacking it a second time
        Optional<Imports.Outcome> earlier = keyed == null ? Optional.empty() : imports.replay(keyed);
        if (earlier.isPresent()) {
            return (Imports.Queued) earlier.get();
        }
        Unpacked unpacked = unpack(project, upload);
        try {
            if (shownKey != null && !shownKey.isBlank() && !shownKey.strip().equals(unpacked.key())) {
                throw new InvalidInputException("file", "This zip (or manifest) is not the one whose pairing was"
                        + " shown: nothing was imported. Show the pairing again and check it before importing.");
            }
            if (unpacked.pairs().isEmpty()) {
                throw new InvalidInputException("file", "The zip holds no pair to import; nothing was imported. "
                        + unpacked.leftOut().stream().limit(3).map(left -> left.entry() + ": " + left.reason())
                        .reduce((a, b) -> a + "; " + b).map(s -> s + ".").orElse("It holds no file."));
            }
        } catch (RuntimeException e) {
            unpacked.close();
            throw e;
        }
        try {
            return new Imports.Queued(jobs.submit(project.id(), importer.username(), fileName(upload), jobId -> {
                writeItems(jobId, unpacked);
                if (keyed != null) {
                    imports.recordKey(keyed, null, jobId);
                }
            }, (jobId, progress) -> run(jobId, progress, project, upload, importer, unpacked), unpacked::close), false);
        } catch (PersistenceException e) {
            // the same key committed by a concurrent request: answer as it was answered
            return (Imports.Queued) (keyed == null ? Optional.<Imports.Outcome>empty() : imports.replay(keyed))
                    .orElseThrow(() -> e);
        }
    }

    private static String fileName(BatchUpload upload) {
        if (upload.zip() == null && !upload.files().isEmpty()) {
            return upload.files().size() + " files";
        }
        String name = upload.zip() == null || upload.zip().fileName() == null ? null
                : DocumentUploads.baseName(upload.zip().fileName());
        return name == null ? "Batch" : name;
    }

    private static void writeItems(long jobId, Unpacked unpacked) {
        int ord = 0;
        for (PairFiles pair : unpacked.pairs()) {
            item(jobId, ord++, pair.pair().source(), pair.pair().target(), pair.pair().title(),
                    pair.refusal() == null ? ImportJobItem.State.PENDING : ImportJobItem.State.REFUSED, pair.refusal());
        }
        for (BatchLeftOut left : unpacked.leftOut()) {
            item(jobId, ord++, left.source(), left.target(), null, ImportJobItem.State.REFUSED, left.reason());
        }
    }

    private static void item(long jobId, int ord, String source, String target, String title,
                             ImportJobItem.State state, String reason) {
        var item = new ImportJobItem();
        item.jobId = jobId;
        item.ord = ord;
        item.source = cut(source, 255);
        item.target = cut(target, 255);
        item.title = cut(title, 300);
        item.state = state;
        item.reason = cut(reason, MAX_REASON);
        item.persist();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** The job: each pair in turn, stored in a transaction of its own; a refused pair is noted and the rest go on. */
    private ImportJobs.Ending run(long jobId, ImportJobs.Progress progress, ProjectLanguages project,
                                  BatchUpload upload, Importer importer, Unpacked unpacked) {
        List<PairFiles> pairs = unpacked.pairs();
        int total = pairs.size();
        int imported = 0;
        int refused = (int) pairs.stream().filter(pair -> pair.refusal() != null).count();
        for (int ord = 0; ord < total; ord++) {
            PairFiles pair = pairs.get(ord);
            if (pair.refusal() != null) {
                continue;
            }
            String message = "Importing " + (ord + 1) + " of " + total + ": " + pair.pair().source();
            long started = System.nanoTime();
            Meters.Outcome outcome = Meters.Outcome.FAILED;
            try {
                progress.report((double) ord / total, message);
                ImportWork work = uploads.work(project, pair.upload(upload), importer, null);
                PreparedImport prepared = work.preparation().prepare(progress.stage((double) ord / total,
                        (ord + ImportJobs.PREPARE_SHARE) / total, message));
                AlignmentProgress storing = progress.stage((ord + ImportJobs.PREPARE_SHARE) / total,
                        (ord + 1.0) / total, null);
                int at = ord;
                QuarkusTransaction.requiringNew().timeout((int) config.imports().storeTimeout().toSeconds()).run(() -> {
                    long documentId = store.store(prepared, importer, storing);
                    if (progress.cancelled() || ImportJobs.cancelRequested(jobId)) {
                        throw new CancellationException();
                    }
                    ImportJobItem.update("state = ?1, documentId = ?2 where jobId = ?3 and ord = ?4",
                            ImportJobItem.State.IMPORTED, documentId, jobId, at);
                });
                imported++;
                outcome = Meters.Outcome.STORED;
                meters.importSize(work.kind(), prepared, work.characters());
            } catch (CancellationException e) {
                outcome = Meters.Outcome.CANCELLED;
                return cancelled(jobId, progress, imported, total);
            } catch (InvalidInputException | PayloadTooLargeException e) {
                outcome = Meters.Outcome.REFUSED;
                refused++;
                refuse(jobId, ord, e.getMessage());
            } catch (RuntimeException | OutOfMemoryError e) {
                refused++;
                refuse(jobId, ord, "The import of this pair failed (" + e.getClass().getSimpleName() + "); the"
                        + " server log has the details under " + ServerErrors.log(e, "Import job " + jobId) + ".");
            } finally {
                meters.imported("batch", "job", outcome, System.nanoTime() - started);
            }
        }
        Log.infof("Batch import job %d: %d of %d pairs imported", jobId, imported, total);
        int unpaired = unpacked.leftOut().size();
        return new ImportJobs.Ending(ImportJob.State.DONE, "Imported " + imported + " of " + total + " pair"
                + (total == 1 ? "" : "s") + (refused > 0 ? "; " + refused + " refused" : "")
                + (unpaired > 0 ? "; " + unpaired + " file" + (unpaired == 1 ? "" : "s") + " without a partner" : "")
                + (refused + unpaired > 0 ? " (the reasons are listed with each)." : "."));
    }

    private static void refuse(long jobId, int ord, String reason) {
        QuarkusTransaction.requiringNew().run(() -> ImportJobItem.update(
                "state = ?1, reason = ?2 where jobId = ?3 and ord = ?4", ImportJobItem.State.REFUSED,
                cut(reason, MAX_REASON), jobId, ord));
    }

    private static ImportJobs.Ending cancelled(long jobId, ImportJobs.Progress progress, int imported, int total) {
        QuarkusTransaction.requiringNew().run(() -> ImportJobItem.update("state = ?1 where jobId = ?2 and state = ?3",
                ImportJobItem.State.CANCELLED, jobId, ImportJobItem.State.PENDING));
        String kept = imported == 0 ? "no document was imported before."
                : "the " + imported + " document" + (imported == 1 ? "" : "s") + " imported before "
                        + (imported == 1 ? "is" : "are") + " kept.";
        return progress.stopping()
                ? new ImportJobs.Ending(ImportJob.State.FAILED, "Tandem was stopped after " + imported + " of "
                        + total + " pairs; " + kept + " Import the others again.")
                : new ImportJobs.Ending(ImportJob.State.CANCELLED, "Cancelled after " + imported + " of " + total
                        + " pairs; " + kept);
    }

    /** The zip opened, paired and its paired entries unpacked into files of a temporary folder, deleted on close. */
    private Unpacked unpack(ProjectLanguages project, BatchUpload upload) {
        boolean zipSent = upload.zip() != null && upload.zip().size() > 0;
        if (zipSent && !upload.files().isEmpty()) {
            throw new InvalidInputException("files", "Both a zip and separate files came: send the zip alone, or the"
                    + " files alone (as parts named files).");
        }
        if (!zipSent && upload.files().isEmpty()) {
            throw new InvalidInputException("file", "file is missing or empty: send the zip of originals and"
                    + " translations as the multipart part \"file\", or the files themselves as parts named"
                    + " \"files\".");
        }
        if (!zipSent) {
            return unpackFiles(project, upload);
        }
        BatchManifest manifest = manifest(upload.manifest());
        Path folder = temporaryFolder();
        var unpacked = new Unpacked(folder, new ArrayList<>(), new ArrayList<>(), key(upload));
        try (LimitedZip zip = LimitedZip.open(upload.zip().path(), config.imports().zipLimits(), ZipMessages.BATCH,
                ZipNameCharsets.forLanguages(project.sourceLanguage(), project.targetLanguage()))) {
            List<String> names = zip.names();
            BatchPairing pairing = manifest == null
                    ? BatchPairing.byName(names, project.sourceLanguage(), project.targetLanguage())
                    : BatchPairing.byManifest(names, manifest);
            unpacked.leftOut().addAll(pairing.leftOut());
            int n = 0;
            for (BatchPair pair : pairing.pairs()) {
                n++;
                Entry source = extract(zip, pair.source(), folder.resolve(n + "-source"), "source");
                Entry target = extract(zip, pair.target(), folder.resolve(n + "-target"), "target");
                String refusal = source.refusal() != null ? source.refusal() : target.refusal();
                unpacked.pairs().add(new PairFiles(pair, source, target, refusal));
            }
            return unpacked;
        } catch (ExpansionLimitException | DocumentTooLargeException e) {
            unpacked.close();
            throw new PayloadTooLargeException(e.getMessage());
        } catch (UnreadableDocumentException e) {
            unpacked.close();
            throw new InvalidInputException("file", "The zip: " + e.getMessage() + " Nothing was imported.");
        } catch (IOException e) {
            unpacked.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            unpacked.close();
            throw e;
        }
    }

    /**
     * Several files sent instead of a zip: paired by their names as a zip's entries are (a name may carry the folders
     * a browser sends for a chosen folder, zh/x.txt), each read where the upload left it. The zip's entry limit
     * applies; a name that climbs out of its folder, or two files of one name, refuse the upload.
     */
    private Unpacked unpackFiles(ProjectLanguages project, BatchUpload upload) {
        int most = config.imports().zipLimits().maxEntries();
        if (upload.files().size() > most) {
            throw new PayloadTooLargeException(upload.files().size() + " files came; a batch takes at most " + most
                    + " (tandem.import.max-zip-entries): send them as several batches.");
        }
        BatchManifest manifest = manifest(upload.manifest());
        Map<String, UploadedFile> byName = new LinkedHashMap<>();
        for (UploadedFile file : upload.files()) {
            String name = entryName(file.fileName());
            if (byName.put(name, file) != null) {
                throw new InvalidInputException("files", "Two files are named " + name + ": give each file of a batch"
                        + " its own name.");
            }
        }
        List<String> names = List.copyOf(byName.keySet());
        BatchPairing pairing = manifest == null
                ? BatchPairing.byName(names, project.sourceLanguage(), project.targetLanguage())
                : BatchPairing.byManifest(names, manifest);
        var unpacked = new Unpacked(temporaryFolder(), new ArrayList<>(), new ArrayList<>(pairing.leftOut()),
                key(upload));
        try {
            int n = 0;
            for (BatchPair pair : pairing.pairs()) {
                n++;
                Entry source = sent(byName.get(pair.source()), pair.source(), unpacked.folder().resolve(n + "-source"),
                        "source");
                Entry target = sent(byName.get(pair.target()), pair.target(), unpacked.folder().resolve(n + "-target"),
                        "target");
                unpacked.pairs().add(new PairFiles(pair, source, target,
                        source.refusal() != null ? source.refusal() : target.refusal()));
            }
            return unpacked;
        } catch (IOException e) {
            unpacked.close();
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("tandem-batch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sent file's name as a batch entry: folders kept with forward slashes, none above its own. */
    private static String entryName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/').strip();
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        if (name.isEmpty() || ("/" + name + "/").contains("/../")) {
            throw new InvalidInputException("files", "A file came named \"" + fileName + "\": name each file (a name"
                    + " may hold folders below its own, zh/x.txt, never ..).");
        }
        return name;
    }

    /**
     * A sent file copied into the batch's folder (the request's own copy is deleted when the request ends, before the
     * job reads it), refused as a single upload of it would be when over the size limit.
     */
    private Entry sent(UploadedFile file, String name, Path copy, String side) throws IOException {
        long limit = config.upload().maxBytes().asLongValue();
        if (file.size() > limit) {
            return new Entry(name, copy, file.size(), "The " + side + " file has " + file.size() + " bytes; the limit"
                    + " is " + limit + " (tandem.upload.max-bytes).");
        }
        Files.copy(file.path(), copy);
        return new Entry(name, copy, file.size(), null);
    }

    /**
     * Copies one entry out through the zip's inflation guard. A file over {@code tandem.upload.max-bytes} refuses its
     * pair, as a single upload of it would be; past the zip's own limits the whole upload is refused.
     */
    private Entry extract(LimitedZip zip, String name, Path file, String side) throws IOException {
        long limit = config.upload().maxBytes().asLongValue();
        try (InputStream in = zip.read(name); OutputStream out = Files.newOutputStream(file)) {
            if (in == null) {
                return new Entry(name, file, 0, "The " + side + " " + name + " is a folder, not a file.");
            }
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int read; (read = in.read(buffer)) > 0; ) {
                size += read;
                if (size > limit) {
                    return new Entry(name, file, size, "The " + side + " file has more than " + limit + " bytes;"
                            + " the limit is " + limit + " (tandem.upload.max-bytes).");
                }
                out.write(buffer, 0, read);
            }
            return new Entry(name, file, size, size == 0 ? "The " + side + " file " + name + " is empty." : null);
        }
    }

    private BatchManifest manifest(UploadedFile file) {
        if (file == null || file.size() == 0) {
            return null;
        }
        if (file.size() > MAX_MANIFEST_BYTES) {
            throw new PayloadTooLargeException("The manifest has " + file.size() + " bytes; the limit is "
                    + MAX_MANIFEST_BYTES + ".");
        }
        try {
            return BatchManifest.parse(TextDecoder.decode(Files.readAllBytes(file.path()), null).text());
        } catch (UndecodableTextException e) {
            throw new InvalidInputException("manifest", "The manifest: " + e.getMessage());
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException("manifest", e.getMessage() + " Nothing was imported.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(BatchUpload upload) {
        String content = upload.zip() != null && upload.zip().size() > 0 ? DocumentUploads.sha256(upload.zip())
                : upload.files().stream().map(file -> file.fileName() + ":" + DocumentUploads.sha256(file))
                .collect(Collectors.joining(","));
        return Imports.fingerprint(content,
                upload.manifest() == null || upload.manifest().size() == 0 ? "" : DocumentUploads.sha256(upload.manifest()));
    }

    /** One entry copied out of the zip, or why its pair cannot be imported. */
    private record Entry(String name, Path file, long size, String refusal) {
        UploadedFile uploaded() {
            return new UploadedFile(name.substring(name.lastIndexOf('/') + 1), file, size, null);
        }
    }

    /** A pair with its two files, and why it is refused already (a file too large or empty), else null. */
    private record PairFiles(BatchPair pair, Entry source, Entry target, String refusal) {
        /** The pair as the single-document upload form would carry it. */
        DocumentUpload upload(BatchUpload batch) {
            return new DocumentUpload(pair.title(), source.uploaded(), target.uploaded(), null, null, null, null,
                    batch.segmentation(), batch.languageCheck());
        }
    }

    /** The unpacked batch; closing it deletes its files. */
    private record Unpacked(Path folder, List<PairFiles> pairs, List<BatchLeftOut> leftOut, String key)
            implements AutoCloseable {
        @Override
        public void close() {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                Log.warnf("Could not delete the batch files in %s (%s)", folder, e.getMessage());
            }
        }
    }
}
