// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Dictionary;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentText;
import dev.tandem.model.Edit;
import dev.tandem.model.LexiconEntry;
import dev.tandem.model.Project;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.Side;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;

/**
 * Writes a {@link ProjectArchive} to a temporary file, so that a failure (a document edited while it was read) is a
 * clean error before the first byte goes out. Each document is read in one read-only transaction, a chunk of rows at
 * a time with the session cleared in between, and written as it is read: a 100,000-pair document is never held in
 * memory. Its version is read again at the end: an edit in between would make sentences, pairs and history disagree,
 * so it ends the archive with an {@link ExportConflictException} instead.
 */
@ApplicationScoped
public class ProjectArchiveWriter {
    static final int CHUNK = 1000;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String tandemVersion;

    @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s")
    Duration transactionTimeout;

    /** The archive of the project in a new temporary file, which the caller deletes. */
    public Path write(long projectId) {
        Path file = null;
        try {
            file = Files.createTempFile("tandem-project-" + projectId + "-", ".zip");
            try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
                writeProject(projectId, zip);
            }
            return file;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private void writeProject(long projectId, ZipOutputStream zip) throws IOException {
        Project project = QuarkusTransaction.requiringNew().call(() -> Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> new NotFoundException("project", projectId)));
        entry(zip, ProjectArchive.MANIFEST, out -> out.writeObject(new ProjectArchive.Manifest(ProjectArchive.FORMAT,
                ProjectArchive.VERSION, OffsetDateTime.now(ZoneOffset.UTC), tandemVersion)));
        entry(zip, ProjectArchive.PROJECT, out -> out.writeObject(ProjectArchive.ProjectPart.of(project)));
        List<Long> documents = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select d.id from Document d where d.project.id = ?1 order by d.id", Long.class)
                .setParameter(1, projectId).getResultList());
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            long documentId = documents.get(i);
            numbers.put(documentId, i + 1);
            entry(zip, ProjectArchive.documentEntry(i + 1), "document " + documentId, projectId,
                    out -> readOnly(() -> writeDocument(documentId, numbers, out)));
        }
        List<Long> dictionaries = QuarkusTransaction.requiringNew().call(() -> Dictionary.listByProject(projectId)
                .stream().map(d -> d.id).toList());
        for (int i = 0; i < dictionaries.size(); i++) {
            long dictionaryId = dictionaries.get(i);
            entry(zip, ProjectArchive.dictionaryEntry(i + 1), "dictionary " + dictionaryId, projectId,
                    out -> readOnly(() -> writeDictionary(dictionaryId, out)));
        }
        var rules = QuarkusTransaction.requiringNew().call(() -> dev.tandem.model.SegmentationRules
                .findForProject(projectId).map(row -> row.srx));
        if (rules.isPresent()) {
            zip.putNextEntry(new ZipEntry(ProjectArchive.SEGMENTATION));
            zip.write(rules.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Log.debugf("Archived project %d: %d documents, %d dictionaries", projectId, documents.size(),
                dictionaries.size());
    }

    /** @param numbers the archive numbers of the documents written before (an original precedes its versions) */
    private void writeDocument(long documentId, Map<Long, Integer> numbers, JsonGenerator out) throws IOException {
        Document document = Document.findById(documentId);
        if (document == null) {
            throw changed(documentId);
        }
        long version = document.version;
        out.writeStartObject();
        out.writeFieldName("document");
        out.writeObject(ProjectArchive.DocumentPart.of(document, DocumentText.textOf(document, Side.SOURCE).orElse(""),
                DocumentText.textOf(document, Side.TARGET).orElse(""),
                document.originalId == null ? null : numbers.get(document.originalId)));
        out.writeArrayFieldStart("sentences");
        for (Side side : Side.values()) {
            chunks(out, "document.id = ?1 and side = ?2 and ord > ?3", "document.id, side, ord", Sentence.class,
                    s -> s.ord, ProjectArchive.SentenceRow::of, documentId, side);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("pairs");
        chunks(out, "document.id = ?1 and ord > ?2", "document.id, ord", SentencePair.class, p -> p.ord,
                ProjectArchive.PairRow::of, documentId);
        out.writeEndArray();
        out.writeArrayFieldStart("edits");
        // by version, which every edit, undo and redo raises: an undo comes after the edit it took back
        chunks(out, "document.id = ?1 and version > ?2", "document.id, version", Edit.class, e -> e.version,
                ProjectArchive.EditRow::of, documentId);
        out.writeEndArray();
        out.writeEndObject();
        Long now = Panache.getEntityManager().createQuery("select d.version from Document d where d.id = ?1", Long.class)
                .setParameter(1, documentId).getResultStream().findFirst().orElse(null);
        if (now == null || now != version) {
            throw changed(documentId);
        }
    }

    private void writeDictionary(long dictionaryId, JsonGenerator out) throws IOException {
        Dictionary dictionary = Dictionary.findById(dictionaryId);
        if (dictionary == null) {
            throw new ExportConflictException("Dictionary " + dictionaryId + " was removed while the project was being"
                    + " archived. Try again.");
        }
        out.writeStartObject();
        out.writeFieldName("dictionary");
        out.writeObject(ProjectArchive.DictionaryPart.of(dictionary));
        out.writeArrayFieldStart("entries");
        chunks(out, "dictionary.id = ?1 and id > ?2", "dictionary.id, id", LexiconEntry.class, e -> e.id,
                ProjectArchive.EntryRow::of, dictionaryId);
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Writes the rows the query finds, {@link #CHUNK} at a time by keyset paging (the query's last parameter is the
     * key to go on after), clearing the session after each chunk so that rows do not pile up. {@code orderBy} names
     * the whole index, not the key alone, so that H2 reads each chunk off the index instead of sorting the rest.
     */
    private static <E, R> void chunks(JsonGenerator out, String query, String orderBy, Class<E> type,
                                      Function<E, Long> keyOf, Function<E, R> row, Object... parameters)
            throws IOException {
        var em = Panache.getEntityManager();
        Object[] arguments = java.util.Arrays.copyOf(parameters, parameters.length + 1);
        long after = Long.MIN_VALUE;
        while (true) {
            arguments[parameters.length] = after;
            var jpql = em.createQuery("from " + type.getSimpleName() + " where " + query + " order by " + orderBy, type)
                    .setMaxResults(CHUNK);
            for (int i = 0; i < arguments.length; i++) {
                jpql.setParameter(i + 1, arguments[i]);
            }
            List<E> rows = jpql.getResultList();
            for (E entity : rows) {
                out.writeObject(row.apply(entity));
            }
            if (rows.size() < CHUNK) {
                return;
            }
            after = keyOf.apply(rows.get(rows.size() - 1));
            em.clear();
        }
    }

    private interface JsonWriting {
        void write(JsonGenerator out) throws IOException;
    }

    private interface ReadingStep {
        void run() throws IOException;
    }

    /** One read-only transaction in which nothing is flushed or snapshotted. */
    private static void readOnly(ReadingStep step) {
        QuarkusTransaction.requiringNew().run(() -> {
            Panache.getSession().setDefaultReadOnly(true);
            Panache.getSession().setHibernateFlushMode(FlushMode.MANUAL);
            try {
                step.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An entry read in transactions, whose timeout ends the archive with an {@link ArchiveTimeoutException}. */
    private void entry(ZipOutputStream zip, String name, String what, long projectId, JsonWriting writing)
            throws IOException {
        try {
            entry(zip, name, writing);
        } catch (RuntimeException e) {
            if (ArchiveTimeoutException.isTimeout(e)) {
                throw new ArchiveTimeoutException(projectId, what + " (" + name + ")", transactionTimeout, e);
            }
            throw e;
        }
    }

    private void entry(ZipOutputStream zip, String name, JsonWriting writing) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        // the generator must not close the zip when it closes
        try (JsonGenerator out = json.getFactory().createGenerator((OutputStream) zip)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            out.setCodec(json);
            try {
                writing.write(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        zip.closeEntry();
    }

    private static ExportConflictException changed(long documentId) {
        return new ExportConflictException("Document " + documentId + " was changed or deleted while the project was"
                + " being archived, so its sentences, pairs and history might not agree. Try again.");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                Log.warnf("Could not delete the temporary archive %s: %s", file, e.getMessage());
            }
        }
    }
}
