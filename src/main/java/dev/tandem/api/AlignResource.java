// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.align.Bead;
import dev.tandem.align.Lexicon;
import dev.tandem.align.SideText;
import dev.tandem.config.TandemConfig;
import dev.tandem.formats.LanguageTags;
import dev.tandem.model.Project;
import dev.tandem.model.ProjectRole;
import dev.tandem.segment.Segment;
import dev.tandem.service.AlignmentService;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.PayloadTooLargeException;
import dev.tandem.service.ProjectAccess;
import dev.tandem.service.ProjectLexicons;
import dev.tandem.service.Segmentation;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/align")
@Tag(name = "Alignment")
public class AlignResource {
    @Inject
    AlignmentService alignment;

    @Inject
    ProjectAccess access;


    @Inject
    TandemConfig config;

    @Inject
    ProjectLexicons lexicons;

    @POST
    @ChangesNothing
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Align two texts without storing anything")
    @NoProjectRole("stateless; the project a request may name is in its body, which is read after the filters ran, "
            + "so this method checks it with ProjectAccess itself")
    @APIResponse(responseCode = "200", description = "Beads covering every sentence once, in order")
    @APIResponse(responseCode = "400", description = "Missing side, bad language code or wrong JSON type")
    public AlignResponse align(AlignRequest request) {
        if (request == null) {
            throw new InvalidInputException(null,
                    "The body is empty: send {\"sourceLanguage\", \"targetLanguage\", \"source\", \"target\"}.");
        }
        Project project = request.project() == null ? null : access.project(request.project(), ProjectRole.VIEWER);
        String sourceTag = request.sourceLanguage() != null || project == null ? request.sourceLanguage()
                : project.sourceLanguage;
        String targetTag = request.targetLanguage() != null ? request.targetLanguage()
                : project != null ? project.targetLanguage : "en";
        String sourceLanguage = InvalidInputException.checked("sourceLanguage",
                () -> LanguageTags.normalize(sourceTag, "sourceLanguage"));
        String targetLanguage = InvalidInputException.checked("targetLanguage",
                () -> LanguageTags.normalize(targetTag, "targetLanguage"));
        SideText source = side("source", sourceLanguage, request.source(), project);
        SideText target = side("target", targetLanguage, request.target(), project);
        Lexicon lexicon = project == null ? Lexicon.EMPTY
                : lexicons.forText(project.id, source.sentences(), target.sentences());
        List<Bead> beads = alignment.align(source, target, lexicon, settings(request.settings()));
        return new AlignResponse(source.sentences(), target.sentences(), beads.stream().map(AlignResource::toResponse).toList());
    }

    /** The request's aligner settings as text, as a configuration file would give them; numbers and true/false only. */
    private static Map<String, String> settings(Map<String, JsonNode> settings) {
        if (settings == null) {
            return Map.of();
        }
        var values = new LinkedHashMap<String, String>();
        settings.forEach((name, value) -> {
            if (value == null || !(value.isNumber() || value.isBoolean())) {
                throw new InvalidInputException("settings", "settings." + name + " must be a number or true/false, e.g."
                        + " {\"lexicon-weight\": 0}.");
            }
            values.put(name, value.asText());
        });
        return values;
    }

    /** A side's sentences: given as an array, or split from a text (by the project's own rules, if it has some). */
    private SideText side(String field, String language, JsonNode node, Project project) {
        if (node == null || node.isNull()) {
            throw new InvalidInputException(field, field + " is missing: give an array of sentences or a text.");
        }
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.length() > config.imports().maxChars()) {
                throw new PayloadTooLargeException(field + " has " + text.length() + " characters; the limit is "
                        + config.imports().maxChars() + ".");
            }
            List<Segment> segments = project == null ? alignment.segment(text, language, Segmentation.AUTO)
                    : alignment.segment(text, language, Segmentation.AUTO, project.id);
            return new SideText(language, AlignmentService.texts(text, segments), AlignmentService.paragraphs(segments));
        }
        if (node.isArray()) {
            if (node.size() > config.imports().maxSentences()) {
                throw new PayloadTooLargeException(field + " has " + node.size() + " sentences; the limit is "
                        + config.imports().maxSentences() + ".");
            }
            var sentences = new ArrayList<String>(node.size());
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    throw new InvalidInputException(field, field + "[" + sentences.size() + "] is not a string: "
                            + "every sentence must be a JSON string.");
                }
                sentences.add(item.textValue());
            }
            return new SideText(language, sentences, null);
        }
        throw new InvalidInputException(field, field + " must be an array of sentences or a text string.");
    }

    private static AlignResponse.BeadResponse toResponse(Bead bead) {
        return new AlignResponse.BeadResponse(
                IntStream.range(bead.sourceStart(), bead.sourceEnd()).boxed().toList(),
                IntStream.range(bead.targetStart(), bead.targetEnd()).boxed().toList(),
                bead.confidence());
    }
}
