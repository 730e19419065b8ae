// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.Lexicon;
import dev.tandem.model.LexiconEntry;
import dev.tandem.model.PairStatus;
import dev.tandem.model.Project;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.model.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lexicon a project's alignments use: learned from the pairs its reviewers confirmed (imported
 * translation memories included) and taken from its uploaded dictionaries. So Tandem aligns a project's new
 * documents better the more of its earlier ones were reviewed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectLexicons {
    /** A learned lexicon with what it was learned from: it is learned again only when that changed. */
    private record Learned(long confirmedPairs, long dictionaryEntries, Lexicon lexicon) {
    }

    private final Map<Long, Learned> cache = new ConcurrentHashMap<>();

    public Lexicon forProject(Project project) {
        long confirmed = SentencePair.count("document.project = ?1 and status = ?2", project, PairStatus.CONFIRMED);
        long entries = LexiconEntry.countByProject(project);
        Learned cached = cache.get(project.id);
        if (cached != null && cached.confirmedPairs() == confirmed && cached.dictionaryEntries() == entries) {
            return cached.lexicon();
        }
        Lexicon lexicon = fromConfirmedPairs(project).merge(fromDictionaries(project));
        cache.put(project.id, new Learned(confirmed, entries, lexicon));
        return lexicon;
    }

    /** Drops what was learned for a deleted project. */
    void forget(long projectId) {
        cache.remove(projectId);
    }

    private static Lexicon fromConfirmedPairs(Project project) {
        List<SentencePair> pairs = SentencePair.list("document.project = ?1 and status = ?2 order by document.id, ord",
                project, PairStatus.CONFIRMED);
        if (pairs.isEmpty()) {
            return Lexicon.EMPTY;
        }
        var sources = new ArrayList<String>(pairs.size());
        var targets = new ArrayList<String>(pairs.size());
        Map<Long, NavigableMap<Long, String>> sourceTexts = new HashMap<>();
        Map<Long, NavigableMap<Long, String>> targetTexts = new HashMap<>();
        for (SentencePair pair : pairs) {
            if (pair.sourceCount == 0 || pair.targetCount == 0) {
                continue;
            }
            sources.add(join(texts(sourceTexts, pair, Side.SOURCE), pair.sourceFrom, pair.sourceTo));
            targets.add(join(texts(targetTexts, pair, Side.TARGET), pair.targetFrom, pair.targetTo));
        }
        return Lexicon.learn(sources, targets, project.sourceLanguage, project.targetLanguage);
    }

    /** A document's sentence texts of one side by key. */
    private static NavigableMap<Long, String> texts(Map<Long, NavigableMap<Long, String>> cache, SentencePair pair,
                                                    Side side) {
        return cache.computeIfAbsent(pair.document.id, id -> {
            NavigableMap<Long, String> texts = new TreeMap<>();
            for (Sentence sentence : Sentence.listBySide(pair.document, side)) {
                texts.put(sentence.ord, sentence.text);
            }
            return texts;
        });
    }

    private static String join(NavigableMap<Long, String> texts, long from, long to) {
        return String.join(" ", texts.subMap(from, true, to, false).values());
    }

    private static Lexicon fromDictionaries(Project project) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (LexiconEntry entry : LexiconEntry.listByProject(project)) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(entry.source, entry.target));
        }
        return entries.isEmpty() ? Lexicon.EMPTY
                : Lexicon.fromEntries(entries, project.sourceLanguage, project.targetLanguage);
    }
}
