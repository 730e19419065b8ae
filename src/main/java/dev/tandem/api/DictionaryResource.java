// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.api.Requires.On.PROJECT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.service.DictionaryService.DictionaryImport;
import dev.tandem.service.DictionaryService;
import dev.tandem.service.DictionaryUploads;
import dev.tandem.service.DictionaryView;
import dev.tandem.service.ProjectLanguages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Bilingual dictionaries of a project: word translations that help align its documents. */
@Path("/api/projects/{id}/dictionaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class DictionaryResource {
    @Inject
    Granted granted;

    @Inject
    DictionaryService dictionaries;

    @Inject
    DictionaryUploads uploads;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a bilingual dictionary: TSV, CC-CEDICT, or dictd (index + dict)")
    @APIResponse(responseCode = "201", description = "Stored; Location has its address: {id, format, origin, entries, "
            + "skipped, reversed, skippedExamples, projectEntries}",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/projects/{id}/dictionaries/{dictId}, the new dictionary"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DictionaryImport.class)))
    @APIResponse(responseCode = "400", description = "Missing file, another format (DOCX, TMX, half of a dictd pair), "
            + "a file not in its format (the message names the line), or languages other than the project's")
    @APIResponse(responseCode = "403", description = "A viewer may not upload dictionaries")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "413", description = "A file over the upload limit")
    @Requires(on = PROJECT, role = EDITOR)
    public Response upload(@RestPath long id, DictionaryUploadForm form) {
        var project = ProjectLanguages.of(granted.project());
        DictionaryImport result = uploads.upload(project, form.upload());
        return Response.created(URI.create("/api/projects/" + id + "/dictionaries/" + result.id())).entity(result)
                .build();
    }

    @GET
    @Operation(summary = "List the project's dictionaries, oldest first")
    @APIResponse(responseCode = "200", description = "[{id, format, origin, entries, skipped, reversed, uploadedBy, "
            + "uploadedAt}]", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = DictionaryView.class)))
    @APIResponse(responseCode = "404", description = "No such project")
    @Requires(on = PROJECT, role = VIEWER)
    public List<DictionaryView> list(@RestPath long id) {
        return dictionaries.listDictionaries(id);
    }

    @GET
    @Path("/{dictionaryId}")
    @Operation(summary = "One dictionary of the project")
    @APIResponse(responseCode = "200", description = "The dictionary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DictionaryView.class)))
    @APIResponse(responseCode = "404", description = "No such project, or no such dictionary in it")
    @Requires(on = PROJECT, role = VIEWER)
    public DictionaryView get(@RestPath long id, @RestPath long dictionaryId) {
        return dictionaries.getDictionary(id, dictionaryId);
    }

    @DELETE
    @Path("/{dictionaryId}")
    @Operation(summary = "Remove a dictionary with its entries")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "A viewer may not remove dictionaries")
    @APIResponse(responseCode = "404", description = "No such project, or no such dictionary in it")
    @Requires(on = PROJECT, role = EDITOR)
    public void delete(@RestPath long id, @RestPath long dictionaryId) {
        dictionaries.deleteDictionary(id, dictionaryId);
    }
}
