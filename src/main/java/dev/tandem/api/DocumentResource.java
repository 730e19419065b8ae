// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.Interactive;
import static dev.tandem.api.Requires.On.DOCUMENT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Document;
import dev.tandem.review.QaCode;
import dev.tandem.review.ReviewStatus;
import dev.tandem.service.DocumentService;
import dev.tandem.service.DocumentSummary;
import dev.tandem.service.ExportOptions;
import dev.tandem.service.ExportService;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.PreconditionFailedException;
import dev.tandem.service.PairFilter;
import dev.tandem.service.PairPage;
import dev.tandem.service.ReviewService;
import dev.tandem.service.TranslationGrids;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentResource {
    @Inject
    Granted granted;

    @Inject
    DocumentService documents;

    @Inject
    ExportService exports;

    @Inject
    ReviewService review;

    @Inject
    ObjectMapper json;

    @Inject
    TranslationGrids grids;

    @GET
    @Operation(summary = "One document with its sentence and pair counts; version changes with every edit")
    @APIResponse(responseCode = "200", description = "The document; its ETag stands for this version",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong tag of the document version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentSummary.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version: nothing new")
    @APIResponse(responseCode = "503", description = AdmissionFilter.BUSY,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = AdmissionFilter.RETRY_AFTER))
    @Requires(on = DOCUMENT, role = VIEWER)
    @Interactive
    public RestResponse<DocumentSummary> get(@RestPath long id,
                                             @RestHeader("If-None-Match") String ifNoneMatch) {
        DocumentSummary document = documents.summarize(id);
        if (DocumentTags.noneMatchHits(ifNoneMatch, id, document.version())) {
            return RestResponse.ResponseBuilder.<DocumentSummary>notModified()
                    .tag(DocumentTags.of(id, document.version())).build();
        }
        return tagged(document);
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Rename the document made on the version baseVersion or If-Match names; a new version. A "
            + "patch without title ({} or only baseVersion) changes nothing (RFC 7396)")
    @APIResponse(responseCode = "200", description = "The renamed document, with its new ETag; for a patch without "
            + "title, the document as it is",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong tag of the document version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentSummary.class)))
    @APIResponse(responseCode = "400", description = "A missing or over-long title, or one that is not one line (line"
            + " breaks, control characters, direction overrides)")
    @APIResponse(responseCode = "409", description = "The document changed since baseVersion; nothing was changed")
    @APIResponse(responseCode = "412", description = "If-Match names another version; nothing was changed")
    @APIResponse(responseCode = "428", description = "Neither baseVersion nor an ETag in If-Match: nothing was changed")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentPatch.class)),
            @Content(mediaType = "application/merge-patch+json",
                    schema = @Schema(implementation = DocumentPatch.class))})
    @APIResponse(responseCode = "503", description = AdmissionFilter.BUSY,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = AdmissionFilter.RETRY_AFTER))
    @Requires(on = DOCUMENT, role = EDITOR)
    @Interactive
    public RestResponse<DocumentSummary> patch(@RestPath long id, @RestHeader("If-Match") String ifMatch,
                                               JsonNode body) throws JsonProcessingException {
        if (body == null || body.isNull()) {
            throw new InvalidInputException(null, "The body is empty: send {\"title\", \"baseVersion\"}.");
        }
        // read as a tree first: a merge patch that leaves title out changes nothing; one setting it to null removes
        // it, which a document cannot have (refused as a missing title)
        DocumentPatch patch = json.treeToValue(body, DocumentPatch.class);
        List<Long> accepted = DocumentTags.acceptedVersions(ifMatch, id);
        if (!body.has("title")) {
            DocumentSummary document = documents.summarize(id);
            if (accepted != null && !accepted.contains(document.version())) {
                throw new PreconditionFailedException(id, document.version());
            }
            return tagged(document);
        }
        review.rename(id, patch.title(), patch.baseVersion(), accepted);
        return tagged(documents.summarize(id));
    }

    @DELETE
    @Operation(summary = "Delete the document with its sentences, pairs and history, if it is at the version "
            + "baseVersion or If-Match names")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "baseVersion is not a number")
    @APIResponse(responseCode = "409", description = "The document changed since baseVersion; nothing was deleted")
    @APIResponse(responseCode = "412", description = "If-Match names another version; nothing was deleted")
    @APIResponse(responseCode = "428", description = "Neither baseVersion nor an ETag in If-Match: nothing was deleted")
    @Requires(on = DOCUMENT, role = EDITOR)
    public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch,
                       @Parameter(description = "The version the deletion was decided on; required unless If-Match "
                               + "names it", schema = @Schema(type = SchemaType.INTEGER))
                       @QueryParam("baseVersion") String baseVersion) {
        documents.deleteDocument(id, versionParam(baseVersion), DocumentTags.acceptedVersions(ifMatch, id));
    }

    @GET
    @Path("/pairs")
    @Operation(summary = "A page of the document's pairs in order, with their sentences")
    @APIResponse(responseCode = "200", description = "The page, and the total of pairs matching status and flag")
    @APIResponse(responseCode = "400", description = "Bad offset, limit, status, flag or below")
    @APIResponse(responseCode = "404", description = "No such document")
    @APIResponse(responseCode = "412", description = "If-Match names another version: the document was edited since")
    @APIResponse(responseCode = "503", description = AdmissionFilter.BUSY,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = AdmissionFilter.RETRY_AFTER))
    @Requires(on = DOCUMENT, role = VIEWER)
    @Interactive
    public PairPage pairs(@RestPath long id,
                          @Parameter(description = "AUTO, CONFIRMED or REJECTED; absent: all") @QueryParam("status") String status,
                          @Parameter(description = "a QA flag code (empty-source, empty-target, numbers, length,"
                                  + " untranslated, brackets): only the pairs with that flag; any: the pairs with a"
                                  + " flag; absent: all") @QueryParam("flag") String flag,
                          @Parameter(description = "a confidence from 0 to 1: only the pairs below it, with those the"
                                  + " aligner did not score; absent: all", schema = @Schema(type = SchemaType.NUMBER))
                          @QueryParam("below") String below,
                          @Parameter(description = "0 or more; default 0", schema = @Schema(type = SchemaType.INTEGER))
                          @QueryParam("offset") String offset,
                          @Parameter(description = "1 to 1000; default 100", schema = @Schema(type = SchemaType.INTEGER))
                          @QueryParam("limit") String limit,
                          @Parameter(description = "The document's ETag when paging began: a page of a later version"
                                  + " is refused (412) rather than shifted by the edits made meanwhile")
                          @RestHeader("If-Match") String ifMatch) {
        PairPage page = documents.listPairs(id, new PairFilter(parseStatus(status), parseBelow(below),
                parseFlag(flag), null), PageParams.parse("offset", offset, 0), PageParams.parse("limit", limit, 100));
        List<Long> accepted = DocumentTags.acceptedVersions(ifMatch, id);
        if (accepted != null && !accepted.contains(page.version())) {
            throw new PreconditionFailedException(id, page.version(), "The document was edited since the version"
                    + " If-Match names (it is at version " + page.version() + "), and its pairs may have moved: page"
                    + " through them again from offset 0 with its current ETag.");
        }
        return page;
    }

    static RestResponse<DocumentSummary> tagged(DocumentSummary document) {
        return DocumentTags.ok(document, document.id(), document.version());
    }

    @GET
    @Path("/export")
    @Produces({"application/x-tmx+xml", "text/tab-separated-values", Exports.XLSX, "application/zip",
            "application/xliff+xml", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export the document's pairs as TMX 1.4b (or TSV, XLSX, Moses parallel text, XLIFF 2.0)")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = {@Content(mediaType = "application/x-tmx+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/tab-separated-values", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = Exports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/xliff+xml", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format, status or units, or a TMX option with another format")
    @APIResponse(responseCode = "500", description = "The export failed before its first bytes went out. A failure "
            + "once the file has begun breaks the connection off instead: the file is never cut short silently")
    @Requires(on = DOCUMENT, role = VIEWER)
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
                                   + " (default Tandem)") @QueryParam("o-tmf") String originalFormat,
                           @Parameter(description = "all: the original with every translation of it (its own and"
                                   + " its versions') as one multilingual TMX, a <tu> per original segment with a"
                                   + " <tuv> per language; absent: this document's language pair")
                           @QueryParam("languages") String languages, @Context HttpServerRequest request) {
        Document document = granted.document();
        ExportOptions options = ExportOptions.parse(format, status, units, originalFormat);
        if (languages != null && !languages.isBlank()) {
            return Exports.multilingual(exports, grids, request, document, options, languages);
        }
        return Exports.file(exports, request, document.project, document.targetLanguage, List.of(document.id), options,
                "document " + id, document.title, false);
    }

    private static Long versionParam(String baseVersion) {
        try {
            return baseVersion == null || baseVersion.isBlank() ? null : Long.valueOf(baseVersion.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("baseVersion", "baseVersion '" + baseVersion + "' is not a version number.");
        }
    }

    private static String parseFlag(String flag) {
        if (flag == null || flag.isBlank()) {
            return null;
        }
        String code = flag.strip();
        if (!code.equals("any") && QaCode.of(code).isEmpty()) {
            throw new InvalidInputException("flag", "flag '" + flag + "' is unknown: use any or one of "
                    + Arrays.stream(QaCode.values()).map(QaCode::code).collect(Collectors.joining(", ")) + ".");
        }
        return code;
    }

    private static Double parseBelow(String below) {
        if (below == null || below.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(below.strip());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the out-of-range ones
        }
        throw new InvalidInputException("below", "below '" + below + "' is not a confidence: give a number from 0 to 1,"
                + " such as 0.6.");
    }

    static ReviewStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReviewStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status '" + status + "' is unknown: use AUTO, CONFIRMED or REJECTED.");
        }
    }
}
