// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.tandem.config.TandemConfig;
import dev.tandem.formats.DictionaryEntry;
import dev.tandem.formats.DocumentTooLargeException;
import dev.tandem.formats.ExpansionLimitException;
import dev.tandem.formats.LimitedZip;
import dev.tandem.formats.UnreadableDocumentException;
import dev.tandem.formats.ZipMessages;
import dev.tandem.model.Dictionary;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentText;
import dev.tandem.model.Edit;
import dev.tandem.model.Project;
import dev.tandem.review.Side;
import dev.tandem.security.CurrentUser;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

/**
 * Imports a {@link ProjectArchive} as a new project whose first editor is the importer: new ids for every row, the
 * archive's edits' references to each other renumbered. Everything is stored in one transaction, so a broken archive
 * (found broken anywhere, even in its last entry) leaves nothing behind. Entries are parsed as they stream out of the
 * zip, rows going into the database through a stateless session in JDBC batches; only the sentence keys of the
 * document at hand are held, to check its pairs.
 */
@ApplicationScoped
public class ProjectArchiveReader {
    private static final int JDBC_BATCH = 500;
    /** Dictionary entries held at a time, between two writes. */
    private static final int ENTRY_BATCH = 5000;

    @Inject
    ObjectMapper json;

    @Inject
    TandemConfig config;

    @Inject
    ProjectService projects;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    ProjectSegmentation segmentation;

    /** The new project; a 400 ({@link InvalidInputException}) or 413 naming what is wrong, and nothing stored. */
    public Project importArchive(UploadedFile file) {
        if (file == null) {
            throw new InvalidInputException("file", "file is missing: send the project archive (a .zip from GET"
                    + " /api/projects/{id}/archive) as the multipart part \"file\".");
        }
        try (LimitedZip zip = LimitedZip.open(file.path(), config.imports().zipLimits(), ZipMessages.PROJECT_ARCHIVE)) {
            var layout = ProjectArchive.Layout.of(zip.names());
            byte[] rules = zip.names().contains(ProjectArchive.SEGMENTATION) ? readBytes(zip, ProjectArchive.SEGMENTATION)
                    : null;
            if (rules != null) {
                segmentation.parse(rules); // refused before anything is stored
            }
            ProjectArchive.Manifest manifest = readWhole(zip, ProjectArchive.MANIFEST, ProjectArchive.Manifest.class);
            manifest.check();
            ProjectArchive.ProjectPart part = readWhole(zip, ProjectArchive.PROJECT, ProjectArchive.ProjectPart.class);
            Project project = QuarkusTransaction.requiringNew()
                    .timeout((int) config.imports().storeTimeout().toSeconds())
                    .call(() -> store(zip, layout, part, rules));
            Log.debugf("Imported project %d from an archive of %d documents", project.id, (Object) layout.documents().size());
            return project;
        } catch (DocumentTooLargeException e) {
            throw new PayloadTooLargeException(e.getMessage());
        } catch (UnreadableDocumentException e) {
            throw ProjectArchive.invalid(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readBytes(LimitedZip zip, String name) throws IOException {
        try (java.io.InputStream in = zip.read(name)) {
            return in.readAllBytes();
        }
    }

    private Project store(LimitedZip zip, ProjectArchive.Layout layout, ProjectArchive.ProjectPart part, byte[] rules) {
        Project project = projects.createProject(part.name(), part.sourceLanguage(), part.targetLanguage());
        if (part.createdAt() != null) {
            project.createdAt = part.createdAt();
        }
        user.audit("project-import", "project " + project.id, project.name);
        em.flush();
        try (StatelessSession bulk = em.unwrap(Session.class).statelessWithOptions().connection().open()) {
            bulk.setJdbcBatchSize(JDBC_BATCH);
            Map<Integer, Long> imported = new HashMap<>();
            for (String name : layout.documents()) {
                stream(zip, name, parser -> imported.put(ProjectArchive.documentNumber(name),
                        storeDocument(parser, project, bulk, imported)));
            }
        }
        for (String name : layout.dictionaries()) {
            stream(zip, name, parser -> storeDictionary(parser, project));
        }
        if (rules != null) {
            segmentation.replaceRules(project.id, rules);
        }
        return project;
    }

    /** @return the new document's id */
    private long storeDocument(JsonParser in, Project project, StatelessSession bulk, Map<Integer, Long> imported)
            throws IOException {
        start(in);
        ProjectArchive.DocumentPart head = field(in, "document", ProjectArchive.DocumentPart.class);
        Document document = head.toDocument(project, imported);
        bulk.insert(document);
        bulk.insert(text(document, Side.SOURCE, head.sourceText()));
        bulk.insert(text(document, Side.TARGET, head.targetText()));
        var sides = new ArchivedSides();
        array(in, "sentences");
        while (in.nextToken() != JsonToken.END_ARRAY) {
            var sentence = in.readValueAs(ProjectArchive.SentenceRow.class);
            sides.addSentence(sentence.side(), sentence.ord());
            bulk.insert(sentence.toSentence(document));
        }
        array(in, "pairs");
        while (in.nextToken() != JsonToken.END_ARRAY) {
            var pair = in.readValueAs(ProjectArchive.PairRow.class);
            sides.addPair(pair);
            bulk.insert(pair.toPair(document));
        }
        sides.checkCovered();
        array(in, "edits");
        Map<Long, Long> newIds = new HashMap<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            var row = in.readValueAs(ProjectArchive.EditRow.class);
            Long target = row.targetEdit() == null ? null : newIds.get(row.targetEdit());
            if (row.targetEdit() != null && target == null) {
                throw ProjectArchive.invalid("Edit " + row.id() + " takes back or brings back edit "
                        + row.targetEdit() + ", which does not come before it in the document's history.");
            }
            Edit edit = row.toEdit(document, target);
            bulk.insert(edit);
            newIds.put(row.id(), edit.id);
        }
        end(in);
        return document.id;
    }

    /**
     * Entries go in through {@link LexiconRows}, as an upload's do: it takes ids from their sequence its own way, and
     * Hibernate taking them too would hand out ids it had already used.
     */
    private void storeDictionary(JsonParser in, Project project) throws IOException {
        start(in);
        Dictionary dictionary = field(in, "dictionary", ProjectArchive.DictionaryPart.class).toDictionary(project);
        em.persist(dictionary);
        em.flush();
        array(in, "entries");
        var entries = new ArrayList<DictionaryEntry>(ENTRY_BATCH);
        while (in.nextToken() != JsonToken.END_ARRAY) {
            var entry = in.readValueAs(ProjectArchive.EntryRow.class);
            entries.add(new DictionaryEntry(entry.source(), entry.target()));
            if (entries.size() == ENTRY_BATCH) {
                LexiconRows.insert(em, project.id, dictionary.id, entries);
                entries.clear();
            }
        }
        LexiconRows.insert(em, project.id, dictionary.id, entries);
        end(in);
    }

    private static DocumentText text(Document document, Side side, String text) {
        var row = new DocumentText();
        row.document = document;
        row.side = side;
        row.text = text;
        return row;
    }

    private interface EntryReading {
        void read(JsonParser parser) throws IOException;
    }

    private <T> T readWhole(LimitedZip zip, String name, Class<T> type) {
        Object[] value = new Object[1];
        stream(zip, name, parser -> {
            value[0] = parser.readValueAs(type);
            if (value[0] == null) {
                throw ProjectArchive.invalid("is empty.");
            }
            if (parser.nextToken() != null) {
                throw ProjectArchive.invalid("holds more than one JSON value.");
            }
        });
        return type.cast(value[0]);
    }

    /** Reads one entry, turning what can go wrong into a 400 or 413 that names the entry. */
    private void stream(LimitedZip zip, String name, EntryReading reading) {
        try (InputStream entry = zip.read(name)) {
            if (entry == null) {
                throw ProjectArchive.invalid("The archive has no " + name + ": not a Tandem project archive.");
            }
            try (JsonParser parser = reader().createParser(entry)) {
                reading.read(parser);
            }
        } catch (ExpansionLimitException e) {
            throw new PayloadTooLargeException(e.getMessage());
        } catch (JsonProcessingException e) {
            throw ProjectArchive.invalid(name + ": " + describe(e));
        } catch (InvalidInputException e) {
            throw e.getMessage().startsWith("The archive") ? e : ProjectArchive.invalid(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first of the rows' own complaints (thrown from their constructors) or the parser's, with its place. */
    private static String describe(JsonProcessingException e) {
        String place = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid.getMessage() + place;
            }
        }
        return "malformed or of the wrong shape: " + e.getOriginalMessage() + place;
    }

    /** Strict about what a writer of this format always writes: every field, numbers where numbers belong. */
    private ObjectReader reader() {
        return json.reader().with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // what a newer release adds
    }

    private static void start(JsonParser in) throws IOException {
        expect(in, in.nextToken() == JsonToken.START_OBJECT, "a JSON object");
    }

    private static void end(JsonParser in) throws IOException {
        expect(in, in.nextToken() == JsonToken.END_OBJECT, "the end of the object after \"edits\" or \"entries\"");
    }

    private static <T> T field(JsonParser in, String name, Class<T> type) throws IOException {
        expect(in, in.nextToken() == JsonToken.FIELD_NAME && name.equals(in.currentName()), "the field \"" + name
                + "\"");
        in.nextToken();
        return in.readValueAs(type);
    }

    private static void array(JsonParser in, String name) throws IOException {
        expect(in, in.nextToken() == JsonToken.FIELD_NAME && name.equals(in.currentName())
                && in.nextToken() == JsonToken.START_ARRAY, "the array \"" + name + "\"");
    }

    private static void expect(JsonParser in, boolean found, String what) {
        if (!found) {
            throw ProjectArchive.invalid("expected " + what + " at line " + in.currentLocation().getLineNr()
                    + ", column " + in.currentLocation().getColumnNr() + ".");
        }
    }
}
