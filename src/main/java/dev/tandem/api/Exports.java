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
import java.util.Locale;

/** Builds the streamed file response shared by document and project exports, and records the export. */
final class Exports {
    private Exports() {
    }

    /** {@code what} names the export in the audit log and the file name, e.g. "document 5". */
    static Response file(ExportService exports, CurrentUser user, Project project, List<Long> documentIds,
                         String format, String status, String what) {
        return file(exports, user, project, documentIds, ExportFormat.parse(format), ExportSelection.parse(status),
                what);
    }

    private static Response file(ExportService exports, CurrentUser user, Project project, List<Long> documentIds,
                                 ExportFormat format, ExportSelection selection, String what) {
        user.audit("export", what, format.extension() + ", " + selection.name().toLowerCase(Locale.ROOT) + ", "
                + documentIds.size() + " document(s)");
        String baseName = "tandem-" + what.replace(' ', '-');
        StreamingOutput body = out -> exports.export(project.id, documentIds, format, selection, out);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension() + "\"")
                .build();
    }
}
