// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.AlignmentProgress;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentText;
import dev.tandem.model.Edit;
import dev.tandem.model.Project;
import dev.tandem.model.SentencePair;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import dev.tandem.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After a project's segmentation rules change, splits its documents again with them and realigns them: those
 * imported from plain text with {@code segmentation=auto} that nobody has reviewed (no confirmed or rejected pair, no
 * edit). Reviewed documents keep their sentences unless the caller asks for all. A document that has translations
 * added to it (versions) keeps its sentences always, since they are the versions' too. Runs in the request, a
 * document at a time (texts read, split and aligned outside any transaction, stored in a short one), at most
 * {@link #MAX_DOCUMENTS} documents and {@link #MAX_CHARACTERS} characters per change.
 */
@ApplicationScoped
public class Resegmentation {
    static final int MAX_DOCUMENTS = 50;
    static final long MAX_CHARACTERS = 5_000_000;

    @Inject
    ImportPreparation preparation;

    @Inject
    DocumentStore store;

    @Inject
    CurrentUser user;

    /** A document split again. */
    public record DocumentRef(long id, String title) {
    }

    /** A document that kept its sentences, and why. */
    public record KeptDocument(long id, String title, String reason) {
    }

    /**
     * What a change of rules did.
     *
     * @param rules         {@code project} (its own rules now) or {@code built-in}
     * @param languageRules how many language rules the project's SRX holds (0 for the built-in rules)
     * @param resegmented   documents split again and realigned
     * @param kept          documents imported with {@code auto} that kept their sentences
     * @param message       the same in a sentence, for people
     */
    public record Outcome(String rules, int languageRules, List<DocumentRef> resegmented, List<KeptDocument> kept,
                          String message) {
    }

    /**
     * A reviewed document that splitting "all" would split again, with what it would lose.
     *
     * @param version   the document's version now: splitting goes ahead only while it is still this one
     * @param confirmed confirmed pairs (aligned afresh, they become unreviewed)
     * @param reviewed  confirmed and rejected pairs
     * @param edits     entries of its history (deleted, so nothing can be undone)
     */
    public record ReviewedDocument(long id, String title, long version, long confirmed, long reviewed, long edits) {
        public long rejected() {
            return reviewed - confirmed;
        }
    }

    private record Candidate(long id, String title, long version, ProjectLanguages project) {
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Outcome resegment(long projectId, boolean all, int languageRules) {
        return resegment(projectId, all, languageRules, Map.of());
    }

    /** The documents that splitting "all" would split although people reviewed them, in project order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewedDocument> listReviewed(long projectId) {
        List<ReviewedDocument> reviewed = new ArrayList<>();
        for (Document document : Document.listByProject(Project.findById(projectId))) {
            if (splitsAutomatically(document) && Document.listVersionsOf(document.id).isEmpty()) {
                long pairs = SentencePair.count("document = ?1 and status <> ?2", document, ReviewStatus.AUTO);
                long edits = Edit.count("document", document);
                if (pairs > 0 || edits > 0) {
                    long confirmed = SentencePair.count("document = ?1 and status = ?2", document,
                            ReviewStatus.CONFIRMED);
                    reviewed.add(new ReviewedDocument(document.id, document.title, document.version, confirmed, pairs,
                            edits));
                }
            }
        }
        return reviewed;
    }

    /**
     * Splits every document again, the reviewed ones included, if these are still exactly the documents and versions
     * {@code seen} (id to version) that a person was shown and agreed to lose the reviews of; empty otherwise.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Outcome> resegmentReviewed(long projectId, Map<Long, Long> seen, int languageRules) {
        List<ReviewedDocument> now = QuarkusTransaction.requiringNew().call(() -> listReviewed(projectId));
        boolean changed = now.size() != seen.size()
                || now.stream().anyMatch(d -> !Long.valueOf(d.version()).equals(seen.get(d.id())));
        if (changed) {
            return Optional.empty();
        }
        return Optional.of(resegment(projectId, true, languageRules, seen));
    }

    /** @param seen versions a person confirmed: a document changed since is kept (its version no longer matches) */
    private Outcome resegment(long projectId, boolean all, int languageRules, Map<Long, Long> seen) {
        List<DocumentRef> done = new ArrayList<>();
        List<KeptDocument> kept = new ArrayList<>();
        List<Candidate> candidates = QuarkusTransaction.requiringNew().call(() -> candidates(projectId, all, kept));
        var importer = new Importer(user.username(), user.address());
        long characters = 0;
        for (Candidate candidate : candidates) {
            if (done.size() >= MAX_DOCUMENTS || characters >= MAX_CHARACTERS) {
                kept.add(new KeptDocument(candidate.id(), candidate.title(), "over the limit of " + MAX_DOCUMENTS
                        + " documents or " + MAX_CHARACTERS + " characters split again per change: import it again"));
                continue;
            }
            String[] texts = QuarkusTransaction.requiringNew().call(() -> texts(candidate.id()));
            characters += texts[0].length() + texts[1].length();
            var input = new ImportPreparation.TextImport(candidate.project(), candidate.title(), texts[0], texts[1],
                    Segmentation.AUTO);
            PreparedImport prepared;
            try {
                prepared = preparation.prepare(input, candidate.id(), AlignmentProgress.NONE);
            } catch (InvalidInputException e) { // a rule that runs away on this text: the document stays as it was
                kept.add(new KeptDocument(candidate.id(), candidate.title(), "could not be split: " + e.getMessage()));
                continue;
            }
            boolean stored = QuarkusTransaction.requiringNew().call(
                    () -> store.replaceContent(candidate.id(), seen.getOrDefault(candidate.id(), candidate.version()),
                            prepared, importer));
            if (stored) {
                done.add(new DocumentRef(candidate.id(), candidate.title()));
            } else {
                kept.add(new KeptDocument(candidate.id(), candidate.title(), "changed while it was split again"));
            }
        }
        String message = done.size() + " document" + (done.size() == 1 ? "" : "s") + " re-segmented, " + kept.size()
                + " kept" + (kept.isEmpty() ? "." : ": " + String.join("; ",
                kept.stream().map(k -> "\"" + k.title() + "\" (" + k.reason() + ")").toList()) + ".");
        return new Outcome(languageRules > 0 ? "project" : "built-in", languageRules, done, kept, message);
    }

    private static List<Candidate> candidates(long projectId, boolean all, List<KeptDocument> kept) {
        Project project = Project.findById(projectId);
        List<Candidate> candidates = new ArrayList<>();
        for (Document document : Document.listByProject(project)) {
            if (!splitsAutomatically(document)) {
                continue; // versions follow their original's sentences; bilingual files and lines keep theirs
            }
            String reason = null;
            if (!Document.listVersionsOf(document.id).isEmpty()) {
                reason = "translations were added to it, which share its sentences";
            } else if (!all) {
                long reviewed = SentencePair.count("document = ?1 and status <> ?2", document, ReviewStatus.AUTO);
                long edits = Edit.count("document", document);
                if (reviewed > 0) {
                    reason = reviewed + " reviewed pair" + (reviewed == 1 ? "" : "s");
                } else if (edits > 0) {
                    reason = edits + " edit" + (edits == 1 ? "" : "s");
                }
            }
            if (reason != null) {
                kept.add(new KeptDocument(document.id, document.title, reason));
            } else {
                candidates.add(new Candidate(document.id, document.title, document.version,
                        new ProjectLanguages(project.id, project.sourceLanguage, document.targetLanguage)));
            }
        }
        return candidates;
    }

    private static boolean splitsAutomatically(Document document) {
        return document.originalId == null && Segmentation.AUTO.wireName().equals(document.segmentation);
    }

    private static String[] texts(long documentId) {
        Document document = Document.findById(documentId);
        return new String[] {DocumentText.textOf(document, Side.SOURCE).orElse(""),
                DocumentText.textOf(document, Side.TARGET).orElse("")};
    }
}
