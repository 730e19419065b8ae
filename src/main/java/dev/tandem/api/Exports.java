// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.Document;
import dev.tandem.model.Project;
import dev.tandem.service.ExportFailedException;
import dev.tandem.service.ExportFormat;
import dev.tandem.service.ExportOptions;
import dev.tandem.service.ExportSelection;
import dev.tandem.service.ExportService;
import dev.tandem.service.ExportUnits;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.TranslationGrid;
import dev.tandem.service.TranslationGrids;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the streamed file response shared by document and project exports. The export audits itself once the stream
 * has ended. When it fails after the status and the first bytes have gone out, the connection is closed here, before
 * anything else can end the response: the chunked body then never gets its terminating chunk, and clients (curl,
 * browsers, HTTP libraries) report an error instead of saving a short file. A failure before that is answered with a
 * 500 problem ({@link ProblemMappers#exportFailed}).
 */
final class Exports {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private Exports() {
    }

    /**
     * {@code what} names the export in the audit log, e.g. "document 5"; {@code title} (the document's title, the
     * project's name) names the file.
     */
    static Response file(ExportService exports, HttpServerRequest request, Project project, String targetLanguage,
                         List<Long> documentIds, ExportOptions options, String what, String title,
                         boolean wholeProject) {
        ExportFormat parsedFormat = options.format();
        ExportSelection selection = options.selection();
        StreamingOutput body = out -> {
            try {
                exports.export(project.id, targetLanguage, documentIds, options, what, title, wholeProject, out);
            } catch (ExportFailedException e) {
                if (request.response().headWritten()) {
                    breakOff(request);
                }
                throw e;
            }
        };
        return Response.ok(body, parsedFormat.mediaType())
                .header("Content-Disposition", ExportFileName.of(title, selection, parsedFormat, what).header())
                .build();
    }

    /**
     * The original of {@code document} with all its translations as one multilingual TMX ({@code languages=all}).
     * Read whole before the answer begins, so that what cannot be exported is a clear error, not a broken file.
     */
    static Response multilingual(ExportService exports, TranslationGrids grids, HttpServerRequest request,
                                 Document document, ExportOptions options, String languages) {
        if (!languages.strip().equalsIgnoreCase("all")) {
            throw new InvalidInputException("languages", "languages '" + languages + "' is unknown: use all (the"
                    + " original with every translation of it), or leave it out for this document's language pair.");
        }
        if (options.format() != ExportFormat.TMX) {
            throw new InvalidInputException("format", "languages=all makes a multilingual TMX: use format=tmx.");
        }
        if (options.units() != ExportUnits.PAIR) {
            throw new InvalidInputException("units", "units=sentence is for a bilingual TMX: leave it out with"
                    + " languages=all, whose units are the original's segments.");
        }
        if (options.selection() == ExportSelection.WITH_REJECTED) {
            throw new InvalidInputException("status", "status=with-rejected is for a bilingual export: a multilingual"
                    + " unit holds one status per translation, not a rejection. Use status=all or confirmed.");
        }
        ExportSelection selection = options.selection();
        TranslationGrid grid = grids.of(document.id);
        Map<String, Long> seen = new HashMap<>();
        for (TranslationGrid.Column column : grid.columns()) {
            Long other = seen.put(column.language().toLowerCase(Locale.ROOT), column.documentId());
            if (other != null) {
                throw new InvalidInputException("languages", "Documents " + other + " and " + column.documentId()
                        + " are both translations into " + column.language() + ", which one TMX cannot tell apart:"
                        + " export each of them on its own.");
            }
        }
        String what = "document " + grid.originalId() + " in all languages";
        StreamingOutput body = out -> {
            try {
                exports.exportMultilingual(grid, options, what, out);
            } catch (ExportFailedException e) {
                if (request.response().headWritten()) {
                    breakOff(request);
                }
                throw e;
            }
        };
        return Response.ok(body, ExportFormat.TMX.mediaType()).header("Content-Disposition",
                ExportFileName.of(grid.title() + " (all languages)", selection, ExportFormat.TMX, what).header()).build();
    }

    /**
     * Closes the connection and waits until it is closed, dropping whatever is still queued for it: Quarkus REST goes
     * on to write its error answer and the end of the chunked body, and these must find the connection gone. Neither
     * Vert.x's {@code reset()} (which closes an HTTP/1.1 connection only after flushing what is queued) nor a close
     * left to run later kept them from reaching a slow client first, so that the response looked complete.
     */
    static void breakOff(HttpServerRequest request) {
        if (request.version() != HttpVersion.HTTP_2 && request.connection() instanceof ConnectionBase connection) {
            connection.channel().close().awaitUninterruptibly(CLOSE_WAIT_MILLIS);
        } else {
            // HTTP/2: resetting the stream ends this response alone; the connection's other streams go on.
            request.response().reset();
        }
    }
}
