// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Project;
import dev.tandem.security.CurrentUser;
import dev.tandem.tmx.SentenceJoiner;
import dev.tandem.tmx.TmxHeader;
import dev.tandem.tmx.TmxMultilingualUnit;
import dev.tandem.tmx.TmxVariant;
import dev.tandem.tmx.TmxWriter;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Streams pairs out as TMX, TSV, XLSX, Moses parallel text or XLIFF 2.0 (one {@link ExportSink} each), whole or
 * visibly broken. Pairs are read a chunk at a time by {@link ExportReader},
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
     * @param title        the document's title or the project's name: names the XLSX sheet and the Moses files
     * @param wholeProject whether this is a project's export (the XLSX then names each pair's document)
     * @return the number of units written
     * @throws ExportFailedException if the file could not be written whole; what reached {@code out} is unfinished
     */
    @Transactional(Transactional.TxType.NEVER)
    public long export(long projectId, String targetLanguage, List<Long> documentIds, ExportOptions options,
                       String what, String title, boolean wholeProject, OutputStream out) {
        String detail = options.format().parameter() + ", " + options.selection().name().toLowerCase(Locale.ROOT)
                + (options.units() == ExportUnits.SENTENCE ? ", units=sentence" : "") + ", "
                + documentIds.size() + " document(s)";
        long units = 0;
        long leftOut = 0;
        long emptySides = 0;
        try {
            Project project = reader.project(projectId);
            String sourceSeparator = SentenceJoiner.separator(project.sourceLanguage);
            String targetSeparator = SentenceJoiner.separator(targetLanguage);
            try (ExportSink sink = sink(options, project.sourceLanguage, targetLanguage, title, wholeProject, out)) {
                for (long documentId : documentIds) {
                    ExportReader.Head head = reader.open(documentId);
                    for (ExportReader.Cursor cursor = head.start(); cursor != null; ) {
                        ExportReader.Chunk chunk = reader.next(head, cursor, options.selection().statuses());
                        emptySides += chunk.emptySides();
                        for (ExportReader.Pair pair : chunk.pairs()) {
                            if (options.units().admits(pair) && sink.unit(head, pair, SentenceJoiner.join(pair.source(), sourceSeparator),
                                    SentenceJoiner.join(pair.target(), targetSeparator))) {
                                units++;
                            } else {
                                leftOut++;
                            }
                        }
                        cursor = chunk.next();
                    }
                }
                sink.finish(leftOut);
            }
        } catch (RuntimeException e) {
            throw failed(what, detail, units, e);
        }
        audit(what, detail + ": complete, " + units + " units"
                + (leftOut > 0 ? ", " + leftOut + " pairs left out by the format" : "")
                + (emptySides > 0 ? ", " + emptySides + " pairs with an empty side left out" : ""));
        return units;
    }

    private ExportSink sink(ExportOptions options, String sourceLanguage, String targetLanguage, String title,
                            boolean wholeProject, OutputStream out) {
        return switch (options.format()) {
            case TMX -> new TmxSink(out, sourceLanguage, targetLanguage, version, options);
            case TSV -> new TsvSink(out);
            case XLSX -> new XlsxSink(out, title, wholeProject);
            case MOSES -> new MosesSink(out, title, sourceLanguage, targetLanguage);
            case XLIFF -> new XliffSink(out, sourceLanguage, targetLanguage);
        };
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
    public long exportMultilingual(TranslationGrid grid, ExportOptions options, String what, OutputStream out) {
        ExportSelection selection = options.selection();
        String detail = "tmx, all languages (" + grid.columns().size() + " translations), "
                + selection.name().toLowerCase(Locale.ROOT);
        long units = 0;
        try (TmxWriter tmx = TmxWriter.openMultilingual(out, new TmxHeader("Tandem", version, grid.sourceLanguage(),
                "en", options.originalFormat(), Instant.now()))) {
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
}
