// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.Concordance;
import dev.tandem.service.ConcordancePage;
import dev.tandem.service.ConcordanceRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The concordance: a word or phrase searched in every pair the caller may see. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concordance")
public class SearchResource {
    @Inject
    Concordance concordance;

    @GET
    @Operation(summary = "Search the pairs of the projects the caller may see for words and phrases",
            description = "q: words (each must occur, in any order) and \"quoted phrases\" (words in this order, across"
                    + " line breaks and sentences); any case; Chinese and Japanese need no spaces. Best matches first.")
    @APIResponse(responseCode = "200", description = "The total and a page of pairs, with highlight ranges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConcordancePage.class)))
    @APIResponse(responseCode = "400", description = "q empty or without words, an unknown side or status, a bad"
            + " language tag, offset or limit out of range")
    @APIResponse(responseCode = "404", description = "The project or document named is not one the caller may see")
    @NoProjectRole("searches only the projects the caller may see; a project or document named is checked as a viewer")
    public ConcordancePage search(
            @Parameter(description = "Words and \"quoted phrases\", at most 500 characters") @QueryParam("q") String q,
            @Parameter(description = "A project id; default all the caller may see",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("project") String project,
            @Parameter(description = "A document id; default any", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("document") String document,
            @Parameter(description = "source, target or both (default)") @QueryParam("side") String side,
            @Parameter(description = "auto, confirmed, rejected, several separated by commas; default any")
            @QueryParam("status") String status,
            @Parameter(description = "A language tag (zh, en, pt-BR): a phrase counts only on a side in it")
            @QueryParam("language") String language,
            @Parameter(description = "0 or more; default 0; offset + limit at most 10000",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("offset") String offset,
            @Parameter(description = "1 to 100; default 20", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit) {
        return concordance.search(ConcordanceRequest.of(q, side, project, document, status, language, offset, limit));
    }
}
