// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.security.CurrentUser;
import dev.tandem.model.ProjectRole;
import dev.tandem.service.ProjectAccess;
import dev.tandem.model.Document;
import dev.tandem.model.PairStatus;
import dev.tandem.service.DocumentService;
import dev.tandem.service.DocumentSummary;
import dev.tandem.service.ExportFormat;
import dev.tandem.service.ExportSelection;
import dev.tandem.service.ExportService;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.PairPage;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentResource {
    @Inject
    ProjectAccess access;

    @Inject
    CurrentUser user;

    @Inject
    DocumentService documents;

    @Inject
    ExportService exports;

    @GET
    @Operation(summary = "One document with its sentence and pair counts; version changes with every edit")
    @APIResponse(responseCode = "404", description = "No such document")
    public DocumentSummary get(@RestPath long id) {
        access.document(id, ProjectRole.VIEWER);
        return documents.summarize(id);
    }

    @GET
    @Path("/pairs")
    @Operation(summary = "A page of the document's pairs in order, with their sentences")
    @APIResponse(responseCode = "400", description = "Bad offset, limit or status")
    @APIResponse(responseCode = "404", description = "No such document")
    public PairPage pairs(@RestPath long id,
                          @Parameter(description = "AUTO, CONFIRMED or REJECTED; absent: all") @QueryParam("status") String status,
                          @QueryParam("offset") @DefaultValue("0") int offset,
                          @Parameter(description = "1 to 1000") @QueryParam("limit") @DefaultValue("100") int limit) {
        access.document(id, ProjectRole.VIEWER);
        return documents.listPairs(id, parseStatus(status), offset, limit);
    }

    @GET
    @Path("/export")
    @Produces({"application/x-tmx+xml", "text/tab-separated-values", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export the document's pairs as TMX 1.4b (or TSV)")
    @APIResponse(responseCode = "200", description = "The file, streamed")
    public Response export(@RestPath long id,
                           @Parameter(description = "tmx (default) or tsv") @QueryParam("format") String format,
                           @Parameter(description = "all (default: confirmed and unreviewed) or confirmed")
                           @QueryParam("status") String status) {
        Document document = access.document(id, ProjectRole.VIEWER);
        return Exports.file(exports, user, document.project, List.of(document.id), ExportFormat.parse(format),
                ExportSelection.parse(status), "tandem-document-" + id);
    }

    static PairStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PairStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status '" + status + "' is unknown: use AUTO, CONFIRMED or REJECTED.");
        }
    }
}
