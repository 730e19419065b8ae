// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Project;
import dev.tandem.security.CurrentUser;
import dev.tandem.tmx.SentenceJoiner;
import dev.tandem.tmx.TmxHeader;
import dev.tandem.tmx.TmxProvenance;
import dev.tandem.tmx.TmxMultilingualUnit;
import dev.tandem.tmx.TmxUnit;
import dev.tandem.tmx.TmxVariant;
import dev.tandem.tmx.TmxWriter;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Streams pairs out as TMX or TSV, whole or visibly broken. Pairs are read a chunk at a time by {@link ExportReader},
 * each chunk in a short transaction of its own, so memory stays flat however large the export and a slow client never
 * holds a transaction open. Any failure (the database, a document changed under the export, the client going away)
 * leaves the file unfinished and is thrown as an {@link ExportFailedException}; the audit log gets one entry when the
 * stream has ended, saying whether it was written whole.
 */
@ApplicationScoped
public class ExportService {
    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String version;

    @Inject
    ExportReader reader;

    @Inject
    CurrentUser user;

    /**
     * Writes the selected pairs of the given documents (all of one project) to {@code out}, and audits the export
     * as {@code what} (e.g. "document 5"). Runs outside any transaction: the reader opens its own, one per chunk.
     *
     * @return the number of units written
     * @throws ExportFailedException if the file could not be written whole; what reached {@code out} is unfinished
     */
    @Transactional(Transactional.TxType.NEVER)
    public long export(long projectId, String targetLanguage, List<Long> documentIds, ExportFormat format,
                       ExportSelection selection, String what, OutputStream out) {
        String detail = format.extension() + ", " + selection.name().toLowerCase(Locale.ROOT) + ", "
                + documentIds.size() + " document(s)";
        long units = 0;
        try {
            Project project = reader.project(projectId);
            String sourceSeparator = SentenceJoiner.separator(project.sourceLanguage);
            String targetSeparator = SentenceJoiner.separator(targetLanguage);
            try (UnitSink sink = format == ExportFormat.TMX ? new TmxSink(out, project, targetLanguage, version)
                    : new TsvSink(out)) {
                for (long documentId : documentIds) {
                    ExportReader.Head head = reader.open(documentId);
                    for (ExportReader.Cursor cursor = head.start(); cursor != null; ) {
                        ExportReader.Chunk chunk = reader.next(head, cursor, selection.statuses());
                        for (ExportReader.Pair pair : chunk.pairs()) {
                            sink.unit(head, pair, SentenceJoiner.join(pair.source(), sourceSeparator),
                                    SentenceJoiner.join(pair.target(), targetSeparator));
                            units++;
                        }
                        cursor = chunk.next();
                    }
                }
                sink.finish();
            }
        } catch (RuntimeException e) {
            throw failed(what, detail, units, e);
        }
        audit(what, detail + ": complete, " + units + " units");
        return units;
    }

    /**
     * Writes an original with all its translations as one multilingual TMX: a {@code <tu>} per row of the grid, with
     * the original's {@code <tuv>} and one per translation whose pairs in the row are all selected (a translation with
     * a rejected or, for {@code confirmed}, an unreviewed pair there is left out of that unit). Rows no translation
     * has selected text for are left out.
     *
     * @return the number of units written
     * @throws ExportFailedException as {@link #export}
     */
    @Transactional(Transactional.TxType.NEVER)
    public long exportMultilingual(TranslationGrid grid, ExportSelection selection, String what, OutputStream out) {
        String detail = "tmx, all languages (" + grid.columns().size() + " translations), "
                + selection.name().toLowerCase(Locale.ROOT);
        long units = 0;
        try (TmxWriter tmx = TmxWriter.openMultilingual(out, new TmxHeader("Tandem", version, grid.sourceLanguage(),
                "en", "Tandem", Instant.now()))) {
            String sourceSeparator = SentenceJoiner.separator(grid.sourceLanguage());
            for (int position = 0; position < grid.rows().size(); position++) {
                TranslationGrid.Row row = grid.rows().get(position);
                List<TmxVariant> translations = MultilingualUnits.translations(grid.columns(), row, selection);
                if (row.source().isEmpty() || translations.isEmpty()) {
                    continue;
                }
                Map<String, String> props = new LinkedHashMap<>();
                props.put("x-document", grid.title());
                props.put("x-document-id", String.valueOf(grid.originalId()));
                props.put("x-position", String.valueOf(position));
                tmx.unit(new TmxMultilingualUnit(SentenceJoiner.join(row.source(), sourceSeparator), translations,
                        props, null));
                units++;
            }
            tmx.finish();
        } catch (RuntimeException e) {
            throw failed(what, detail, units, e);
        }
        audit(what, detail + ": complete, " + units + " units");
        return units;
    }

    /** Logs and audits an export that broke off after {@code units} units: the file was left unfinished. */
    private ExportFailedException failed(String what, String detail, long units, RuntimeException e) {
        var failure = new ExportFailedException(units, e);
        Log.warnf("Export of %s by %s failed: %s", what, user.username(), failure.getMessage());
        audit(what, detail + ": failed after " + units + " units, the file was left unfinished ("
                + ExportFailedException.reason(e) + ")");
        return failure;
    }

    /** Audited in a transaction of its own; a failure to audit is logged and does not hide the export's outcome. */
    private void audit(String what, String detail) {
        try {
            user.audit("export", what, detail);
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not audit the export of %s: %s", what, detail);
        }
    }

    /** Where units go: a format. {@link #close()} without {@link #finish()} leaves the file unfinished. */
    private interface UnitSink extends AutoCloseable {
        void unit(ExportReader.Head document, ExportReader.Pair pair, String source, String target);

        void finish();

        @Override
        void close();
    }

    /**
     * TMX with provenance: {@code creationid}/{@code creationdate} the document's import, {@code changeid}/
     * {@code changedate} the last reviewer action on the pair (absent until a reviewer touches it).
     */
    private static final class TmxSink implements UnitSink {
        private final TmxWriter tmx;

        TmxSink(OutputStream out, Project project, String targetLanguage, String version) {
            var header = new TmxHeader("Tandem", version, project.sourceLanguage, "en", "Tandem", Instant.now());
            tmx = TmxWriter.open(out, header, targetLanguage);
        }

        @Override
        public void unit(ExportReader.Head document, ExportReader.Pair pair, String source, String target) {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("x-document", document.title());
            props.put("x-document-id", String.valueOf(document.id()));
            props.put("x-position", String.valueOf(pair.position()));
            props.put("x-status", pair.status().name());
            if (pair.confidence() != null) { // a pair the aligner did not score has no estimate to pass on
                props.put("x-confidence", String.format(Locale.ROOT, "%.3f", pair.confidence()));
            }
            var provenance = new TmxProvenance(document.createdBy(), instant(document.createdAt()), pair.changedBy(),
                    instant(pair.changedAt()));
            tmx.unit(new TmxUnit(source, target, props, provenance));
        }

        @Override
        public void finish() {
            tmx.finish();
        }

        @Override
        public void close() {
            tmx.close();
        }

        private static Instant instant(OffsetDateTime time) {
            return time == null ? null : time.toInstant();
        }
    }

    /** One line per unit: source, tab, target (escaped by {@link Tsv}). Unfinished means: the rest never flushed. */
    private static final class TsvSink implements UnitSink {
        private final Writer writer;

        TsvSink(OutputStream out) {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }

        @Override
        public void unit(ExportReader.Head document, ExportReader.Pair pair, String source, String target) {
            try {
                writer.write(Tsv.escape(source));
                writer.write('\t');
                writer.write(Tsv.escape(target));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            // Nothing to release; what is still buffered after a failure is dropped on purpose.
        }
    }
}
