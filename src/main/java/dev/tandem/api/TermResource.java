// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.api.Requires.On.PROJECT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.model.Project;
import dev.tandem.model.TermDecision;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.TermService;
import dev.tandem.service.TermView;
import dev.tandem.terms.TbxWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
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

/** Term candidates of a project: bilingual term pairs found in its pairs, accepted or rejected by its translators. */
@Path("/api/projects/{id}/terms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class TermResource {
    /** TBX has no registered media type; it is XML. */
    static final String TBX_MEDIA_TYPE = "application/xml";

    @Inject
    Granted granted;

    @Inject
    TermService terms;

    /** Terms in a page when no limit is asked for: the most a page holds, as the other lists. */
    static final int DEFAULT_LIMIT = TermService.MAX_PAGE_SIZE;
    /** Pairs the candidates were found in, and pairs that count: they differ when a large project was sampled. */
    static final String PAIRS_READ = "X-Pairs-Read";
    static final String PAIRS = "X-Pairs-Total";

    @GET
    @Operation(summary = "List the project's term candidates, the strongest first, with the decisions on them, a page"
            + " at a time")
    @APIResponse(responseCode = "200", description = "[{id, source, target, frequency, status: open|accepted|rejected,"
            + " examples: [{pairId, documentId}]}]; without status, open and accepted terms. X-Total-Count has how many"
            + " there are, Link the next and previous pages; X-Pairs-Read of X-Pairs-Total pairs were read (fewer when"
            + " a project of more than 50,000 pairs was sampled)",
            headers = {@Header(name = PageParams.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "RFC 8288 links, rel next and prev"),
                    @Header(name = PAIRS_READ, schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = PAIRS, schema = @Schema(type = SchemaType.INTEGER))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TermView.class)))
    @APIResponse(responseCode = "400", description = "A status other than open, accepted, rejected or all; a bad offset"
            + " or limit")
    @APIResponse(responseCode = "404", description = "No such project")
    @Requires(on = PROJECT, role = VIEWER)
    public RestResponse<List<TermView>> list(@RestPath long id, @Parameter(description = "open, accepted, rejected or"
            + " all (default: open and accepted)") @QueryParam("status") String status,
                                             @Parameter(description = "only terms whose source or target holds this"
                                                     + " (ignoring case)") @QueryParam("q") String query,
                                             @Parameter(description = "0 or more; default 0",
                                                     schema = @Schema(type = SchemaType.INTEGER))
                                             @QueryParam("offset") String offset,
                                             @Parameter(description = "1 to 1000; default 1000",
                                                     schema = @Schema(type = SchemaType.INTEGER))
                                             @QueryParam("limit") String limit, UriInfo uri) {
        TermService.TermList terms = this.terms.listTerms(id, status, query, PageParams.parse("offset", offset, 0),
                PageParams.parse("limit", limit, DEFAULT_LIMIT));
        return RestResponse.ResponseBuilder.fromResponse(PageParams.array(terms.page(), uri))
                .header(PAIRS_READ, terms.pairsRead()).header(PAIRS, terms.pairs()).build();
    }

    @POST
    @Path("/{termId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept or reject a term: an accepted term joins the project's lexicon and QA check")
    @APIResponse(responseCode = "200", description = "The term with its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermView.class)))
    @APIResponse(responseCode = "400", description = "A decision other than accept or reject")
    @APIResponse(responseCode = "403", description = "A viewer may not decide on terms")
    @APIResponse(responseCode = "404", description = "No such project, or no such term candidate in it")
    @Requires(on = PROJECT, role = EDITOR)
    public TermView decide(@RestPath long id, @RestPath long termId, TermDecisionRequest request) {
        return terms.decide(id, termId, request == null ? null : request.decision());
    }

    @GET
    @Path("/export")
    @Produces({"text/tab-separated-values", TBX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The accepted terms as TSV (source, target, frequency, status) or TBX-Basic (TBX v3)")
    @APIResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = "text/tab-separated-values", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TBX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A format other than tsv or tbx")
    @APIResponse(responseCode = "404", description = "No such project")
    @Requires(on = PROJECT, role = VIEWER)
    public Response export(@RestPath long id, @Parameter(description = "tsv or tbx") @QueryParam("format") String format)
            throws XMLStreamException {
        String chosen = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("tsv") && !chosen.equals("tbx")) {
            throw new InvalidInputException("format", "format must be tsv or tbx"
                    + (format == null ? " (it is missing)." : ", not '" + format + "'."));
        }
        Project project = granted.project();
        List<TermDecision> accepted = terms.listAccepted(id);
        byte[] body = chosen.equals("tsv") ? tsv(accepted) : tbx(project, accepted);
        return Response.ok(body, chosen.equals("tsv") ? "text/tab-separated-values; charset=UTF-8" : TBX_MEDIA_TYPE
                        + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"terms-" + id + "." + chosen + "\"").build();
    }

    private static byte[] tsv(List<TermDecision> accepted) {
        var text = new StringBuilder("source\ttarget\tfrequency\tstatus\n");
        for (TermDecision term : accepted) {
            text.append(cell(term.source)).append('\t').append(cell(term.target)).append('\t').append(term.frequency)
                    .append("\taccepted\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static byte[] tbx(Project project, List<TermDecision> accepted) throws XMLStreamException {
        var out = new ByteArrayOutputStream();
        TbxWriter.write(out, project.name, project.sourceLanguage, project.targetLanguage, accepted.stream()
                .map(term -> new TbxWriter.Entry(term.termId, term.source, term.target)).toList());
        return out.toByteArray();
    }
}
