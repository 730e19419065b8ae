// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.SentencePair;
import dev.tandem.model.TermDecision;
import dev.tandem.review.QaCode;
import dev.tandem.review.TermCheck;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The {@code term} QA flag of a project's pairs ({@link TermCheck}): set when pairs are stored or edited like the other
 * flags, and brought up to date for every pair of the project when a term is accepted or rejected. That costs a read
 * of all the project's pairs and sentences, document by document, each in its own short transaction under the
 * document's write lock; a document whose flags changed gets a new version (its counts and caches are kept per
 * version), with no entry in its history, as no text or status changed.
 */
@ApplicationScoped
public class TermFlags {
    @Inject
    TermFlags self;

    @Inject
    TermCandidates candidates;

    @Inject
    ProjectLexicons lexicons;

    /**
     * The check of the accepted terms of the document's project, read in the caller's transaction; none for a
     * translation into another language than the project's (a further version of an original).
     */
    static TermCheck checkOf(Document document) {
        return document.targetLanguage.equals(document.project.targetLanguage) ? checkOf(document.project.id)
                : TermCheck.NONE;
    }

    private static TermCheck checkOf(long projectId) {
        return new TermCheck(TermDecision.listAccepted(projectId).stream()
                .map(term -> new TermCheck.Term(term.source, term.target)).toList());
    }

    /** Sets the {@code term} flag of every pair of the project as its accepted terms now say. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void refresh(long projectId) {
        List<Long> documents = QuarkusTransaction.requiringNew().call(() -> Document.getEntityManager()
                .createQuery("select d.id from Document d where d.project.id = ?1 and d.targetLanguage ="
                        + " d.project.targetLanguage order by d.id", Long.class)
                .setParameter(1, projectId).getResultList());
        for (long documentId : documents) {
            long[] versions = self.refreshDocument(documentId, projectId);
            if (versions[0] != versions[1]) {
                candidates.flagsChanged(projectId, documentId, versions[0], versions[1]);
                lexicons.flagsChanged(projectId, documentId, versions[0], versions[1]);
            }
        }
    }

    /** Sets the {@code term} flag of the document's pairs; returns its version before and after. */
    @OneWriterPerDocument
    @Transactional
    long[] refreshDocument(Long documentId, long projectId) {
        Document document = Document.lockForEdit(documentId);
        if (document == null) {
            return new long[2]; // deleted meanwhile
        }
        long before = document.version;
        TermCheck check = checkOf(projectId);
        int changed = 0;
        for (PairTexts.Texts texts : PairTexts.of(SentencePair.listAllOf(document))) {
            SentencePair pair = texts.pair();
            int bit = check.missing(texts.source(), texts.target()).isPresent() ? QaCode.TERM.bit() : 0;
            if ((pair.flagMask & QaCode.TERM.bit()) != bit) {
                pair.flagMask = pair.flagMask & ~QaCode.TERM.bit() | bit;
                changed++;
            }
        }
        if (changed > 0) {
            document.version++;
            document.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return new long[] {before, document.version};
    }
}
