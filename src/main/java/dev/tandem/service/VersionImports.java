// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.FileFormat;
import dev.tandem.formats.LanguageTags;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentText;
import dev.tandem.model.Sentence;
import dev.tandem.review.Side;
import dev.tandem.segment.Segment;
import dev.tandem.service.ImportPreparation.Original;
import dev.tandem.service.ImportPreparation.TextImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds a further translation (a version) to a document's original: the translation is read and checked like a
 * document's target, then aligned to the original's sentences and stored as a document of its own that names the
 * original ({@link Document#originalId}), through the same import path as any document (background job, idempotency).
 */
@ApplicationScoped
public class VersionImports {
    @Inject
    DocumentUploads uploads;

    @Inject
    ImportPreparation preparation;

    @Inject
    ImportLanguages languages;

    /** Everything that can fail at once fails here; the work aligns and stores the version when it runs. */
    public ImportWork work(long documentId, VersionUpload form, Importer importer, String key) {
        String language = languageOf(form.targetLanguage());
        DocumentUploads.checkCharset("targetCharset", form.targetCharset());
        Original original = original(documentId, language);
        var project = new ProjectLanguages(original.project().id(), original.project().sourceLanguage(), language);
        FileFormat format = uploads.formatOf("target", form.target());
        if (format != null && format.bilingual()) {
            throw new InvalidInputException("target", "The target file is a bilingual " + format + " file: a version"
                    + " is the translation alone, as text, HTML or DOCX.");
        }
        String text = uploads.text("target", form.target(), format, form.targetText(), form.targetCharset(), language,
                Segmentation.parse(form.segmentation()));
        try {
            languages.checkVersion(project, form.languageCheck(), format != null ? "target" : "targetText", text);
        } catch (LanguageMismatchException e) {
            throw DeclaredCharsets.blame(e, "target", form.target(), format, "targetCharset", form.targetCharset(),
                    language);
        }
        String title = form.title() == null || form.title().isBlank() ? original.title() + " (" + language + ")"
                : form.title();
        TextImport texts = preparation.checkTexts(project, new DocumentInput(title, original.sourceText(), text,
                form.segmentation()));
        return new ImportWork(project, texts.title(), importer, key,
                Imports.fingerprint("version", documentId, language, texts.title(), texts.segmentation(), text),
                texts.characters(), "text", progress -> preparation.prepareVersion(texts, original, progress));
    }

    private static String languageOf(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException("targetLanguage", "targetLanguage is missing: give the translation's"
                    + " language as a BCP 47 tag, e.g. fr, de or pt-BR.");
        }
        String language = tag.strip();
        try {
            LanguageTags.requireWellFormed(language, "targetLanguage");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("targetLanguage", "targetLanguage '" + language + "' is not a language"
                    + " tag: use a BCP 47 tag such as fr, de or pt-BR.");
        }
        return language;
    }

    /** The original's text and sentences as they are now, read in one short transaction. */
    @Transactional
    Original original(long documentId, String language) {
        Document document = Document.findById(documentId);
        if (document == null) {
            throw new NotFoundException("document", documentId);
        }
        if (document.originalId != null) {
            throw new InvalidInputException("document", "Document " + documentId + " is itself a version of document "
                    + document.originalId + ": add further translations to the original, document "
                    + document.originalId + ".");
        }
        String sourceLanguage = document.project.sourceLanguage;
        if (language.toLowerCase(Locale.ROOT).equals(sourceLanguage.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("targetLanguage", "targetLanguage " + language + " is the original's"
                    + " language: a version is a translation into another language.");
        }
        List<Sentence> sentences = Sentence.listBySide(document, Side.SOURCE);
        var segments = new ArrayList<Segment>(sentences.size());
        var texts = new ArrayList<String>(sentences.size());
        for (Sentence sentence : sentences) {
            segments.add(new Segment(sentence.startOffset, sentence.endOffset, sentence.paragraph));
            texts.add(sentence.text);
        }
        return new Original(document.id, ProjectLanguages.of(document.project), document.title,
                DocumentText.textOf(document, Side.SOURCE).orElse(""), segments, texts, document.sourceLineBreaks);
    }

    /**
     * Called as the version is stored: the original must still be there with the very sentences the version was
     * aligned to, and stays so until the version is committed (its row is locked).
     */
    static void requireOriginalAsAligned(long originalId, List<String> sentences) {
        Document original = Document.lockForEdit(originalId);
        if (original == null) {
            throw new NotFoundException("document", originalId);
        }
        List<String> now = Sentence.listBySide(original, Side.SOURCE).stream().map(s -> s.text).toList();
        if (!now.equals(sentences)) {
            throw new ImpossibleEditException("document", "The original's sentences (document " + originalId
                    + ") changed while the new translation was being aligned to them; nothing was stored. Add the"
                    + " translation again.");
        }
    }
}
