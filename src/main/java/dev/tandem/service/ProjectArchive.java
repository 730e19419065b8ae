// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Dictionary;
import dev.tandem.model.Document;
import dev.tandem.model.Edit;
import dev.tandem.model.EditState;
import dev.tandem.model.LexiconEntry;
import dev.tandem.model.Project;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project archive's format, version 1: a zip of {@code manifest.json}, {@code project.json}, one
 * {@code documents/<n>.json} per document and one {@code dictionaries/<n>.json} per dictionary ({@code n} from 1).
 * A document file is one object whose fields come in this order: {@code document} (its row and both texts),
 * {@code sentences} (both sides, each in key order), {@code pairs} (in key order) and {@code edits} (in the order they
 * were made); a dictionary file holds {@code dictionary}, then {@code entries}. The order lets both sides stream:
 * pairs are checked against the sentences read before them, and nothing is held twice.
 *
 * <p>The rows are the stored columns, so an imported document is the archived one: sparse order keys, statuses,
 * confidences, flags, provenance and the undo history (edits name pairs by position, never by id; {@code id} and
 * {@code targetEdit} of an edit are the archive's own numbers, given new ids on import). Accounts and memberships are
 * the installation's, not the project's: usernames travel only as provenance text.
 */
public final class ProjectArchive {
    public static final String FORMAT = "tandem-project";
    public static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String PROJECT = "project.json";
    static final String DOCUMENTS = "documents/";
    static final String DICTIONARIES = "dictionaries/";
    /** The project's own segmentation rules (SRX 2.0), present only when it has some. */
    static final String SEGMENTATION = "segmentation.srx";
    private static final Pattern NUMBERED = Pattern.compile("(documents|dictionaries)/([1-9][0-9]{0,8})\\.json");

    private ProjectArchive() {
    }

    static String documentEntry(int n) {
        return DOCUMENTS + n + ".json";
    }

    /** The number of a document entry ({@code documents/<n>.json}), which names it in other entries. */
    static int documentNumber(String entry) {
        Matcher numbered = NUMBERED.matcher(entry);
        if (!numbered.matches() || !numbered.group(1).equals("documents")) {
            throw new IllegalArgumentException("not a document entry: " + entry);
        }
        return Integer.parseInt(numbered.group(2));
    }

    static String dictionaryEntry(int n) {
        return DICTIONARIES + n + ".json";
    }

    /** The entries of an archive, numbered files in number order; refuses any entry this format does not have. */
    record Layout(List<String> documents, List<String> dictionaries) {
        static Layout of(List<String> names) {
            var documents = new ArrayList<Integer>();
            var dictionaries = new ArrayList<Integer>();
            for (String name : names) {
                Matcher numbered = NUMBERED.matcher(name);
                if (numbered.matches()) {
                    (numbered.group(1).equals("documents") ? documents : dictionaries)
                            .add(Integer.parseInt(numbered.group(2)));
                } else if (!name.equals(MANIFEST) && !name.equals(PROJECT) && !name.equals(DOCUMENTS)
                        && !name.equals(DICTIONARIES) && !name.equals(SEGMENTATION)) {
                    throw invalid("The archive holds an entry " + name + " that a Tandem project archive has not.");
                }
            }
            // a zip may name an entry twice; each is read once
            return new Layout(documents.stream().distinct().sorted().map(ProjectArchive::documentEntry).toList(),
                    dictionaries.stream().distinct().sorted().map(ProjectArchive::dictionaryEntry).toList());
        }
    }

    public record Manifest(String format, Integer version, OffsetDateTime exportedAt, String tandemVersion) {
        void check() {
            if (!FORMAT.equals(format)) {
                throw invalid(MANIFEST + " names the format \"" + format + "\": not a Tandem project archive (\""
                        + FORMAT + "\").");
            }
            if (version == null || version != VERSION) {
                throw invalid("The archive is of version " + version + " of the format; this Tandem reads version "
                        + VERSION + ". Export it again from a Tandem that writes version " + VERSION + ".");
            }
        }
    }

    public record ProjectPart(String name, String sourceLanguage, String targetLanguage, OffsetDateTime createdAt) {
        static ProjectPart of(Project p) {
            return new ProjectPart(p.name, p.sourceLanguage, p.targetLanguage, p.createdAt);
        }
    }

    public record DocumentPart(String title, String segmentation, long version, String sourceLineBreaks,
                               String targetLineBreaks, double lengthRatio, OffsetDateTime createdAt, String createdBy,
                               OffsetDateTime updatedAt, String sourceText, String targetText,
                               String targetLanguage, Integer original) {
        public DocumentPart {
            if (targetLanguage != null) {
                checkText("document.targetLanguage", targetLanguage, 35, true);
            }
            checkText("document.title", title, 300, true);
            // a title stored before line breaks and controls were refused still archives and restores, made one line
            title = OneLineText.cleaned(title);
            if (title.isEmpty()) {
                title = "Untitled";
            }
            checkText("document.segmentation", segmentation, 10, true);
            checkText("document.sourceLineBreaks", sourceLineBreaks, 16, false);
            checkText("document.targetLineBreaks", targetLineBreaks, 16, false);
            checkText("document.createdBy", createdBy, 64, false);
            checkText("document.sourceText", sourceText, Integer.MAX_VALUE, true);
            checkText("document.targetText", targetText, Integer.MAX_VALUE, true);
            required("document.createdAt", createdAt);
            required("document.updatedAt", updatedAt);
        }

        /** @param original for a version, the archive number of its original's entry; else null */
        static DocumentPart of(Document d, String sourceText, String targetText, Integer original) {
            return new DocumentPart(d.title, d.segmentation, d.version, d.sourceLineBreaks, d.targetLineBreaks,
                    d.lengthRatio, d.createdAt, d.createdBy, d.updatedAt, sourceText, targetText, d.targetLanguage,
                    original);
        }

        /** @param imported the new ids of the documents imported before this one, by archive number */
        Document toDocument(Project project, Map<Integer, Long> imported) {
            var d = new Document();
            d.project = project;
            d.title = title;
            d.segmentation = segmentation;
            // archives written before documents had a language of their own are in the project's
            d.targetLanguage = targetLanguage == null ? project.targetLanguage : targetLanguage;
            if (original != null) {
                d.originalId = imported.get(original);
                if (d.originalId == null) {
                    throw invalid("Document \"" + title + "\" is a version of document " + original + " of the"
                            + " archive, which does not come before it.");
                }
            }
            d.version = version;
            d.sourceLineBreaks = sourceLineBreaks;
            d.targetLineBreaks = targetLineBreaks;
            d.lengthRatio = lengthRatio;
            d.createdAt = createdAt;
            d.createdBy = createdBy;
            d.updatedAt = updatedAt;
            return d;
        }
    }

    public record SentenceRow(Side side, long ord, int paragraph, int start, int end, String text) {
        public SentenceRow {
            required("sentence side", side);
            checkText("sentence text", text, Integer.MAX_VALUE, true);
            if (start < 0 || end < start) {
                throw invalid("A sentence spans [" + start + ", " + end + "): not a span of its text.");
            }
        }

        static SentenceRow of(Sentence s) {
            return new SentenceRow(s.side, s.ord, s.paragraph, s.startOffset, s.endOffset, s.text);
        }

        Sentence toSentence(Document document) {
            var s = new Sentence();
            s.document = document;
            s.side = side;
            s.ord = ord;
            s.paragraph = paragraph;
            s.startOffset = start;
            s.endOffset = end;
            s.text = text;
            return s;
        }
    }

    public record PairRow(long ord, long sourceFrom, long sourceTo, int sourceCount, long targetFrom, long targetTo,
                          int targetCount, ReviewStatus status, Double confidence, int flagMask, String changedBy,
                          OffsetDateTime changedAt) {
        public PairRow {
            required("pair status", status);
            checkText("pair changedBy", changedBy, 64, false);
            if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
                throw invalid("A pair has the confidence " + confidence + ", outside [0, 1].");
            }
        }

        static PairRow of(SentencePair p) {
            return new PairRow(p.ord, p.sourceFrom, p.sourceTo, p.sourceCount, p.targetFrom, p.targetTo, p.targetCount,
                    p.status, p.confidence, p.flagMask, p.changedBy, p.changedAt);
        }

        SentencePair toPair(Document document) {
            var p = new SentencePair();
            p.document = document;
            p.ord = ord;
            p.sourceFrom = sourceFrom;
            p.sourceTo = sourceTo;
            p.sourceCount = sourceCount;
            p.targetFrom = targetFrom;
            p.targetTo = targetTo;
            p.targetCount = targetCount;
            p.status = status;
            p.confidence = confidence;
            p.flagMask = flagMask;
            p.changedBy = changedBy;
            p.changedAt = changedAt;
            return p;
        }
    }

    public record EditRow(long id, long version, String username, OffsetDateTime createdAt, String operation,
                          String params, EditState state, Long targetEdit, String summary, String changeData) {
        public EditRow {
            checkText("edit username", username, 100, true);
            required("edit createdAt", createdAt);
            checkText("edit operation", operation, 30, true);
            checkText("edit params", params, Integer.MAX_VALUE, true);
            required("edit state", state);
            checkText("edit summary", summary, 500, true);
            checkText("edit changeData", changeData, Integer.MAX_VALUE, true);
        }

        static EditRow of(Edit e) {
            return new EditRow(e.id, e.version, e.username, e.createdAt, e.operation, e.params, e.state,
                    e.targetEditId, e.summary, e.changeData);
        }

        /** The row under a new id; {@code targetEditId} is the new id of the edit it names. */
        Edit toEdit(Document document, Long targetEditId) {
            var e = new Edit();
            e.document = document;
            e.version = version;
            e.username = username;
            e.createdAt = createdAt;
            e.operation = operation;
            e.params = params;
            e.state = state;
            e.targetEditId = targetEditId;
            e.summary = summary;
            e.changeData = changeData;
            return e;
        }
    }

    public record DictionaryPart(String format, String origin, int entries, int skipped, boolean reversed,
                                 String uploadedBy, OffsetDateTime uploadedAt) {
        public DictionaryPart {
            checkText("dictionary.format", format, 10, true);
            checkText("dictionary.origin", origin, 200, true);
            checkText("dictionary.uploadedBy", uploadedBy, 64, false);
            required("dictionary.uploadedAt", uploadedAt);
        }

        static DictionaryPart of(Dictionary d) {
            return new DictionaryPart(d.format, d.origin, d.entries, d.skipped, d.reversed, d.uploadedBy,
                    d.uploadedAt);
        }

        Dictionary toDictionary(Project project) {
            var d = new Dictionary();
            d.project = project;
            d.format = format;
            d.origin = origin;
            d.entries = entries;
            d.skipped = skipped;
            d.reversed = reversed;
            d.uploadedBy = uploadedBy;
            d.uploadedAt = uploadedAt;
            return d;
        }
    }

    public record EntryRow(String source, String target) {
        public EntryRow {
            checkText("entry source", source, 200, true);
            checkText("entry target", target, 200, true);
        }

        static EntryRow of(LexiconEntry e) {
            return new EntryRow(e.source, e.target);
        }
    }

    static InvalidInputException invalid(String message) {
        return new InvalidInputException("file", message);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw invalid(field + " is missing.");
        }
    }

    /** What the database would refuse (too long, NUL, a lone surrogate) refused here, as a 400 naming the field. */
    private static void checkText(String field, String value, int maxLength, boolean required) {
        if (required) {
            required(field, value);
        }
        if (value != null && value.length() > maxLength) {
            throw invalid(field + " is longer than " + maxLength + " characters.");
        }
        StoredText.check(field, value);
    }
}
