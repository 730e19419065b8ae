// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.ProjectRole;
import dev.tandem.service.ProjectAccess;
import dev.tandem.model.Document;
import dev.tandem.model.Project;
import dev.tandem.service.DocumentInput;
import dev.tandem.service.DocumentService;
import dev.tandem.service.DocumentSummary;
import dev.tandem.service.ExportService;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.Page;
import dev.tandem.service.ProjectService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectResource {
    /** Lists were whole arrays before paging came: a default page as large as allowed keeps old clients working. */
    private static final int DEFAULT_LIMIT = 1000;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectService projects;

    @Inject
    DocumentService documents;

    @Inject
    DocumentUploads uploads;

    @Inject
    ExportService exports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a project for one language pair")
    @APIResponse(responseCode = "201", description = "Created; Location has its address", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing name or unknown language code")
    public Response create(ProjectRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException(null,
                    "The body is empty: send {\"name\", \"sourceLanguage\", \"targetLanguage\"}.");
        }
        Project project = projects.createProject(request.name(), request.sourceLanguage(), request.targetLanguage());
        return Response.created(URI.create("/api/projects/" + project.id)).entity(ProjectResponse.of(project)).build();
    }

    @GET
    @Operation(summary = "List projects, oldest first (by id), a page at a time")
    @APIResponse(responseCode = "200", description = "A page of projects; X-Total-Count has how many there are, "
            + "Link the next and previous pages",
            headers = {@Header(name = PageParams.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "RFC 8288 links, rel next and prev")})
    @APIResponse(responseCode = "400", description = "Bad offset or limit")
    public RestResponse<List<ProjectResponse>> list(@Parameter(description = "0 or more; default 0", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("offset") String offset,
                                                    @Parameter(description = "1 to 1000; default 1000", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit, UriInfo uri) {
        Page<Project> page = projects.listProjects(PageParams.parse("offset", offset, 0),
                PageParams.parse("limit", limit, DEFAULT_LIMIT));
        return PageParams.array(new Page<>(page.total(), page.offset(), page.limit(),
                page.items().stream().map(ProjectResponse::of).toList()), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One project")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "404", description = "No such project")
    public ProjectResponse get(@RestPath long id) {
        return ProjectResponse.of(access.project(id, ProjectRole.VIEWER));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete the project with all its documents, dictionaries and memberships (its editors and admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project")
    public void delete(@RestPath long id) {
        access.project(id, ProjectRole.EDITOR);
        projects.deleteProject(id);
    }

    @GET
    @Path("/{id}/documents")
    @Operation(summary = "List the documents of a project with their counts, oldest first (by id), a page at a time")
    @APIResponse(responseCode = "200", description = "A page of documents; X-Total-Count has how many there are, "
            + "Link the next and previous pages",
            headers = {@Header(name = PageParams.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "RFC 8288 links, rel next and prev")})
    @APIResponse(responseCode = "400", description = "Bad offset or limit")
    @APIResponse(responseCode = "404", description = "No such project")
    public RestResponse<List<DocumentSummary>> documents(@RestPath long id,
                                                         @Parameter(description = "0 or more; default 0", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("offset") String offset,
                                                         @Parameter(description = "1 to 1000; default 1000", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
                                                         UriInfo uri) {
        access.project(id, ProjectRole.VIEWER);
        return PageParams.array(documents.listDocuments(id, PageParams.parse("offset", offset, 0),
                PageParams.parse("limit", limit, DEFAULT_LIMIT)), uri);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a document pair from two pasted texts: segment, align, store")
    @APIResponse(responseCode = "201", description = "Imported; Location has its address", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentSummary.class)))
    @APIResponse(responseCode = "400", description = "Empty text or unknown segmentation")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "413", description = "A text over the size limit")
    public Response importJson(@RestPath long id, DocumentRequest request) {
        if (request == null) {
            throw new InvalidInputException(null,
                    "The body is empty: send {\"title\", \"sourceText\", \"targetText\"}.");
        }
        access.project(id, ProjectRole.EDITOR);
        return created(documents.importDocument(id, new DocumentInput(request.title(), request.sourceText(),
                request.targetText(), request.segmentation())));
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a document pair from two uploaded files (source, target), or a bilingual TMX file "
            + "alone as source, whose units arrive as CONFIRMED pairs")
    @APIResponse(responseCode = "201", description = "Imported; Location has its address", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentSummary.class)))
    @APIResponse(responseCode = "400", description = "Missing file, empty text or undecodable bytes")
    @APIResponse(responseCode = "413", description = "A file over the size limit")
    public Response importMultipart(@RestPath long id, DocumentUploadForm form) {
        access.project(id, ProjectRole.EDITOR);
        return created(uploads.importDocument(id, form));
    }

    @GET
    @Path("/{id}/export")
    @Produces({"application/x-tmx+xml", "text/tab-separated-values", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export all documents of the project as one TMX (or TSV) file")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = {@Content(mediaType = "application/x-tmx+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/tab-separated-values", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format or status")
    @APIResponse(responseCode = "500", description = "The export failed before its first bytes went out. A failure "
            + "once the file has begun breaks the connection off instead: the file is never cut short silently")
    public Response export(@RestPath long id,
                           @Parameter(description = "tmx (default) or tsv") @QueryParam("format") String format,
                           @Parameter(description = "all (default: confirmed and unreviewed) or confirmed")
                           @QueryParam("status") String status, @Context HttpServerRequest request) {
        Project project = access.project(id, ProjectRole.VIEWER);
        List<Long> ids = documents.listDocumentIds(project);
        return Exports.file(exports, request, project, ids, format, status, "project " + id);
    }

    private Response created(Document document) {
        return Response.created(URI.create("/api/documents/" + document.id))
                .entity(documents.summarize(document.id))
                .build();
    }
}
