// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.api.Requires.On.PROJECT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.api.Granted;
import dev.tandem.api.Requires;
import dev.tandem.model.Project;
import dev.tandem.segment.Segmenter;
import dev.tandem.segment.Segmenters;
import dev.tandem.segment.SrxDocument;
import dev.tandem.service.Interactive;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.PayloadTooLargeException;
import dev.tandem.service.ProjectAccess;
import dev.tandem.service.ProjectSegmentation;
import dev.tandem.service.Resegmentation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The project's segmentation rules in the browser: the SRX document to edit, with a live preview of how a pasted
 * paragraph splits under the draft; each language's abbreviations as a plain list; an SRX file to upload or download;
 * the way back to the built-in rules. Saving splits again the documents nobody reviewed and says which kept their
 * sentences, with the choice to split those too after a confirmation naming what their reviews lose.
 */
@Path("/projects/{id}/segmentation")
@Produces(MediaType.TEXT_HTML)
public class SegmentationPages {
    @Inject
    Granted granted;

    @Inject
    ProjectSegmentation segmentation;

    @Inject
    Resegmentation resegmentation;

    @Inject
    ProjectAccess access;

    /** What the editor shows: the draft, the sample and its language, whose rules are in force. */
    @TemplateData
    public record RulesForm(String srx, String sample, String language, boolean own,
                            List<AbbreviationList> abbreviations) {
    }

    /** One language's abbreviations, a line each, for its text box. */
    @TemplateData
    public record AbbreviationList(String language, String role, String lines) {
    }

    /** A preview: the sample's sentences under the draft, or why the draft cannot split it. */
    @TemplateData
    public record Preview(String language, List<String> sentences, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(Project project, RulesForm form, Preview preview,
                                             Resegmentation.Outcome outcome, boolean canEdit, String error);

        static native TemplateInstance rules$preview(Preview preview);

        static native TemplateInstance resegment(Project project, List<Resegmentation.ReviewedDocument> documents,
                                                 String seen, String sample, String language, String message);
    }

    @GET
    @Interactive
    @Requires(on = PROJECT, role = VIEWER)
    public TemplateInstance show(@RestPath long id) {
        Project project = granted.project();
        RulesForm form = form(project, null, null, null);
        return Templates.rules(project, form, preview(form), null, access.canEdit(project), null);
    }

    /** The sample split by the draft: the preview fragment for htmx, else the page with it. */
    @POST
    @Path("preview")
    @Interactive
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = PROJECT, role = EDITOR)
    public TemplateInstance preview(@RestPath long id, @RestForm String srx, @RestForm String sample,
                                    @RestForm String language, @RestHeader("HX-Request") String htmx) {
        Project project = granted.project();
        RulesForm form = form(project, srx, sample, language);
        Preview preview = preview(form);
        if ("true".equals(htmx)) {
            return Templates.rules$preview(preview);
        }
        return Templates.rules(project, form, preview, null, true, null);
    }

    /** Stores the draft as the project's rules and splits again what nobody reviewed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> save(@RestPath long id, @RestForm String srx, @RestForm String sample,
                                               @RestForm String language) {
        return store(id, srx, sample, language, () -> segmentation.replaceRules(id, bytes(srx)).languageRules().size());
    }

    /** Stores an uploaded SRX file as the project's rules. */
    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> upload(@RestPath long id, @RestForm("file") FileUpload file) {
        return store(id, null, null, null, () -> {
            if (file == null || file.size() == 0) {
                throw new InvalidInputException("file", "Choose an SRX file (.srx) to upload.");
            }
            if (file.size() > ProjectSegmentation.MAX_SRX_BYTES) {
                throw new PayloadTooLargeException("The SRX file has " + file.size() + " bytes; the limit is "
                        + ProjectSegmentation.MAX_SRX_BYTES + ".");
            }
            try {
                return segmentation.replaceRules(id, Files.readAllBytes(file.uploadedFile())).languageRules().size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Replaces one language's abbreviations (one per line; "No. numeric" for one that ends no sentence before a number). */
    @POST
    @Path("abbreviations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> abbreviations(@RestPath long id, @RestForm String language,
                                                        @RestForm String abbreviations) {
        List<String> entries = abbreviations == null ? List.of() : Arrays.stream(abbreviations.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        return store(id, null, null, language, () -> segmentation.replaceAbbreviations(id,
                checkedLanguage(language), entries).languageRules().size());
    }

    /** Back to Tandem's built-in rules. */
    @POST
    @Path("reset")
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> reset(@RestPath long id) {
        return store(id, null, null, null, () -> {
            segmentation.deleteRules(id);
            return 0;
        });
    }

    /**
     * Before splitting the reviewed documents too: names them with the confirmed pairs and history entries each loses,
     * with export links to keep a copy, and the button that does it.
     */
    @GET
    @Path("resegment")
    @Requires(on = PROJECT, role = EDITOR)
    public TemplateInstance confirmResegment(@RestPath long id, @RestQuery String sample, @RestQuery String language) {
        return resegmentPage(id, sample, language, "");
    }

    /**
     * Splits every document again, the reviewed ones included, if they are still as the confirmation showed them;
     * otherwise (409) the confirmation again with what they hold now.
     */
    @POST
    @Path("resegment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> resegmentAll(@RestPath long id, @RestForm String seen,
                                                       @RestForm String sample, @RestForm String language) {
        Project project = granted.project();
        int languageRules = segmentation.findRules(id).isPresent()
                ? segmentation.currentRules(id).languageRules().size() : 0;
        var outcome = seen == null ? Optional.<Resegmentation.Outcome>empty()
                : resegmentation.resegmentReviewed(id, SeenVersions.read(seen), languageRules);
        if (outcome.isEmpty()) {
            return RestResponse.status(RestResponse.Status.CONFLICT, resegmentPage(id, sample, language,
                    "The reviewed documents changed since this page was opened (someone reviewed or edited one, or a"
                    + " document was added or split): they are shown again. Split them only if that is still what you"
                    + " want."));
        }
        RulesForm form = form(project, null, sample, language);
        return RestResponse.ok(Templates.rules(project, form, preview(form), outcome.get(), true, null));
    }

    private TemplateInstance resegmentPage(long id, String sample, String language, String message) {
        var documents = resegmentation.listReviewed(id);
        String seen = SeenVersions.write(documents,
                Resegmentation.ReviewedDocument::id, Resegmentation.ReviewedDocument::version);
        return Templates.resegment(granted.project(), documents, seen, sample == null ? "" : sample,
                language == null ? "" : language, message);
    }

    private interface Change {
        int apply();
    }

    private RestResponse<TemplateInstance> store(long id, String srx, String sample, String language, Change change) {
        Project project = granted.project();
        try {
            int languageRules = change.apply();
            var outcome = resegmentation.resegment(id, false, languageRules);
            RulesForm form = form(project, null, sample, language);
            return RestResponse.ok(Templates.rules(project, form, preview(form), outcome, true, null));
        } catch (InvalidInputException | PayloadTooLargeException e) {
            RulesForm form = form(project, srx, sample, language);
            var status = e instanceof PayloadTooLargeException ? RestResponse.Status.fromStatusCode(413)
                    : RestResponse.Status.BAD_REQUEST;
            return RestResponse.status(status, Templates.rules(project, form, preview(form), null, true,
                    FormWords.of(e.getMessage())));
        }
    }

    /** The editor's fields: those sent, else the rules in force, a sample in the source language. */
    private RulesForm form(Project project, String srx, String sample, String language) {
        var own = segmentation.findRules(project.id);
        String draft = srx != null ? srx : own.orElseGet(segmentation::builtInRules);
        String tag = language == null || language.isBlank() ? project.sourceLanguage : language.strip();
        return new RulesForm(draft, sample == null ? "" : sample, tag, own.isPresent(), List.of(
                abbreviationList(project.id, project.sourceLanguage, "original"),
                abbreviationList(project.id, project.targetLanguage, "translation")));
    }

    private AbbreviationList abbreviationList(long projectId, String language, String role) {
        return new AbbreviationList(language, role, String.join("\n", segmentation.listAbbreviations(projectId, language)));
    }

    /** The sample split by the draft; a draft that cannot be read says why even before a sample is pasted. */
    private Preview preview(RulesForm form) {
        try {
            SrxDocument rules = segmentation.parse(bytes(form.srx()));
            if (form.sample().isBlank()) {
                return new Preview(form.language(), List.of(), null);
            }
            Segmenter segmenter = Segmenters.forRules(rules, form.language());
            String text = form.sample();
            return new Preview(form.language(), segmenter.split(text).stream().map(s -> s.of(text)).toList(), null);
        } catch (InvalidInputException | PayloadTooLargeException | IllegalArgumentException e) {
            return new Preview(form.language(), List.of(), FormWords.of(e.getMessage()));
        }
    }

    private String checkedLanguage(String language) {
        return ProjectSegmentation.languageOr(language, granted.project().sourceLanguage);
    }

    private static byte[] bytes(String srx) {
        return srx == null ? new byte[0] : srx.getBytes(StandardCharsets.UTF_8);
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }
}
