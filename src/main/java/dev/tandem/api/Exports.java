// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.Project;
import dev.tandem.service.ExportFormat;
import dev.tandem.service.ExportSelection;
import dev.tandem.service.ExportService;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/** Builds the streamed file response shared by document and project exports. */
final class Exports {
    private Exports() {
    }

    static Response file(ExportService exports, Project project, List<Long> documentIds, ExportFormat format,
                         ExportSelection selection, String baseName) {
        StreamingOutput body = out -> exports.export(project.id, documentIds, format, selection, out);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension() + "\"")
                .build();
    }
}
