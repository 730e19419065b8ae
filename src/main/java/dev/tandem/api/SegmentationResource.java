// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.api.Requires.On.PROJECT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.model.Project;
import dev.tandem.segment.Segmenter;
import dev.tandem.segment.Segmenters;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.ProjectSegmentation;
import dev.tandem.service.Resegmentation;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A project's sentence segmentation rules, as SRX 2.0. */
@Path("/api/projects/{id}/segmentation")
@Tag(name = "Projects")
public class SegmentationResource {
    /** Says whose rules a GET returned: {@code project} (its own) or {@code built-in}. */
    static final String RULES_HEADER = "Tandem-Segmentation-Rules";

    /** The longest text a preview splits, in characters. */
    static final int MAX_PREVIEW_CHARS = 200_000;

    @Inject
    Granted granted;

    @Inject
    ProjectSegmentation segmentation;

    @Inject
    Resegmentation resegmentation;

    @GET
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The project's segmentation rules as SRX 2.0, or Tandem's built-in rules written as SRX when"
            + " it has none (header " + RULES_HEADER + ": project or built-in)")
    @APIResponse(responseCode = "200", description = "An SRX 2.0 document",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such project")
    @Requires(on = PROJECT, role = VIEWER)
    public Response get(@RestPath long id) {
        var own = segmentation.findRules(id);
        return Response.ok(own.orElseGet(segmentation::builtInRules), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header(RULES_HEADER, own.isPresent() ? "project" : "built-in").build();
    }

    @PUT
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/srx+xml"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the project's segmentation rules with an SRX 2.0 document; documents nobody has"
            + " reviewed yet are split again with them (resegment=all: every document split automatically, the reviewed"
            + " ones losing their confirmations and history)")
    @APIResponse(responseCode = "200", description = "Stored: {languageRules, resegmented:[{id, title}], kept:[{id,"
            + " title, reason}], message}", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Resegmentation.Outcome.class)))
    @APIResponse(responseCode = "400", description = "Not SRX 2.0, malformed XML, a DOCTYPE, or a regular expression"
            + " that does not compile: the message names the line and the rule; nothing is stored")
    @APIResponse(responseCode = "403", description = "A viewer may not change the rules")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "413", description = "Over " + ProjectSegmentation.MAX_SRX_BYTES + " bytes")
    @Requires(on = PROJECT, role = EDITOR)
    public Resegmentation.Outcome replace(@RestPath long id, @RestQuery String resegment, byte[] body) {
        boolean all = parseScope(resegment);
        var rules = segmentation.replaceRules(id, body == null ? new byte[0] : body);
        return resegmentation.resegment(id, all, rules.languageRules().size());
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return the project to Tandem's built-in rules; unreviewed documents are split again")
    @APIResponse(responseCode = "200", description = "Removed: the re-segmentation's outcome, as for PUT",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Resegmentation.Outcome.class)))
    @APIResponse(responseCode = "403", description = "A viewer may not change the rules")
    @APIResponse(responseCode = "404", description = "No such project")
    @Requires(on = PROJECT, role = EDITOR)
    public Resegmentation.Outcome delete(@RestPath long id, @RestQuery String resegment) {
        boolean all = parseScope(resegment);
        segmentation.deleteRules(id);
        return resegmentation.resegment(id, all, 0);
    }

    /** A language's abbreviations as a plain list: "Dr." (never ends a sentence before text), "No. numeric". */
    public record AbbreviationList(String language, List<String> abbreviations) {
    }

    @GET
    @Path("/abbreviations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A language's abbreviations (?language=, default the project's source language) in the rules in force (the no-break rules of the language rule"
            + " \"<language> abbreviations\"), as a plain list")
    @APIResponse(responseCode = "200", description = "{language, abbreviations:[\"Dr.\", \"No. numeric\", ...]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AbbreviationList.class)))
    @APIResponse(responseCode = "400", description = "Not a BCP 47 language tag")
    @APIResponse(responseCode = "404", description = "No such project")
    @Requires(on = PROJECT, role = VIEWER)
    public AbbreviationList abbreviations(@RestPath long id, @RestQuery String language) {
        String tag = checkedLanguage(language);
        return new AbbreviationList(tag, segmentation.listAbbreviations(id, tag));
    }

    @PUT
    @Path("/abbreviations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a language's abbreviations (the project's rules become its own if they were the"
            + " built-in ones); unreviewed documents are split again as after PUT of the SRX")
    @APIResponse(responseCode = "200", description = "Stored: the re-segmentation's outcome, as for PUT of the SRX",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Resegmentation.Outcome.class)))
    @APIResponse(responseCode = "400", description = "An entry without its final period, an unknown kind, or rules"
            + " that do not cascade")
    @APIResponse(responseCode = "403", description = "A viewer may not change the rules")
    @APIResponse(responseCode = "404", description = "No such project")
    @Requires(on = PROJECT, role = EDITOR)
    public Resegmentation.Outcome replaceAbbreviations(@RestPath long id, @RestQuery String language,
                                                       @RestQuery String resegment, AbbreviationList body) {
        boolean all = parseScope(resegment);
        if (body == null || body.abbreviations() == null) {
            throw new InvalidInputException("abbreviations", "Send {\"abbreviations\": [\"Dr.\", \"No. numeric\", ...]}.");
        }
        var rules = segmentation.replaceAbbreviations(id, checkedLanguage(language), body.abbreviations());
        return resegmentation.resegment(id, all, rules.languageRules().size());
    }

    /** {@code language} checked, or the project's source language when it is absent. */
    private String checkedLanguage(String language) {
        return ProjectSegmentation.languageOr(language, granted.project().sourceLanguage);
    }

    /** The sentences of a preview. */
    public record PreviewAnswer(String language, String rules, List<String> sentences) {
    }

    @POST
    @ChangesNothing
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split a text as the project's rules (or a draft SRX document sent along) would")
    @APIResponse(responseCode = "200", description = "{language, rules: project|built-in|draft, sentences:[...]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewAnswer.class)))
    @APIResponse(responseCode = "400", description = "No text, an unknown language or side, or a draft that is not"
            + " valid SRX 2.0 (the message names the line and rule)")
    @APIResponse(responseCode = "403", description = "A viewer may not preview rules (as with every POST)")
    @APIResponse(responseCode = "404", description = "No such project")
    @Requires(on = PROJECT, role = EDITOR)
    public PreviewAnswer preview(@RestPath long id, SegmentationPreviewRequest request) {
        if (request == null || request.text() == null) {
            throw new InvalidInputException("text", "Send {\"text\": ...} with the text to split.");
        }
        if (request.text().length() > MAX_PREVIEW_CHARS) {
            throw new InvalidInputException("text", "The text has " + request.text().length() + " characters; a"
                    + " preview splits at most " + MAX_PREVIEW_CHARS + ". Send a part of it.");
        }
        String language = language(granted.project(), request);
        Segmenter segmenter;
        String rules;
        if (request.srx() != null && !request.srx().isBlank()) {
            var draft = segmentation.parse(request.srx().getBytes(StandardCharsets.UTF_8));
            segmenter = InvalidInputException.checked("language", () -> Segmenters.forRules(draft, language));
            rules = "draft";
        } else {
            var own = segmentation.segmenter(id, language);
            segmenter = own.orElseGet(() -> InvalidInputException.checked("language", () -> Segmenters.forLanguage(language)));
            rules = own.isPresent() ? "project" : "built-in";
        }
        String text = request.text();
        List<String> sentences = InvalidInputException.checked("srx",
                () -> segmenter.split(text).stream().map(s -> s.of(text)).toList());
        return new PreviewAnswer(language, rules, sentences);
    }

    private static String language(Project project, SegmentationPreviewRequest request) {
        if (request.language() != null && !request.language().isBlank()) {
            return request.language().strip();
        }
        String side = request.side() == null ? "source" : request.side().strip().toLowerCase(Locale.ROOT);
        return switch (side) {
            case "source", "" -> project.sourceLanguage;
            case "target" -> project.targetLanguage;
            default -> throw new InvalidInputException("side", "side '" + (side.length() > 20 ? side.substring(0, 20)
                    : side) + "' is unknown: use source or target, or give language.");
        };
    }

    private static boolean parseScope(String resegment) {
        if (resegment == null || resegment.isBlank() || resegment.equalsIgnoreCase("unreviewed")) {
            return false;
        }
        if (resegment.equalsIgnoreCase("all")) {
            return true;
        }
        throw new InvalidInputException("resegment", "resegment must be unreviewed (the default: documents nobody"
                + " has reviewed) or all (every document split automatically, reviews of its pairs lost).");
    }
}
