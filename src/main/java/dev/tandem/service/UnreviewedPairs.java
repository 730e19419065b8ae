// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.Project;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The unreviewed pairs of a project's documents that a new alignment may learn from (see
 * {@link ProjectLexicons#forAlignment}): those of other documents into the project's target language, the most recent
 * documents' first, up to {@link ProjectLexicons#MAX_UNREVIEWED_PAIRS}, leaving out documents that share the text being
 * aligned.
 */
final class UnreviewedPairs {
    private UnreviewedPairs() {
    }

    /** {@code confirmed} with the unreviewed pairs added; in the caller's transaction. */
    static ProjectLexicons.Material add(ProjectLexicons.Material confirmed, Project project, Long documentId,
                                       List<String> sourceSentences) {
        Set<String> aligned = new HashSet<>();
        for (String sentence : sourceSentences) {
            aligned.add(sentence.strip());
        }
        var sources = new ArrayList<>(confirmed.sources());
        var targets = new ArrayList<>(confirmed.targets());
        int taken = 0;
        for (Document other : Document.<Document>list("project = ?1 and targetLanguage = ?2 order by id desc",
                project, project.targetLanguage)) {
            if (taken >= ProjectLexicons.MAX_UNREVIEWED_PAIRS) {
                break;
            }
            if (Objects.equals(other.id, documentId) || sharesText(other, aligned)) {
                continue;
            }
            List<SentencePair> pairs = SentencePair.list("document = ?1 and status = ?2 order by ord", other,
                    ReviewStatus.AUTO);
            for (PairTexts.Texts texts : PairTexts.of(pairs)) {
                if (taken++ >= ProjectLexicons.MAX_UNREVIEWED_PAIRS) {
                    break;
                }
                sources.add(texts.source());
                targets.add(texts.target());
            }
        }
        return new ProjectLexicons.Material(sources, targets, confirmed.sourceLanguage(), confirmed.targetLanguage());
    }

    /**
     * Whether the document and the text being aligned share at least {@link ProjectLexicons#SHARED_TEXT} of the
     * sentences of the shorter of them: an earlier upload of the same chapter, a book holding the chapter, a chapter
     * of the book being aligned.
     */
    private static boolean sharesText(Document document, Set<String> aligned) {
        List<Sentence> sentences = Sentence.listBySide(document, Side.SOURCE);
        long shared = sentences.stream().filter(sentence -> aligned.contains(sentence.text.strip())).count();
        int shorter = Math.min(sentences.size(), aligned.size());
        return shorter > 0 && shared >= ProjectLexicons.SHARED_TEXT * shorter;
    }
}
