// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.Project;
import dev.tandem.security.CurrentUser;
import dev.tandem.service.ExportFormat;
import dev.tandem.service.ExportSelection;
import dev.tandem.service.ExportService;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/** Builds the streamed file response shared by document and project exports, and records the export. */
final class Exports {
    private Exports() {
    }

    static Response file(ExportService exports, CurrentUser user, Project project, List<Long> documentIds,
                         ExportFormat format, ExportSelection selection, String baseName) {
        user.audit("export", baseName.replace("tandem-", "").replace('-', ' '),
                format.extension() + ", " + selection.name().toLowerCase(java.util.Locale.ROOT) + ", "
                        + documentIds.size() + " document(s)");
        StreamingOutput body = out -> exports.export(project.id, documentIds, format, selection, out);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension() + "\"")
                .build();
    }
}
