// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import dev.tandem.model.ProjectRole;
import dev.tandem.search.DocumentMark;
import dev.tandem.search.IndexedPair;
import dev.tandem.search.PairHit;
import dev.tandem.search.PairIndex;
import dev.tandem.search.SearchRequest;
import dev.tandem.search.SearchResult;
import dev.tandem.security.CurrentUser;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The concordance: searches the pairs a user may see in a Lucene index ({@link PairIndex}) that this instance keeps
 * in {@code <data-dir>/search-index} (in memory for an in-memory database).
 *
 * <p>The index is a copy, and other instances on the same database change the documents behind it. So before each
 * search, one statement reads the version of every document the search covers; documents whose version (or creation
 * time, project or languages) differ from what the index holds are indexed again, new ones added, deleted ones
 * removed, and only then does the search run: it sees every edit committed before it began, through any instance.
 * Re-indexing runs one document at a time under one lock: a search that needs no re-indexing never waits for it, and
 * one that does waits for as long as its documents take (15–20 s per 100,000 pairs on a loaded 2-core machine;
 * README, "Concordance").
 */
@ApplicationScoped
public class Concordance {
    @Inject
    TandemConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Inject
    ConcordanceReader reader;

    @Inject
    ProjectAccess access;

    @Inject
    CurrentUser user;

    private final ReentrantLock writing = new ReentrantLock();
    private volatile PairIndex index;
    /** Projects with documents imported since the background indexing last looked; guarded by itself. */
    private final Set<Long> importedInto = new HashSet<>();
    private ExecutorService indexer;
    private volatile boolean closing;

    /**
     * Brings a kept index up to date in the background as the server starts, so that the first search after a
     * restart (or on a new instance, whose index is empty) does not index every document first
     * ({@code tandem.search.warm-up}).
     */
    void onStart(@Observes StartupEvent event) {
        if (!config.search().warmUp()) {
            return;
        }
        var warmUp = new Thread(() -> {
            long started = System.nanoTime();
            try {
                catchUp(index(), null, null);
                Log.infof("Concordance: index up to date with %d documents in %d ms", index().marks().size(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                if (closing) {
                    // a start that failed (a refused setting) or a stop came during the warm-up: nothing is wrong
                    Log.debugf("Concordance: warm-up stopped as Tandem stops (%s)", e);
                } else {
                    // The first search catches up instead.
                    Log.warnf(e, "Concordance: bringing the index up to date at start failed");
                }
            }
        }, "concordance-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * Indexes a newly imported document in the background, after its import commits, so that the first search after
     * an import does not index it first (7–10 s after a batch import of 40 documents). Imports that come together
     * (a batch) are indexed together. Edits are not indexed ahead: a document under review changes every few seconds,
     * and the next search indexes what changed. Off with {@code tandem.search.warm-up=false}.
     */
    void afterImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentImported imported) {
        if (!config.search().warmUp()) {
            return;
        }
        synchronized (importedInto) {
            if (!importedInto.add(imported.projectId()) || importedInto.size() > 1) {
                return; // a task is waiting already and will see this project too
            }
            if (indexer == null) {
                indexer = Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "concordance-after-import");
                    thread.setDaemon(true);
                    thread.setPriority(Thread.NORM_PRIORITY - 1);
                    return thread;
                });
            }
            try {
                indexer.execute(this::indexImported);
            } catch (RejectedExecutionException e) {
                importedInto.clear(); // shutting down: the next start catches up
            }
        }
    }

    private void indexImported() {
        Set<Long> projects;
        synchronized (importedInto) {
            projects = Set.copyOf(importedInto);
            importedInto.clear();
        }
        try {
            catchUp(index(), projects, null);
        } catch (RuntimeException e) {
            // the next search of these projects catches up instead
            Log.warnf(e, "Concordance: indexing documents imported into projects %s failed", projects);
        }
    }

    /** Whether the index holds {@code documentId} at its current version, without bringing it up to date. */
    boolean holdsCurrent(long documentId) {
        List<DocumentMark> current = reader.marks(null, documentId);
        return !current.isEmpty() && changes(index().marks(), current, null, documentId).isEmpty();
    }

    /** The page of pairs matching {@code request} among those the current user may see. */
    public ConcordancePage search(ConcordanceRequest request) {
        Set<Long> projects = scope(request);
        Long document = request.document();
        PairIndex pairs = index();
        catchUp(pairs, projects, document);
        SearchResult result = InvalidInputException.checked("q", () -> pairs.search(new SearchRequest(
                request.terms(), request.side(), projects, document, request.statuses(), request.language(),
                request.offset(), request.limit())));
        Map<Long, ConcordanceReader.Label> labels = reader.labels(result.hits().stream().map(hit -> hit.pair().documentId())
                .distinct().toList());
        var items = new ArrayList<ConcordanceHit>(result.hits().size());
        for (PairHit hit : result.hits()) {
            IndexedPair pair = hit.pair();
            ConcordanceReader.Label label = labels.getOrDefault(pair.documentId(), ConcordanceReader.Label.UNKNOWN);
            items.add(new ConcordanceHit(pair.pairId(), pair.documentId(), label.title(), pair.projectId(),
                    pair.source(), pair.target(), pair.status(),
                    new ConcordanceHit.Highlights(hit.sourceHighlights(), hit.targetHighlights()),
                    label.sourceLanguage(), label.targetLanguage()));
        }
        return new ConcordancePage(result.total(), request.offset(), request.limit(), items);
    }

    /**
     * The projects searched, null for all: the one asked for, the project of the document asked for (each 404 if
     * hidden from the user), or every project the user is a member of (all, for an admin).
     */
    private Set<Long> scope(ConcordanceRequest request) {
        if (request.document() != null) {
            long project = access.document(request.document(), ProjectRole.VIEWER).project.id;
            if (request.project() != null && request.project() != project) {
                access.project(request.project(), ProjectRole.VIEWER);
                return Set.of();
            }
            return Set.of(project);
        }
        if (request.project() != null) {
            return Set.of(access.project(request.project(), ProjectRole.VIEWER).id);
        }
        return user.isAdmin() ? null : Set.copyOf(reader.memberProjects(user.id()));
    }

    /** Brings the documents of {@code projects} (or {@code document} alone) up to their current version. */
    private void catchUp(PairIndex pairs, Set<Long> projects, Long document) {
        if (projects != null && projects.isEmpty()) {
            return;
        }
        List<DocumentMark> current = reader.marks(projects, document);
        if (changes(pairs.marks(), current, projects, document).isEmpty()) {
            return;
        }
        writing.lock();
        try {
            // Again under the lock: a search that waited for it may find its documents done.
            Map<Long, DocumentMark> changed = changes(pairs.marks(), current, projects, document);
            try {
                for (Map.Entry<Long, DocumentMark> change : changed.entrySet()) {
                    if (change.getValue() == null) {
                        pairs.delete(change.getKey());
                    } else {
                        reindex(pairs, change.getValue());
                    }
                }
            } finally {
                pairs.publish();
            }
        } finally {
            writing.unlock();
        }
    }

    /**
     * What the index must change, by document id: the current mark of a document it lacks or holds at another
     * version, null for one it holds that is gone (only among the projects searched, or the one document).
     */
    private static Map<Long, DocumentMark> changes(Map<Long, DocumentMark> indexed, List<DocumentMark> current,
                                                   Set<Long> projects, Long document) {
        var changes = new HashMap<Long, DocumentMark>();
        var present = new HashSet<Long>();
        for (DocumentMark mark : current) {
            present.add(mark.documentId());
            if (!mark.equals(indexed.get(mark.documentId()))) {
                changes.put(mark.documentId(), mark);
            }
        }
        for (DocumentMark mark : indexed.values()) {
            boolean covered = document != null ? mark.documentId() == document
                    : projects == null || projects.contains(mark.projectId());
            if (covered && !present.contains(mark.documentId())) {
                changes.put(mark.documentId(), null);
            }
        }
        return changes;
    }

    /**
     * Indexes a document's pairs as {@code mark} says it is. Its chunks are read in transactions of their own; if an
     * edit commits meanwhile, the document's version moves past {@code mark}'s and the next search indexes it again.
     */
    private void reindex(PairIndex pairs, DocumentMark mark) {
        long started = System.nanoTime();
        int[] count = {0};
        pairs.replace(mark, (Consumer<IndexedPair> sink) -> {
            ConcordanceReader.Cursor cursor = ConcordanceReader.Cursor.START;
            while (cursor != null) {
                ConcordanceReader.Chunk chunk = reader.next(mark, cursor);
                chunk.pairs().forEach(sink);
                count[0] += chunk.pairs().size();
                cursor = chunk.next();
            }
        });
        Log.debugf("Concordance: indexed document %d version %d, %d pairs in %d ms", mark.documentId(),
                mark.version(), count[0], (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The index, opened again when a failed write closed it: found after a full disk, which left every search
     * answering 503 until Tandem was restarted, long after space was freed. Opened again, it holds what its last
     * commit held, and searches catch up from the database as usual; while the disk is still full, opening fails and
     * the next search tries again.
     */
    private PairIndex index() {
        PairIndex opened = index;
        if (opened == null || !opened.isOpen()) {
            synchronized (this) {
                if (index != null && !index.isOpen()) {
                    Log.warnf("Concordance: a failed write closed the index (%s); opening it again", index.failure());
                    closeQuietly(index);
                    index = null;
                }
                if (index == null) {
                    index = open();
                }
                opened = index;
            }
        }
        return opened;
    }

    private static void closeQuietly(PairIndex closed) {
        try {
            closed.close();
        } catch (IOException | RuntimeException e) {
            Log.debugf(e, "Concordance: closing the failed index");
        }
    }

    /**
     * On disk under the data directory; in memory when the database is (tests), or when another instance on this
     * machine holds the directory's lock (two instances sharing a data directory): each instance needs its own.
     */
    private PairIndex open() {
        try {
            if (inMemory()) {
                return PairIndex.open(new ByteBuffersDirectory());
            }
            Path path = Path.of(config.dataDir(), "search-index");
            Directory directory = FSDirectory.open(path);
            try {
                return PairIndex.open(directory);
            } catch (LockObtainFailedException e) {
                directory.close();
                Log.warnf("Concordance: %s is in use by another instance; this one keeps its index in memory", path);
                return PairIndex.open(new ByteBuffersDirectory());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean inMemory() {
        return jdbcUrl.startsWith("jdbc:h2:mem:");
    }

    @PreDestroy
    void close() {
        closing = true;
        ExecutorService background;
        synchronized (importedInto) {
            background = indexer;
        }
        if (background != null) {
            // no interrupt: Lucene's file channels close on one; a document being indexed is finished first
            background.shutdown();
            try {
                background.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        PairIndex opened = index;
        if (opened != null) {
            try {
                opened.close();
            } catch (IOException e) {
                Log.warnf(e, "Concordance: closing the index failed");
            }
        }
    }
}
