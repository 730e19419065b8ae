// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.Lexicon;
import dev.tandem.model.Dictionary;
import dev.tandem.model.Document;
import dev.tandem.model.LexiconEntry;
import dev.tandem.model.Project;
import dev.tandem.model.SentencePair;
import dev.tandem.model.TermDecision;
import dev.tandem.review.ReviewStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The word lexicon a project's alignments use: learned from the pairs its reviewers confirmed (imported
 * translation memories included) and taken from its uploaded dictionaries and its accepted terms. So Tandem aligns a project's new
 * documents better the more of its earlier ones were reviewed. A document being aligned into the project also learns
 * from the unreviewed pairs of its other documents ({@link #forAlignment}): the chapters of one book teach each other
 * their names and words before anyone has reviewed them.
 */
@ApplicationScoped
public class ProjectLexicons {
    /**
     * Lexicons of at most this many projects are kept, the least recently used dropped: one with CC-CEDICT holds about
     * 48 MB (README, "Dictionaries"), and a dropped one is only learned again.
     */
    static final int MAX_PROJECTS = 8;

    /**
     * What a project's lexicon is made from, by content: the version of each of its documents (bumped by every write
     * to a document's pairs or sentences, so an edited confirmed pair changes it, not just a new confirmed one) and
     * its dictionaries and accepted terms (a decision's terms never change, so its id stands for them). Equal keys,
     * equal material.
     */
    private record Key(List<Long> documentVersions, List<Long> dictionaries, List<Long> acceptedTerms) {
    }

    /** A part of a project's lexicon with what it was made from: it is made again only when that changed. */
    private record Part<K>(K key, Lexicon lexicon) {
    }

    /**
     * What is learned for one alignment: the confirmed pairs that hold no sentence of the text being aligned (its
     * hash; null: no text, all of them), with {@code unreviewed} also the unreviewed pairs of the documents other than
     * {@code documentId} that hold none either.
     */
    private record Learning(List<Long> documentVersions, boolean unreviewed, Long documentId, Integer textHash) {
    }

    /**
     * At most this many unreviewed pairs are learned from, the most recent documents' first: Model 1 over them takes
     * about a second per 10,000 pairs, paid again whenever one of the project's documents has changed.
     */
    static final int MAX_UNREVIEWED_PAIRS = 10_000;

    /** What a confirmed pairs' lexicon is learned from, read in one transaction. */
    record Material(List<String> sources, List<String> targets, String sourceLanguage, String targetLanguage) {
    }

    /** The confirmed pairs' lexicon (keyed on document versions) and the dictionaries' (on dictionary ids), apart. */
    private final Map<Long, Part<Learning>> learned = Collections.synchronizedMap(lru());
    /** As {@link #learned}, with the other documents' unreviewed pairs: kept apart, so neither use evicts the other. */
    private final Map<Long, Part<Learning>> learnedWithUnreviewed = Collections.synchronizedMap(lru());
    private final Map<Long, Part<List<Long>>> dictionaries = Collections.synchronizedMap(lru());
    /** The dictionaries' lexicon with the accepted terms', keyed on both; a term decided reads no dictionary again. */
    private final Map<Long, Part<Key>> glossaries = Collections.synchronizedMap(lru());

    private static <V> Map<Long, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > MAX_PROJECTS;
            }
        };
    }

    public Lexicon forProject(Project project) {
        return forProject(project.id);
    }

    /**
     * The project's lexicon. Reads what it needs in short transactions of its own (joining the caller's, if there
     * is one) and learns outside them: learning from a large project takes seconds. The two parts are cached apart,
     * so a review edit does not make a project read its dictionaries again, nor a new dictionary relearn its pairs.
     */
    public Lexicon forProject(long projectId) {
        Key key = QuarkusTransaction.joiningExisting().call(() -> key(projectId));
        return learned(new Learning(key.documentVersions(), false, null, null), projectId, null)
                .merge(glossary(projectId, key));
    }

    /**
     * The lexicon to align {@code sourceSentences} with {@code targetSentences} (a stretch realigned, a text sent to
     * {@code /api/align}): {@link #forProject}'s, without the confirmed pairs that hold one of these sentences
     * ({@link TextKeys}: a text learns nothing from its own pairs but to echo them).
     */
    public Lexicon forText(long projectId, List<String> sourceSentences, List<String> targetSentences) {
        Key key = QuarkusTransaction.joiningExisting().call(() -> key(projectId));
        var learning = new Learning(key.documentVersions(), false, null, Objects.hash(sourceSentences, targetSentences));
        return learned(learning, projectId, TextKeys.of(sourceSentences, targetSentences))
                .merge(glossary(projectId, key));
    }

    /**
     * The lexicon to align {@code sourceSentences} with {@code targetSentences} into the project: {@link #forProject}'s,
     * learned also from the unreviewed pairs of the project's other documents. Not from those of document
     * {@code documentId} (the one split again; null for a new one), nor from any pair holding one of these sentences
     * ({@link UnreviewedPairs}): aligned with its own earlier pairs, a text gets them back at confidences near 1,
     * right or wrong (on mac/dev 95 % of pairs at ≥ 0.9 of which 84 % right). Nor from the confirmed pairs that hold one
     * ({@link #forText}).
     */
    public Lexicon forAlignment(long projectId, Long documentId, List<String> sourceSentences,
                                List<String> targetSentences) {
        Key key = QuarkusTransaction.joiningExisting().call(() -> key(projectId));
        var learning = new Learning(key.documentVersions(), true, documentId,
                Objects.hash(sourceSentences, targetSentences));
        return learned(learning, projectId, TextKeys.of(sourceSentences, targetSentences))
                .merge(glossary(projectId, key));
    }

    /** The dictionaries' lexicon and the accepted terms', as one dictionary (the aligner weighs it as such). */
    private Lexicon glossary(long projectId, Key key) {
        Key parts = new Key(List.of(), key.dictionaries(), key.acceptedTerms());
        Part<Key> cached = glossaries.get(projectId);
        if (cached != null && cached.key().equals(parts)) {
            return cached.lexicon();
        }
        Lexicon lexicon = dictionaries(projectId, key.dictionaries());
        if (!key.acceptedTerms().isEmpty()) {
            lexicon = lexicon.merge(Lexicon.fromEntries(QuarkusTransaction.joiningExisting()
                    .call(() -> acceptedTerms(projectId))));
        }
        glossaries.put(projectId, new Part<>(parts, lexicon));
        return lexicon;
    }

    private static List<Map.Entry<String, String>> acceptedTerms(long projectId) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (TermDecision term : TermDecision.listAccepted(projectId)) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(term.source, term.target));
        }
        return entries;
    }

    /** What {@code learning} names, learned; {@code aligned}: the sentences of the text aligned, or null for none. */
    private Lexicon learned(Learning learning, long projectId, TextKeys aligned) {
        Map<Long, Part<Learning>> cache = learning.unreviewed() ? learnedWithUnreviewed : learned;
        Part<Learning> cached = cache.get(projectId);
        if (cached != null && cached.key().equals(learning)) {
            return cached.lexicon();
        }
        // Read after the key: the material is at least as new as the key it is kept under.
        Material material = QuarkusTransaction.joiningExisting().call(() -> {
            Project project = Project.findById(projectId);
            Material confirmed = material(project, aligned);
            return learning.unreviewed() ? UnreviewedPairs.add(confirmed, project, learning.documentId(), aligned)
                    : confirmed;
        });
        Lexicon lexicon = material.sources().isEmpty() ? Lexicon.EMPTY
                : Lexicon.learn(material.sources(), material.targets(), material.sourceLanguage(),
                material.targetLanguage());
        cache.put(projectId, new Part<>(learning, lexicon));
        return lexicon;
    }

    private Lexicon dictionaries(long projectId, List<Long> dictionaryIds) {
        Part<List<Long>> cached = dictionaries.get(projectId);
        if (cached != null && cached.key().equals(dictionaryIds)) {
            return cached.lexicon();
        }
        List<Map.Entry<String, String>> entries = dictionaryIds.isEmpty() ? List.of()
                : QuarkusTransaction.joiningExisting().call(() -> entries(projectId));
        Lexicon lexicon = entries.isEmpty() ? Lexicon.EMPTY : Lexicon.fromEntries(entries);
        dictionaries.put(projectId, new Part<>(dictionaryIds, lexicon));
        return lexicon;
    }

    /** The project's dictionary entries as (source, target) pairs, read as values rather than entities. */
    private static List<Map.Entry<String, String>> entries(long projectId) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (Object[] row : LexiconEntry.getEntityManager().createQuery(
                "select e.source, e.target from LexiconEntry e where e.project.id = ?1", Object[].class)
                .setParameter(1, projectId).getResultList()) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>((String) row[0], (String) row[1]));
        }
        return entries;
    }

    private static Key key(long projectId) {
        if (Project.findById(projectId) == null) {
            throw new NotFoundException("project", projectId);
        }
        List<Long> documentVersions = documentVersions(projectId);
        List<Long> dictionaries = Dictionary.getEntityManager().createQuery(
                "select d.id from Dictionary d where d.project.id = ?1 order by d.id", Long.class)
                .setParameter(1, projectId).getResultList();
        List<Long> acceptedTerms = TermDecision.getEntityManager().createQuery(
                "select t.id from TermDecision t where t.project.id = ?1 and t.decision = ?2 order by t.id", Long.class)
                .setParameter(1, projectId).setParameter(2, TermDecision.Decision.ACCEPTED).getResultList();
        return new Key(documentVersions, dictionaries, acceptedTerms);
    }

    /**
     * The id and version of each document of the project, in id order: every write to a document's pairs or sentences
     * changes it, so what is learned from the pairs is kept under it.
     */
    static List<Long> documentVersions(long projectId) {
        var documentVersions = new ArrayList<Long>();
        for (Object[] row : Document.getEntityManager().createQuery(
                "select d.id, d.version from Document d where d.project.id = ?1 order by d.id", Object[].class)
                .setParameter(1, projectId).getResultList()) {
            documentVersions.add((Long) row[0]);
            documentVersions.add((Long) row[1]);
        }
        return documentVersions;
    }

    /**
     * Keeps what was learned from the project's confirmed pairs across a new version of one of its documents that
     * changed only QA flags ({@link TermFlags}): the material is the same, so deciding a term relearns nothing.
     */
    void flagsChanged(long projectId, long documentId, long from, long to) {
        for (Map<Long, Part<Learning>> cache : List.of(learned, learnedWithUnreviewed)) {
            cache.computeIfPresent(projectId, (id, part) -> {
                List<Long> versions = TermCandidates.carried(part.key().documentVersions(), documentId, from, to);
                return versions == null ? part : new Part<>(new Learning(versions, part.key().unreviewed(),
                        part.key().documentId(), part.key().textHash()), part.lexicon());
            });
        }
    }

    /** Drops what was learned for a deleted project. */
    void forget(long projectId) {
        learned.remove(projectId);
        learnedWithUnreviewed.remove(projectId);
        dictionaries.remove(projectId);
        glossaries.remove(projectId);
    }

    private static Material material(Project project, TextKeys aligned) {
        // versions into another language than the project's would teach it words of the wrong language
        List<SentencePair> pairs = SentencePair.list("document.project = ?1 and status = ?2"
                + " and document.targetLanguage = ?3 order by document.id, ord",
                project, ReviewStatus.CONFIRMED, project.targetLanguage);
        var sources = new ArrayList<String>(pairs.size());
        var targets = new ArrayList<String>(pairs.size());
        for (PairTexts.Texts texts : PairTexts.of(pairs)) {
            if (aligned != null && aligned.holdAny(texts.sourceSentences(), texts.targetSentences())) {
                continue;
            }
            sources.add(texts.source());
            targets.add(texts.target());
        }
        return new Material(sources, targets, project.sourceLanguage, project.targetLanguage);
    }
}
