// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Project;
import dev.tandem.model.Sentence;
import dev.tandem.model.SentencePair;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import dev.tandem.terms.TermCandidate;
import dev.tandem.terms.TermExtractor;
import dev.tandem.terms.TermUnit;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The term candidates of a project, found in the pairs of its documents translated into its target language: its
 * confirmed pairs and the unreviewed ones "confirm confident" would
 * confirm ({@link ConfidentPairs}: a confidence of 0.9 or more and no QA flag; 97–99 % of them are right on the test
 * sets). Those count too because a project's term list is most useful early, before much is confirmed, and a candidate
 * is a suggestion a translator still accepts or rejects. Found again only when a document of the project changed
 * (they are kept under the documents' versions, as {@link ProjectLexicons} keeps what it learns); a candidate's id
 * depends on its terms alone, so it is the same after, and the decisions stored under it apply again. Finding them takes
 * seconds for a project of 10,000 pairs, so it runs on a thread of its own: the API waits for it ({@link #forProject}),
 * the page shows how far it got ({@link #ifFound}, {@link #progress}); requests for the same content share one finding.
 */
@ApplicationScoped
public class TermCandidates {
    /** Projects whose candidates are kept, the least recently used dropped. */
    static final int MAX_PROJECTS = 8;

    /**
     * A project's candidates, with the document each example pair belongs to, and how many of its pairs they were
     * found in ({@code pairsRead}) of how many count ({@code pairs}): fewer when the extractor sampled a large project.
     */
    public record Found(List<TermCandidate> candidates, Map<Long, Long> documentOfPair, int pairsRead, int pairs) {
        public boolean sampled() {
            return pairsRead < pairs;
        }
    }

    private record Part(List<Long> documentVersions, Found found) {
    }

    /** Candidates being found for the project at these document versions, and the share done. */
    private record Finding(List<Long> documentVersions, CompletableFuture<Found> result, AtomicLong progressBits) {
        double progress() {
            return Double.longBitsToDouble(progressBits.get());
        }
    }

    private final Map<Long, Part> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Part> eldest) {
            return size() > MAX_PROJECTS;
        }
    });

    private final Map<Long, Finding> running = new ConcurrentHashMap<>();

    /** Finds one project's candidates at a time: it is CPU-bound, and the machine serves requests meanwhile. */
    private ExecutorService finder;

    @PostConstruct
    void start() {
        finder = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "tandem-term-candidates");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        finder.shutdownNow();
    }

    /**
     * The project's candidates, waiting while they are found (on the finder's thread, joining a finding already under
     * way). Reads in short transactions (joining the caller's).
     */
    public Found forProject(long projectId) {
        List<Long> versions = versions(projectId);
        Part cached = cache.get(projectId);
        if (cached != null && cached.documentVersions().equals(versions)) {
            return cached.found();
        }
        return outcome(projectId, finding(projectId, versions));
    }

    /**
     * The project's candidates if they are found for its documents as they are now; otherwise empty, and they are
     * being found in the background ({@link #progress}).
     */
    public Optional<Found> ifFound(long projectId) {
        List<Long> versions = versions(projectId);
        Part cached = cache.get(projectId);
        if (cached != null && cached.documentVersions().equals(versions)) {
            return Optional.of(cached.found());
        }
        Finding finding = finding(projectId, versions);
        return finding.result().isDone() ? Optional.of(outcome(projectId, finding)) : Optional.empty();
    }

    /** The share of the project's candidates found, in [0, 1]; 1 when nothing is being found. */
    public double progress(long projectId) {
        Finding finding = running.get(projectId);
        return finding == null ? 1 : finding.progress();
    }

    private static List<Long> versions(long projectId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (Project.findById(projectId) == null) {
                throw new NotFoundException("project", projectId);
            }
            return ProjectLexicons.documentVersions(projectId);
        });
    }

    /**
     * The finding for the project at {@code versions}: the one under way (or failed, not yet answered) for them, else
     * a new one.
     */
    private Finding finding(long projectId, List<Long> versions) {
        return running.compute(projectId, (id, current) -> {
            if (current != null && current.documentVersions().equals(versions)) {
                return current;
            }
            Finding started = new Finding(versions, new CompletableFuture<>(), new AtomicLong(0));
            finder.execute(() -> find(projectId, started));
            return started;
        });
    }

    /** What the finding found, or what went wrong thrown (once: the next request finds them again). */
    private Found outcome(long projectId, Finding finding) {
        try {
            return finding.result().join();
        } catch (CompletionException e) {
            running.remove(projectId, finding);
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void find(long projectId, Finding finding) {
        try {
            long start = System.nanoTime();
            Map<Long, Long> documentOfPair = new HashMap<>();
            Project[] project = new Project[1];
            List<TermUnit> units = QuarkusTransaction.requiringNew().call(() -> {
                project[0] = Project.findById(projectId);
                return units(project[0], documentOfPair);
            });
            long read = System.nanoTime();
            TermExtractor.Settings settings = TermExtractor.Settings.DEFAULTS;
            List<TermCandidate> candidates = TermExtractor.extract(units, project[0].sourceLanguage,
                    project[0].targetLanguage, settings,
                    fraction -> finding.progressBits().set(Double.doubleToLongBits(fraction)));
            Map<Long, Long> examples = new HashMap<>();
            for (TermCandidate candidate : candidates) {
                candidate.examples().forEach(pair -> examples.put(pair, documentOfPair.get(pair)));
            }
            Found found = new Found(candidates, Map.copyOf(examples), settings.unitsRead(units.size()), units.size());
            cache.put(projectId, new Part(finding.documentVersions(), found));
            Log.debugf("term candidates of project %d: %d pairs read in %.1f s, %d candidates found in %.1f s",
                    projectId, units.size(), (read - start) / 1e9, candidates.size(), (System.nanoTime() - read) / 1e9);
            running.remove(projectId, finding);
            finding.result().complete(found);
        } catch (RuntimeException | Error e) {
            finding.result().completeExceptionally(e); // kept in running until a request hears of it
        }
    }

    /**
     * Keeps the project's candidates across a new version of one of its documents that changed only the
     * {@code term} flags ({@link TermFlags}): the confirmed pairs are the same, so deciding a term does not make the
     * next list find them all again. (An unreviewed pair newly flagged would no longer count; the next real change
     * of the document finds the candidates again.)
     */
    void flagsChanged(long projectId, long documentId, long from, long to) {
        cache.computeIfPresent(projectId, (id, part) -> {
            List<Long> versions = carried(part.documentVersions(), documentId, from, to);
            return versions == null ? part : new Part(versions, part.found());
        });
    }

    /**
     * {@code documentVersions} (id, version, id, version, …; see {@link ProjectLexicons#documentVersions}) with document
     * {@code documentId} at {@code to} instead of {@code from}; null when it was not at {@code from}.
     */
    static List<Long> carried(List<Long> documentVersions, long documentId, long from, long to) {
        List<Long> versions = new ArrayList<>(documentVersions);
        for (int i = 0; i + 1 < versions.size(); i += 2) {
            if (versions.get(i) == documentId && versions.get(i + 1) == from) {
                versions.set(i + 1, to);
                return List.copyOf(versions);
            }
        }
        return null;
    }

    /** Drops what was found for a deleted project. */
    void forget(long projectId) {
        cache.remove(projectId);
    }

    /**
     * The pairs to find candidates in, with sentences on both sides, in document order. Read as values, not entities:
     * a project's pairs and sentences as entities take seconds more to load than their columns.
     */
    private static List<TermUnit> units(Project project, Map<Long, Long> documentOfPair) {
        var pairs = SentencePair.getEntityManager().createQuery("select p.id, p.document.id, p.sourceFrom, p.sourceTo,"
                + " p.targetFrom, p.targetTo from SentencePair p where p.document.project = :project"
                + " and p.document.targetLanguage = :language and p.sourceCount > 0 and p.targetCount > 0"
                + " and (p.status = :confirmed or (" + ConfidentPairs.condition("p") + "))"
                + " order by p.document.id, p.ord", Object[].class)
                .setParameter("project", project).setParameter("language", project.targetLanguage)
                .setParameter("confirmed", ReviewStatus.CONFIRMED);
        ConfidentPairs.parameters(ReviewService.DEFAULT_CONFIDENT).forEach(pairs::setParameter);
        Map<Long, NavigableMap<Long, String>> sources = new HashMap<>();
        Map<Long, NavigableMap<Long, String>> targets = new HashMap<>();
        for (Object[] row : Sentence.getEntityManager().createQuery("select s.document.id, s.side, s.ord, s.text"
                        + " from Sentence s where s.document.project = :project"
                        + " and s.document.targetLanguage = :language", Object[].class)
                .setParameter("project", project).setParameter("language", project.targetLanguage).getResultList()) {
            (row[1] == Side.SOURCE ? sources : targets).computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                    .put((Long) row[2], (String) row[3]);
        }
        List<TermUnit> units = new ArrayList<>();
        for (Object[] row : pairs.getResultList()) {
            long pair = (Long) row[0];
            long document = (Long) row[1];
            units.add(new TermUnit(pair, join(sources.get(document), (Long) row[2], (Long) row[3]),
                    join(targets.get(document), (Long) row[4], (Long) row[5])));
            documentOfPair.put(pair, document);
        }
        return units;
    }

    /** The sentences of {@code from} (inclusive) to {@code to} (exclusive) joined with spaces, as PairTexts does. */
    private static String join(NavigableMap<Long, String> sentences, long from, long to) {
        return sentences == null ? "" : String.join(" ", sentences.subMap(from, true, to, false).values());
    }
}
