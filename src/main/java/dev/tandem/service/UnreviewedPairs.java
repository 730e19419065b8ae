// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.Project;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The unreviewed pairs of a project's documents that a new alignment may learn from (see
 * {@link ProjectLexicons#forAlignment}): those of other documents into the project's target language, the most recent
 * documents' first, up to {@link ProjectLexicons#MAX_UNREVIEWED_PAIRS}, leaving out every pair with a sentence of the
 * text being aligned, on either side. Sentences are compared by their letters and digits alone, so the same chapter
 * uploaded again with its punctuation or spacing touched up is still the same text.
 */
public final class UnreviewedPairs {
    private UnreviewedPairs() {
    }

    /** {@code confirmed} with the unreviewed pairs added; in the caller's transaction. */
    static ProjectLexicons.Material add(ProjectLexicons.Material confirmed, Project project, Long documentId,
                                       TextKeys aligned) {
        var sources = new ArrayList<>(confirmed.sources());
        var targets = new ArrayList<>(confirmed.targets());
        int taken = 0;
        for (Document other : Document.<Document>list("project = ?1 and targetLanguage = ?2 order by id desc",
                project, project.targetLanguage)) {
            if (taken >= ProjectLexicons.MAX_UNREVIEWED_PAIRS) {
                break;
            }
            if (Objects.equals(other.id, documentId)) {
                continue;
            }
            NavigableMap<Long, String> otherSource = texts(other, Side.SOURCE);
            NavigableMap<Long, String> otherTarget = texts(other, Side.TARGET);
            for (SentencePair pair : SentencePair.<SentencePair>list("document = ?1 and status = ?2 order by ord",
                    other, ReviewStatus.AUTO)) {
                if (pair.sourceCount == 0 || pair.targetCount == 0) {
                    continue;
                }
                Collection<String> pairSource = otherSource.subMap(pair.sourceFrom, true, pair.sourceTo, false).values();
                Collection<String> pairTarget = otherTarget.subMap(pair.targetFrom, true, pair.targetTo, false).values();
                // an earlier alignment of a sentence being aligned would only be repeated, with unearned confidence
                if (aligned.holdAny(pairSource, pairTarget)) {
                    continue;
                }
                if (taken++ >= ProjectLexicons.MAX_UNREVIEWED_PAIRS) {
                    break;
                }
                sources.add(String.join(" ", pairSource));
                targets.add(String.join(" ", pairTarget));
            }
        }
        return new ProjectLexicons.Material(sources, targets, confirmed.sourceLanguage(), confirmed.targetLanguage());
    }

    private static NavigableMap<Long, String> texts(Document document, Side side) {
        NavigableMap<Long, String> texts = new TreeMap<>();
        for (Sentence sentence : Sentence.listBySide(document, side)) {
            texts.put(sentence.ord, sentence.text);
        }
        return texts;
    }
}
