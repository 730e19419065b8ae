// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.Project;
import dev.tandem.service.ExportFailedException;
import dev.tandem.service.ExportFormat;
import dev.tandem.service.ExportSelection;
import dev.tandem.service.ExportService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/**
 * Builds the streamed file response shared by document and project exports. The export audits itself once the stream
 * has ended. When it fails after the status and the first bytes have gone out, the connection is reset here, before
 * anything else can end the response: the chunked body then never gets its terminating chunk, and clients (curl,
 * browsers, HTTP libraries) report an error instead of saving a short file. A failure before that is answered with a
 * 500 problem ({@link ProblemMappers#exportFailed}).
 */
final class Exports {
    private Exports() {
    }

    /** {@code what} names the export in the audit log and the file name, e.g. "document 5". */
    static Response file(ExportService exports, HttpServerRequest request, Project project, List<Long> documentIds,
                         String format, String status, String what) {
        ExportFormat parsedFormat = ExportFormat.parse(format);
        ExportSelection selection = ExportSelection.parse(status);
        String baseName = "tandem-" + what.replace(' ', '-');
        StreamingOutput body = out -> {
            try {
                exports.export(project.id, documentIds, parsedFormat, selection, what, out);
            } catch (ExportFailedException e) {
                if (request.response().headWritten()) {
                    request.response().reset();
                }
                throw e;
            }
        };
        return Response.ok(body, parsedFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + parsedFormat.extension() + "\"")
                .build();
    }
}
