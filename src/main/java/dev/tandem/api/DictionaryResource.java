// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.ProjectRole;
import dev.tandem.service.ProjectAccess;
import dev.tandem.formats.TextDecoder;
import dev.tandem.formats.UndecodableTextException;
import dev.tandem.service.DictionaryService;
import dev.tandem.service.DictionaryService.DictionaryImport;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.PayloadTooLargeException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Bilingual dictionaries of a project: word translations that help align its documents. */
@Path("/api/projects/{id}/dictionaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class DictionaryResource {
    @Inject
    ProjectAccess access;

    @Inject
    DictionaryService dictionaries;

    @ConfigProperty(name = "tandem.upload.max-bytes")
    MemorySize maxBytes;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a bilingual dictionary: TSV, CC-CEDICT, or dictd (index + dict)")
    @APIResponse(responseCode = "201", description = "Stored: {format, origin, entries, skipped, projectEntries}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DictionaryImport.class)))
    @APIResponse(responseCode = "400", description = "Missing file, unreadable format (the message names the line)")
    @APIResponse(responseCode = "413", description = "A file over the upload limit")
    public Response upload(@RestPath long id, DictionaryUploadForm form) {
        access.project(id, ProjectRole.EDITOR);
        DictionaryImport result;
        if (form.index != null && form.dict != null) {
            result = dictionaries.importDictd(id, form.index.fileName(), text("index", form.index), bytes("dict", form.dict));
        } else if (form.file != null) {
            result = dictionaries.importText(id, DocumentUploads.baseName(form.file.fileName() == null ? "" : form.file.fileName()),
                    form.format, text("file", form.file));
        } else {
            throw new InvalidInputException("file", "No dictionary: upload file (TSV or CC-CEDICT), or index and dict "
                    + "(dictd).");
        }
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @GET
    @Operation(summary = "How many dictionary entries the project has")
    public Map<String, Long> count(@RestPath long id) {
        access.project(id, ProjectRole.VIEWER);
        return Map.of("entries", dictionaries.countEntries(id));
    }

    private String text(String field, FileUpload file) {
        try {
            return TextDecoder.decode(bytes(field, file), null).text();
        } catch (UndecodableTextException e) {
            throw new InvalidInputException(field, "The " + field + " file: " + e.getMessage());
        }
    }

    private byte[] bytes(String field, FileUpload file) {
        if (file.size() > maxBytes.asLongValue()) {
            throw new PayloadTooLargeException("The " + field + " file has " + file.size() + " bytes; the limit is "
                    + maxBytes.asLongValue() + " (tandem.upload.max-bytes).");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
