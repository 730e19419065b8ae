// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.api.Requires.On.PROJECT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.model.Project;
import dev.tandem.security.CurrentUser;
import dev.tandem.service.DocumentInput;
import dev.tandem.service.DocumentService;
import dev.tandem.service.DocumentSummary;
import dev.tandem.service.DocumentUploads;
import dev.tandem.service.ExportOptions;
import dev.tandem.service.ExportService;
import dev.tandem.service.ImportJobView;
import dev.tandem.service.ImportJobs;
import dev.tandem.service.ImportLanguages;
import dev.tandem.service.ImportPreparation.TextImport;
import dev.tandem.service.ImportPreparation;
import dev.tandem.service.ImportWork;
import dev.tandem.service.Importer;
import dev.tandem.service.Imports;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.Page;
import dev.tandem.service.ProjectLanguages;
import dev.tandem.service.ProjectArchiveReader;
import dev.tandem.service.ProjectArchiveWriter;
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
import jakarta.ws.rs.core.HttpHeaders;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectResource {
    /** Lists were whole arrays before paging came: a default page as large as allowed keeps old clients working. */
    private static final int DEFAULT_LIMIT = 1000;

    @Inject
    Granted granted;

    @Inject
    CurrentUser user;

    @Inject
    ProjectService projects;

    @Inject
    DocumentService documents;

    @Inject
    DocumentUploads uploads;

    @Inject
    ImportPreparation preparation;

    @Inject
    Imports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    ExportService exports;

    @Inject
    ImportLanguages languages;

    @Inject
    ProjectArchiveWriter archiveWriter;

    @Inject
    ProjectArchiveReader archiveReader;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a project for one language pair")
    @APIResponse(responseCode = "201", description = "Created; Location has its address",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/projects/{id}, the new project"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing name, a name that is not one line (line breaks, control"
            + " characters, direction overrides), or an unknown language code")
    @NoProjectRole("creates a project, whose editor its creator becomes")
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
    @NoProjectRole("lists only the projects the caller may see")
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
    @Operation(summary = "One project; its ETag names what it holds now, for a delete that takes only that")
    @APIResponse(responseCode = "200", description = "The project", headers = @Header(name = HttpHeaders.ETAG,
            description = "Changes when a document of the project is added, edited or deleted, or a dictionary"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project")
    @Requires(on = PROJECT, role = VIEWER)
    public RestResponse<ProjectResponse> get(@RestPath long id) {
        return RestResponse.ResponseBuilder.ok(ProjectResponse.of(granted.project()))
                .tag(ProjectTags.of(id, projects.stamp(id))).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete the project with all its documents, dictionaries and memberships (its editors and"
            + " admins), if it is as If-Match names it; a project holding reviewed pairs needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "If-Match holds a tag without its quotes")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "412", description = "The project changed since the ETag If-Match names; nothing was"
            + " deleted")
    @APIResponse(responseCode = "428", description = "The project holds reviewed pairs and If-Match names no ETag of"
            + " it; nothing was deleted")
    @Requires(on = PROJECT, role = EDITOR)
    public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        projects.deleteProject(id, ProjectTags.acceptedStamps(ifMatch, id));
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
    @Requires(on = PROJECT, role = VIEWER)
    public RestResponse<List<DocumentSummary>> documents(@RestPath long id,
                                                         @Parameter(description = "0 or more; default 0", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("offset") String offset,
                                                         @Parameter(description = "1 to 1000; default 1000", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
                                                         UriInfo uri) {
        return PageParams.array(documents.listDocuments(id, PageParams.parse("offset", offset, 0),
                PageParams.parse("limit", limit, DEFAULT_LIMIT)), uri);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a document pair from two pasted texts: segment, align, store; large imports, or "
            + "those sent with Prefer: respond-async, run as a job (202)")
    @APIResponse(responseCode = "201", description = "Imported; Location has its address",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/documents/{id}, the new document"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentSummary.class)))
    @APIResponse(responseCode = "202", description = "Accepted as a job; Location has its address, to poll",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The job's address (/api/jobs/{id}), to poll"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "Empty text, unknown segmentation, a malformed Idempotency-Key,"
            + " or a text clearly not in the project's language for its side (field names the side;"
            + " languageCheck=off imports it anyway)")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key names an import whose document was deleted")
    @APIResponse(responseCode = "413", description = "A text over the size limit")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different import")
    @Requires(on = PROJECT, role = EDITOR)
    public Response importJson(@RestPath long id, @RestHeader("Prefer") String prefer,
                               @Parameter(description = "Any unique string (a UUID): the same request sent again "
                                       + "returns the first result instead of a second document; a job that failed"
                                       + " or was cancelled releases it (a retry starts anew)")
                               @RestHeader("Idempotency-Key") String idempotencyKey,
                               DocumentRequest request) {
        if (request == null) {
            throw new InvalidInputException(null,
                    "The body is empty: send {\"title\", \"sourceText\", \"targetText\"}.");
        }
        String key = Imports.checkKey(idempotencyKey);
        Project project = granted.project();
        ProjectLanguages languagesOfProject = ProjectLanguages.of(project);
        TextImport texts = preparation.checkTexts(languagesOfProject, new DocumentInput(request.title(),
                request.sourceText(), request.targetText(), request.segmentation()));
        languages.check(languagesOfProject, request.languageCheck(), "sourceText", texts.sourceText(), "targetText",
                texts.targetText());
        return answer(imports.submit(uploads.work(texts, importer(), key), ImportAnswers.respondAsync(prefer)), prefer);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a document pair from two uploaded files (source, target), or a bilingual TMX, "
            + "XLIFF or two-column CSV/TSV/XLSX file alone as source, whose units (rows) arrive as CONFIRMED pairs; "
            + "large imports, or those sent with Prefer: respond-async, run as a job (202)")
    @APIResponse(responseCode = "201", description = "Imported; Location has its address",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "/api/documents/{id}, the new document"),
                    @Header(name = ImportAnswers.LEFT_OUT, description = "Only when a TMX or XLIFF file had units"
                            + " of inline codes alone (nothing to align) or XLIFF <file>s in other languages: what was"
                            + " left out, in words (also on a 202)")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentSummary.class)))
    @APIResponse(responseCode = "202", description = "Accepted as a job; Location has its address, to poll",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The job's address (/api/jobs/{id}), to poll"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "Missing file, empty text, undecodable bytes (the message names"
            + " the byte offset), a side clearly not in the project's language (languageCheck=off imports it), or a"
            + " malformed Idempotency-Key")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key names an import whose document was deleted")
    @APIResponse(responseCode = "413", description = "A file over the size limit")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different import")
    @Requires(on = PROJECT, role = EDITOR)
    public Response importMultipart(@RestPath long id, @RestHeader("Prefer") String prefer,
                                    @Parameter(description = "Any unique string (a UUID): the same request sent "
                                            + "again returns the first result instead of a second document")
                                    @RestHeader("Idempotency-Key") String idempotencyKey,
                                    DocumentUploadForm form) {
        String key = Imports.checkKey(idempotencyKey);
        Project project = granted.project();
        ImportWork work = uploads.work(ProjectLanguages.of(project), form.upload(), importer(), key);
        return ImportAnswers.withLeftOut(answer(imports.submit(work, ImportAnswers.respondAsync(prefer)), prefer),
                work.leftOut());
    }

    @GET
    @Path("/{id}/export")
    @Produces({"application/x-tmx+xml", "text/tab-separated-values", Exports.XLSX, "application/zip",
            "application/xliff+xml", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export all documents of the project as one TMX (or TSV, XLSX, Moses, XLIFF 2.0) file")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = {@Content(mediaType = "application/x-tmx+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/tab-separated-values", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = Exports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/xliff+xml", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format, status or units, or a TMX option with another format")
    @APIResponse(responseCode = "500", description = "The export failed before its first bytes went out. A failure "
            + "once the file has begun breaks the connection off instead: the file is never cut short silently")
    @Requires(on = PROJECT, role = VIEWER)
    public Response export(@RestPath long id,
                           @Parameter(description = "tmx (default), tsv, xlsx (a spreadsheet), moses (a zip of two"
                                   + " line-aligned plain-text files) or xliff (XLIFF 2.0)")
                           @QueryParam("format") String format,
                           @Parameter(description = "all (default: confirmed and unreviewed), confirmed, or with-rejected (every pair with its status; tmx, xlsx, xliff)")
                           @QueryParam("status") String status,
                           @Parameter(description = "TMX only: pair (default: a unit per pair) or sentence (only pairs"
                                   + " with one sentence on each side; the others are left out and counted)")
                           @QueryParam("units") String units,
                           @Parameter(description = "TMX only: the header's o-tmf, the format the memory came from"
                                   + " (default Tandem)") @QueryParam("o-tmf") String originalFormat, @Context HttpServerRequest request) {
        Project project = granted.project();
        List<Long> ids = documents.listDocumentIds(project);
        ExportOptions options = ExportOptions.parse(format, status, units, originalFormat);
        return Exports.file(exports, request, project, project.targetLanguage, ids, options, "project " + id,
                project.name, true);
    }

    @GET
    @Path("/{id}/archive")
    @Produces({BackupResource.ZIP, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export the whole project (documents with sentences, pairs and edit history; dictionaries) as"
            + " one zip, to import on another installation; members and accounts stay behind")
    @APIResponse(responseCode = "200", description = "The archive", content = @Content(mediaType = BackupResource.ZIP,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "A document was edited while it was being archived: try again")
    @APIResponse(responseCode = "503", description = "Reading the project took longer than a transaction may last;"
            + " nothing was sent: try again later")
    @Requires(on = PROJECT, role = VIEWER)
    public Response archive(@RestPath long id, @Context HttpServerRequest request) {
        return TemporaryDownload.of(archiveWriter.write(id), BackupResource.ZIP, "project-" + id + ".zip", request);
    }

    @POST
    @Path("/archive")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a project archive as a new project (new ids), whose editor the caller becomes; all or"
            + " nothing")
    @APIResponse(responseCode = "201", description = "Imported; Location has the new project's address",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/projects/{id}, the new project"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "400", description = "No file, not a zip, an entry a project archive has not, a"
            + " missing or unknown manifest or format version, malformed JSON, or rows that do not agree (a pair"
            + " naming sentences the document has not); the message names the entry")
    @APIResponse(responseCode = "413", description = "Over the upload size, or unpacking past the zip limits"
            + " (entries, bytes, compression ratio)")
    @NoProjectRole("creates a project, whose editor its importer becomes")
    public Response importArchive(ArchiveUploadForm form) {
        Project project = archiveReader.importArchive(form == null ? null : form.upload());
        return Response.created(URI.create("/api/projects/" + project.id)).entity(ProjectResponse.of(project)).build();
    }

    private Importer importer() {
        return new Importer(user.username(), user.address());
    }

    private Response answer(Imports.Outcome outcome, String prefer) {
        return ImportAnswers.of(outcome, prefer, jobs, documents);
    }
}
