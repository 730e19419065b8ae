// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.api.Requires.On.PROJECT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.api.DictionaryUploadForm;
import dev.tandem.api.DocumentUploadForm;
import dev.tandem.api.Granted;
import dev.tandem.api.NoProjectRole;
import dev.tandem.api.Requires;
import dev.tandem.model.Membership;
import dev.tandem.model.Project;
import dev.tandem.model.TermDecision;
import dev.tandem.review.ReviewStatus;
import dev.tandem.security.CurrentUser;
import dev.tandem.service.DictionaryService;
import dev.tandem.service.DictionaryUploads;
import dev.tandem.service.DictionaryView;
import dev.tandem.service.DocumentService;
import dev.tandem.service.DocumentSummary;
import dev.tandem.service.DocumentUploads;
import dev.tandem.service.IdempotencyKeyException;
import dev.tandem.service.ImportJobView;
import dev.tandem.service.ImportJobs;
import dev.tandem.service.ImportPreview;
import dev.tandem.service.ImportWork;
import dev.tandem.service.Importer;
import dev.tandem.service.Imports;
import dev.tandem.service.ImpossibleEditException;
import dev.tandem.service.DuplicateDictionaryException;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.LanguageMismatchException;
import dev.tandem.service.MembershipService;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.PayloadTooLargeException;
import dev.tandem.service.ProjectAccess;
import dev.tandem.service.ProjectChangedException;
import dev.tandem.service.ProjectLanguages;
import dev.tandem.service.ProjectSegmentation;
import dev.tandem.service.ProjectService;
import dev.tandem.service.TermService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Pages for projects: the list with a form to create one, and a project's documents with the upload form, its
 * dictionaries and its members.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProjectPages {
    @Inject
    ProjectAccess access;

    @Inject
    Granted granted;

    @Inject
    ProjectService projects;

    @Inject
    DocumentService documents;

    @Inject
    MembershipService members;

    @Inject
    DocumentUploads uploads;

    @Inject
    Imports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentUser user;

    @Inject
    DictionaryUploads dictionaryUploads;

    @Inject
    DictionaryService dictionaries;

    @Inject
    TermService terms;

    @Inject
    ProjectSegmentation segmentation;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Project> projects, ProjectForm form, Map<String, String> errors,
                                            String notice);

        static native TemplateInstance show(Project project, List<DocumentSummary> documents,
                                            List<ImportJobView> jobs, UploadValues form, Map<String, String> errors,
                                            List<Membership> members, List<DictionaryView> dictionaries,
                                            boolean canEdit, String notice, ImportPreview preview,
                                            String previewError);

        /** The upload form's messages after an htmx upload was refused, each swapped into its place (oob). */
        static native TemplateInstance show$refused(UploadValues form, Map<String, String> errors);

        /** The sentences a preview found; swapped into the form's preview area. */
        static native TemplateInstance show$preview(Project project, ImportPreview preview, String previewError);

        /** Why a preview could not be made, and, after a language refusal, the box that skips the check (oob). */
        static native TemplateInstance show$previewRefused(UploadValues form, String previewError);

        static native TemplateInstance delete(Project project, List<DocumentSummary> documents, long versions,
                                              List<DocumentSummary> otherLanguages, long pairs, long confirmed, List<DictionaryView> dictionaries,
                                              long acceptedTerms, long rejectedTerms, boolean ownRules, String stamp,
                                              String error);

        static native TemplateInstance removeDictionary(Project project, DictionaryView dictionary);
    }

    /** What a page says after a deletion sent the browser to it ({@code ?deleted=…}). */
    private static String deletedNotice(String deleted) {
        return switch (deleted == null ? "" : deleted) {
            case "project" -> "The project was deleted.";
            case "document" -> "The document was deleted.";
            case "dictionary" -> "The dictionary was removed.";
            default -> "";
        };
    }

    /** What the user typed into the new-project form, re-shown when it is refused. */
    public record ProjectForm(String name, String sourceLanguage, String targetLanguage, String formKey) {
        static ProjectForm empty() {
            return new ProjectForm("", "", "en", FormKeys.fresh());
        }
    }

    /**
     * The text fields of the upload form, re-shown when it is refused (files cannot be re-shown), whether to offer
     * the box that switches the language check off (after the check refused a side), and the form's own
     * idempotency key: sending the same form twice (a double click, a reload of the answer) imports once.
     */
    public record UploadValues(String title, String sourceText, String targetText, String segmentation,
                               String sourceCharset, String targetCharset, boolean offerLanguageOverride,
                               String importKey) {
        static UploadValues empty() {
            return new UploadValues("", "", "", "auto", "", "", false, UUID.randomUUID().toString());
        }
    }

    @GET
    @NoProjectRole("lists only the projects the caller may see")
    public TemplateInstance list(@RestQuery String deleted) {
        return Templates.list(projects.listProjects(), ProjectForm.empty(), Map.of(), deletedNotice(deleted));
    }

    @POST
    @Path("projects")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NoProjectRole("creates a project, whose editor its creator becomes")
    public RestResponse<TemplateInstance> create(@RestForm String name, @RestForm String sourceLanguage,
                                                 @RestForm String targetLanguage, @RestForm String formKey) {
        try {
            var created = projects.createProject(name, sourceLanguage, targetLanguage, FormKeys.sent(formKey));
            return RestResponse.seeOther(URI.create("/projects/" + created.project().id
                    + (created.before() ? "?again=true" : "")));
        } catch (InvalidInputException e) {
            var form = new ProjectForm(name, sourceLanguage, targetLanguage, formKey);
            return RestResponse.status(RestResponse.Status.BAD_REQUEST,
                    Templates.list(projects.listProjects(), form,
                            Map.of(String.valueOf(e.field()), FormWords.of(e.getMessage())), ""));
        }
    }

    @GET
    @Path("projects/{id}")
    @Requires(on = PROJECT, role = VIEWER)
    public TemplateInstance show(@RestPath long id, @RestQuery String deleted, @RestQuery String again) {
        Project project = granted.project();
        String notice = "true".equals(again) ? "This form was sent before: this is the project it made, not a second"
                + " one. To make another project, open the projects page again." : deletedNotice(deleted);
        return page(project, UploadValues.empty(), Map.of(), notice);
    }

    /** What deleting the project takes with it, and a form that asks for its name (editors). */
    @GET
    @Path("projects/{id}/delete")
    @Requires(on = PROJECT, role = EDITOR)
    public TemplateInstance confirmDelete(@RestPath long id) {
        return deletePage(granted.project(), "");
    }

    @POST
    @Path("projects/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> delete(@RestPath long id, @RestForm String confirmName,
                                                 @RestForm String seen) {
        Project project = granted.project();
        if (confirmName == null || !confirmName.strip().equals(project.name.strip())) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, deletePage(project,
                    "Type the project's name exactly as shown, “" + project.name + "”, to delete it. Nothing was deleted."));
        }
        try {
            // what this page showed is what may go: a document added or reviewed since is not deleted unseen
            projects.deleteProject(id, seen == null ? List.of() : List.of(seen));
        } catch (ProjectChangedException e) {
            return RestResponse.status(RestResponse.Status.CONFLICT, deletePage(project, "Someone changed the project"
                    + " since this page was shown (a document added, reviewed or deleted, or a dictionary): nothing was"
                    + " deleted. Here is what it holds now; type its name again if you still mean to delete it."));
        }
        return RestResponse.seeOther(URI.create("/?deleted=project"));
    }

    private TemplateInstance deletePage(Project project, String error) {
        // taken before what the page shows: a change in between makes the delete refuse, never take more than shown
        String stamp = projects.stamp(project.id);
        List<DocumentSummary> summaries = documents.listDocuments(project.id);
        long pairs = summaries.stream().mapToLong(DocumentSummary::pairs).sum();
        long confirmed = summaries.stream().mapToLong(d -> d.countOf(ReviewStatus.CONFIRMED)).sum();
        long versions = summaries.stream().filter(d -> d.originalId() != null).count();
        // the project's exports hold its target language only: translations into others need their own
        List<DocumentSummary> otherLanguages = summaries.stream()
                .filter(d -> !d.targetLanguage().equals(project.targetLanguage)).toList();
        Map<TermDecision.Decision, Long> terms = this.terms.countDecisions(project.id);
        return Templates.delete(project, summaries, versions, otherLanguages, pairs, confirmed,
                dictionaries.listDictionaries(project.id), terms.get(TermDecision.Decision.ACCEPTED),
                terms.get(TermDecision.Decision.REJECTED), segmentation.findRules(project.id).isPresent(), stamp, error);
    }

    /**
     * Imports the form's document. A browser without JavaScript posts the form and gets a redirect (303) to the
     * document or its import job, or the page again with the errors. With htmx ({@code HX-Request}) the form is sent
     * in the background, so that a refusal leaves the page, and the files chosen in it, as they are: the answer is
     * then only the form's messages (swapped out of band into their places, with a new import key), and a success
     * answers 200 with {@code HX-Redirect} where the plain post would redirect (an XHR would follow a 303 itself).
     *
     * <p>A refusal keeps its true status (400, 409, 413): clients, logs and tests see a refusal as one. htmx does
     * not swap 4xx answers by default; {@code js/upload.js} swaps those marked with {@link #FORM_REFUSAL}, and
     * says something generic about any other failure (a proxy's 413, a lost connection). This was preferred to
     * keeping refused files on the server under a one-time key: nothing of a refused upload is stored, and no
     * size or lifetime limits are needed for files the browser keeps anyway.
     */
    @POST
    @Path("projects/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> upload(@RestPath long id, DocumentUploadForm form,
                                                 @RestForm String importKey, @RestHeader("HX-Request") String htmx) {
        Project project = granted.project();
        try {
            ImportWork work = uploads.work(ProjectLanguages.of(project), form.upload(),
                    new Importer(user.username(), user.address()), Imports.checkKey(importKey));
            Imports.Outcome outcome = imports.submit(work, false);
            String location = outcome instanceof Imports.Queued queued
                    ? "/jobs/" + queued.jobId() : "/documents/" + ((Imports.Stored) outcome).documentId() + "?uploaded=1";
            return "true".equals(htmx) ? RestResponse.ResponseBuilder.<TemplateInstance>ok()
                    .header("HX-Redirect", location).build() : RestResponse.seeOther(URI.create(location));
        } catch (InvalidInputException | PayloadTooLargeException | IdempotencyKeyException e) {
            var values = new UploadValues(form.title, form.sourceText, form.targetText, form.segmentation,
                    form.sourceCharset, form.targetCharset, e instanceof LanguageMismatchException,
                    UUID.randomUUID().toString());
            Map<String, String> errors = Map.of(formField(e), e instanceof IdempotencyKeyException key
                    && key.status() == 422 ? SENT_BEFORE : FormWords.of(e.getMessage()));
            // by number: RestResponse.Status has no 422 (a key reused for other files), fromStatusCode gives null
            int status = refusalStatus(e);
            if ("true".equals(htmx)) {
                return RestResponse.ResponseBuilder.<TemplateInstance>create(status)
                        .entity(Templates.show$refused(values, errors)).header(FORM_REFUSAL, "upload").build();
            }
            return RestResponse.ResponseBuilder.<TemplateInstance>create(status)
                    .entity(page(project, values, errors)).build();
        }
    }

    /**
     * Splits the form's texts into sentences as an upload would, and stores nothing. With htmx the answer is the
     * preview fragment for the form's preview area (a refusal, marked with {@link #FORM_REFUSAL}, says why in the
     * same place); without JavaScript it is the project page with the preview and the form's text fields.
     */
    @POST
    @Path("projects/{id}/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> preview(@RestPath long id, DocumentUploadForm form,
                                                  @RestForm String importKey, @RestHeader("HX-Request") String htmx) {
        Project project = granted.project();
        ImportPreview preview = null;
        RuntimeException refusal = null;
        try {
            preview = uploads.preview(ProjectLanguages.of(project), form.upload());
        } catch (InvalidInputException | PayloadTooLargeException e) {
            refusal = e;
        }
        String error = refusal == null ? null : FormWords.of(refusal.getMessage());
        var status = RestResponse.Status.fromStatusCode(refusal == null ? 200 : refusalStatus(refusal));
        String key = importKey == null || importKey.isBlank() ? UUID.randomUUID().toString() : importKey;
        var values = new UploadValues(form.title, form.sourceText, form.targetText, form.segmentation,
                form.sourceCharset, form.targetCharset, refusal instanceof LanguageMismatchException, key);
        if ("true".equals(htmx)) {
            return refusal == null ? RestResponse.status(status, Templates.show$preview(project, preview, null))
                    : RestResponse.ResponseBuilder.create(status, Templates.show$previewRefused(values, error))
                            .header(FORM_REFUSAL, "preview").build();
        }
        return RestResponse.status(status, page(project, values, Map.of(), "", preview, error));
    }

    /** The header on a refusal meant to be swapped into the form that was sent (see {@code js/upload.js}). */
    static final String FORM_REFUSAL = "Tandem-Form-Refusal";

    /** Where the upload form shows a refusal: beside a side or the segmentation, or on top for the rest. */
    private static String formField(RuntimeException e) {
        String field = e instanceof InvalidInputException invalid && invalid.field() != null
                ? invalid.field().replace("Text", "") : "form";
        return Set.of("source", "target", "segmentation").contains(field) ? field : "form";
    }

    /** A form sent again with other texts: its key is the form's, which the browser's Back button brings back. */
    private static final String SENT_BEFORE = "This form was sent before with other texts (the browser's Back button"
            + " brings a sent form back), so nothing was imported now. Send it again to import these texts as a new"
            + " document.";

    private static int refusalStatus(RuntimeException e) {
        return e instanceof PayloadTooLargeException ? 413
                : e instanceof IdempotencyKeyException conflict ? conflict.status() : 400;
    }

    @POST
    @Path("projects/{id}/dictionaries")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> uploadDictionary(@RestPath long id, DictionaryUploadForm form) {
        Project project = granted.project();
        try {
            dictionaryUploads.upload(ProjectLanguages.of(project), form.upload());
            return RestResponse.seeOther(URI.create("/projects/" + id + "#dictionaries"));
        } catch (InvalidInputException | PayloadTooLargeException e) {
            int status = e instanceof PayloadTooLargeException ? 413 : e instanceof DuplicateDictionaryException ? 409 : 400;
            return RestResponse.status(RestResponse.Status.fromStatusCode(status),
                    page(project, UploadValues.empty(), Map.of("dictionary", FormWords.of(e.getMessage()))));
        }
    }

    /** Which dictionary removing takes away, with its entry count, and the button that does it (editors). */
    @GET
    @Path("projects/{id}/dictionaries/{dictionaryId}/remove")
    @Requires(on = PROJECT, role = EDITOR)
    public TemplateInstance confirmRemoveDictionary(@RestPath long id, @RestPath long dictionaryId) {
        return Templates.removeDictionary(granted.project(), dictionaries.getDictionary(id, dictionaryId));
    }

    @POST
    @Path("projects/{id}/dictionaries/{dictionaryId}/remove")
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<Object> removeDictionary(@RestPath long id, @RestPath long dictionaryId) {
        dictionaries.deleteDictionary(id, dictionaryId);
        return RestResponse.seeOther(URI.create("/projects/" + id + "?deleted=dictionary#dictionaries"));
    }

    @POST
    @Path("projects/{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> addMember(@RestPath long id, @RestForm String username,
                                                    @RestForm String role) {
        try {
            members.put(id, username, role);
            return RestResponse.seeOther(URI.create("/projects/" + id));
        } catch (InvalidInputException e) {
            return memberRefused(400, e);
        } catch (ImpossibleEditException e) {
            return memberRefused(422, e);
        }
    }

    @POST
    @Path("projects/{id}/members/{username}/remove")
    @Requires(on = PROJECT, role = EDITOR)
    public RestResponse<TemplateInstance> removeMember(@RestPath long id, @RestPath String username) {
        try {
            members.remove(id, username);
            return RestResponse.seeOther(URI.create("/projects/" + id));
        } catch (ImpossibleEditException e) {
            return memberRefused(422, e);
        }
    }

    /** The project page again with why a change of its members was refused, next to the members' form. */
    private RestResponse<TemplateInstance> memberRefused(int status, RuntimeException e) {
        return RestResponse.ResponseBuilder.<TemplateInstance>create(status)
                .entity(page(granted.project(), UploadValues.empty(), Map.of("member", FormWords.of(e.getMessage()))))
                .build();
    }

    private TemplateInstance page(Project project, UploadValues values, Map<String, String> errors) {
        return page(project, values, errors, "");
    }

    private TemplateInstance page(Project project, UploadValues values, Map<String, String> errors, String notice) {
        return page(project, values, errors, notice, null, null);
    }

    private TemplateInstance page(Project project, UploadValues values, Map<String, String> errors, String notice,
                                  ImportPreview preview, String previewError) {
        return Templates.show(project, documents.listDocuments(project.id), jobs.listCurrent(project.id), values, errors,
                members.list(project.id), dictionaries.listDictionaries(project.id), access.canEdit(project), notice,
                preview, previewError);
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }
}
