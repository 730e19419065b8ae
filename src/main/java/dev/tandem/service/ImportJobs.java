// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.AlignmentProgress;
import dev.tandem.config.TandemConfig;
import dev.tandem.model.ImportJob;
import dev.tandem.model.ImportJobItem;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs imports in the background, a few at a time ({@code tandem.import.workers}), each as a row of
 * {@code import_job} that clients poll for its state and progress. The document and the job's {@code DONE} are
 * written in one transaction, so a job that says done has its document, and a job killed half way has none.
 *
 * <p>Cancelling is cooperative: a flag the job reads at each progress report, never {@link Thread#interrupt()},
 * which would close H2's file channel under a running statement.
 */
@ApplicationScoped
public class ImportJobs {
    /** Share of a job's progress bar given to segmenting and aligning; storing takes the rest. */
    static final double PREPARE_SHARE = 0.85;
    /** Least time between two progress writes of one job. */
    private static final long WRITE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    @Inject
    DocumentStore store;

    @Inject
    Imports imports;

    @Inject
    TandemConfig config;

    @Inject
    Meters meters;

    /** How often an instance marks its jobs alive. */
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** A job no instance marked alive for this long is failed: its instance is gone. */
    static final Duration STALE = Duration.ofMinutes(3);
    /** How long a SIGTERM waits for running jobs to stop. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    /**
     * How jobs of this instance ended when the database could not record it (a full disk): recorded by the next
     * heartbeat that can, and shown meanwhile. Found by an operator: such a job showed RUNNING for three minutes and
     * then "the instance stopped", though the instance ran on and knew why.
     */
    private final Map<Long, Ending> unrecorded = new ConcurrentHashMap<>();
    private ThreadPoolExecutor executor;
    private ScheduledExecutorService heartbeat;
    private volatile boolean stopping;

    void start(@Observes StartupEvent event) {
        var count = new AtomicInteger();
        int workers = Math.max(1, config.imports().workers());
        executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "tandem-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            // aligning is CPU-bound: requests of other users go first where the scheduler honours it
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        meters.watchJobs(() -> executor.getQueue().size(), executor::getActiveCount);
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tandem-import-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        failLeftOver();
        heartbeat.scheduleWithFixedDelay(this::beat, 0, HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * On an embedded H2 database this instance is the only one (H2 locks its file), so the jobs it finds unfinished
     * as it starts are those of its own last run, killed or crashed: failed at once. Found by an operator after a
     * kill -9: the job showed "RUNNING 31 %" for three more minutes, and the same upload sent again with its
     * Idempotency-Key got that dead job back. Instances sharing a server database wait for the heartbeat instead.
     */
    private void failLeftOver() {
        if (!jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:h2:tcp:") || jdbcUrl.startsWith("jdbc:h2:ssl:")) {
            return;
        }
        try {
            int failed = failStale(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1));
            if (failed > 0) {
                Log.infof("%d import job(s) left unfinished when Tandem last stopped were marked failed", failed);
            }
        } catch (RuntimeException e) {
            Log.warnf("Import jobs left unfinished by the last run could not be marked failed now (%s); the heartbeat"
                    + " marks them within %d minutes", e, STALE.toMinutes());
        }
    }

    /**
     * Every half minute: marks this instance's queued and running jobs alive, and fails the jobs no instance has
     * marked for {@link #STALE} — those of an instance that was killed or lost its database. Another instance's jobs
     * are left alone while it is alive: instances share one database.
     */
    private void beat() {
        try {
            unrecorded.forEach((id, ending) -> {
                record(id, ending);
                unrecorded.remove(id, ending);
                Log.infof("Import job %d: its end is recorded now: %s", id, ending.state());
            });
            var now = OffsetDateTime.now(ZoneOffset.UTC);
            List<Long> mine = List.copyOf(running.keySet());
            QuarkusTransaction.requiringNew().run(() -> {
                if (!mine.isEmpty()) {
                    ImportJob.update("updatedAt = ?1 where id in ?2 and state in ?3", now, mine,
                            List.of(ImportJob.State.QUEUED, ImportJob.State.RUNNING));
                }
            });
            int failed = failStale(now.minus(STALE));
            if (failed > 0) {
                Log.infof("%d import job(s) of a stopped instance were marked failed", failed);
            }
        } catch (RuntimeException e) {
            // the database away for a moment: the next beat tries again
            Log.debugf("Import job heartbeat skipped (%s)", e.getClass().getSimpleName());
        }
    }

    /** Fails the unfinished jobs not marked alive since {@code before}; returns how many. */
    int failStale(OffsetDateTime before) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var jobs = ImportJob.listUnfinishedSince(before);
            jobs.forEach(job -> finish(job, ImportJob.State.FAILED, stopped(job, "The Tandem instance that "
                    + (job.state == ImportJob.State.QUEUED ? "queued" : "ran") + " this import stopped; nothing of"
                    + " it was stored. Import the document again.")));
            return jobs.size();
        });
    }

    /**
     * On SIGTERM: running jobs are cancelled at their next progress report (nothing of them is stored), and waited
     * for up to {@link #STOP_WAIT}; whatever this instance still holds is marked failed, so clients polling the job
     * on another instance learn it at once.
     */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        heartbeat.shutdownNow();
        running.values().forEach(job -> job.cancelled = true);
        executor.shutdown();
        try {
            executor.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (long id : List.copyOf(running.keySet())) {
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob job = ImportJob.lock(id);
                if (job != null && !job.state.isFinal()) {
                    finish(job, ImportJob.State.FAILED, stopped(job, "Tandem was stopped while this import was"
                            + " waiting or running; nothing was stored. Import the document again."));
                }
            });
        }
    }

    /**
     * What a job that stopped with its instance says: {@code single} for one document; a batch keeps the documents
     * it imported before, and its pairs not reached are marked cancelled.
     */
    private static String stopped(ImportJob job, String single) {
        long imported = ImportJobItem.count("jobId = ?1 and state = ?2", job.id, ImportJobItem.State.IMPORTED);
        if (ImportJobItem.count("jobId", job.id) == 0) {
            return single;
        }
        ImportJobItem.update("state = ?1 where jobId = ?2 and state = ?3", ImportJobItem.State.CANCELLED, job.id,
                ImportJobItem.State.PENDING);
        return "The Tandem instance that ran this batch import stopped after " + imported + " of its pairs; the"
                + " documents imported before are kept. Import the pairs not imported again.";
    }

    /** Creates the job (with its idempotency key, if any) and queues it; returns the job's id. */
    public long submit(ImportWork work) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = queued(work.project().id(), work.importer().username(), work.title());
            imports.recordKey(work, null, job.id);
            return job.id;
        });
        var handle = new Running(id);
        running.put(id, handle);
        executor.execute(() -> run(work, handle));
        return id;
    }

    /**
     * A job of several documents, each stored on its own ({@link BatchImports}): the task reports through its
     * {@link Progress}, stores what it imports in transactions of its own, and says how the job ended.
     */
    @FunctionalInterface
    interface Task {
        /** Runs the job; a {@link CancellationException} from {@code progress} is for the task to catch and answer. */
        Ending run(long jobId, Progress progress);
    }

    /** How a task's job ended, and what its message says. */
    record Ending(ImportJob.State state, String message) {
    }

    /** What a task reports its progress through; each report may throw {@link CancellationException}. */
    interface Progress {
        /** Progress of one stage mapped onto [{@code from}, {@code to}) of the job's bar. */
        AlignmentProgress stage(double from, double to, String message);

        /** Writes the progress (and a new message, unless null). */
        void report(double progress, String message);

        /** Whether the job stops because Tandem is shutting down, rather than a user's cancel. */
        boolean stopping();

        /** Whether a cancel reached this instance (or Tandem is shutting down). */
        boolean cancelled();
    }

    /**
     * Creates a job, with whatever {@code create} writes beside it in the same transaction, and queues {@code task};
     * {@code cleanUp} runs once the task has ended (or will never run). Returns the job's id.
     */
    long submit(long projectId, String username, String title, LongConsumer create, Task task, Runnable cleanUp) {
        long id;
        try {
            id = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob job = queued(projectId, username, title);
                create.accept(job.id);
                return job.id;
            });
        } catch (RuntimeException e) {
            cleanUp.run();
            throw e;
        }
        var handle = new Running(id);
        running.put(id, handle);
        executor.execute(() -> {
            try {
                runTask(task, handle);
            } finally {
                cleanUp.run();
            }
        });
        return id;
    }

    private static ImportJob queued(long projectId, String username, String title) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var job = new ImportJob();
        job.projectId = projectId;
        job.username = username;
        job.title = title;
        job.state = ImportJob.State.QUEUED;
        job.message = "Waiting to start.";
        job.createdAt = now;
        job.updatedAt = now;
        job.persistAndFlush();
        return job;
    }

    private void runTask(Task task, Running handle) {
        try {
            if (!markRunning(handle.id)) {
                return;
            }
            Ending ending = task.run(handle.id, handle);
            end(handle.id, ending.state(), ending.message());
        } catch (RuntimeException | OutOfMemoryError e) {
            String problem = ServerErrors.log(e, "Import job " + handle.id);
            end(handle.id, ImportJob.State.FAILED, "The import failed (" + e.getClass().getSimpleName() + "). The"
                    + " server log has the details under " + problem + ".");
        } finally {
            running.remove(handle.id);
        }
    }

    /** The project's imports that are queued or running, and those that failed or were cancelled today. */
    public List<ImportJobView> listCurrent(long projectId) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>list(
                        "projectId = ?1 and (state in ?2 or (state <> ?3 and updatedAt > ?4)) order by id", projectId,
                        List.of(ImportJob.State.QUEUED, ImportJob.State.RUNNING), ImportJob.State.DONE,
                        OffsetDateTime.now(ZoneOffset.UTC).minusDays(1))
                .stream().map(ImportJobView::of).map(this::known).toList());
    }

    /** The job as it is now. */
    public ImportJobView find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(id);
            if (job == null) {
                throw new NotFoundException("job", id);
            }
            return known(ImportJobView.withItems(job));
        });
    }

    /**
     * Asks the job to stop: a queued job is cancelled at once, a running one at its next progress report (within
     * about a second), before its document is committed. Waits up to {@code wait} for it to stop.
     */
    public ImportJobView cancel(long id, String username, Duration wait) {
        ImportJobView view = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.lock(id);
            if (job == null) {
                throw new NotFoundException("job", id);
            }
            if (job.state == ImportJob.State.QUEUED) {
                finish(job, ImportJob.State.CANCELLED, "Cancelled by " + username + " before it started.");
            } else if (job.state == ImportJob.State.RUNNING && !running.containsKey(id)
                    && job.updatedAt.isBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(STALE))) {
                // no instance has marked it alive for STALE: its instance is gone, and nothing would see the request
                finish(job, ImportJob.State.CANCELLED, stopped(job, "Cancelled by " + username + "; the Tandem"
                        + " instance that ran this import had stopped, and nothing of it was stored."));
            } else if (job.state == ImportJob.State.RUNNING) {
                job.cancelRequested = true;
                job.message = "Cancelling (asked by " + username + ").";
                // updatedAt is the running instance's heartbeat, left alone: set here, it put off the failing of a
                // killed instance's job by three more minutes (found by an operator on PostgreSQL)
            }
            return ImportJobView.of(job);
        });
        Running handle = running.get(id);
        if (handle != null) {
            handle.cancelled = true;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (!view.state().isFinal() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = find(id);
        }
        return view;
    }

    private void run(ImportWork work, Running handle) {
        long started = System.nanoTime();
        Meters.Outcome outcome = Meters.Outcome.FAILED;
        boolean cancelledWhileQueued = false;
        try {
            if (!markRunning(handle.id)) {
                cancelledWhileQueued = true;
                return;
            }
            PreparedImport prepared = work.preparation().prepare(handle.stage(0.0, PREPARE_SHARE,
                    "Segmenting and aligning."));
            long preparedAt = System.nanoTime();
            handle.report(PREPARE_SHARE, "Storing " + prepared.beads().size() + " pairs.");
            AlignmentProgress storing = handle.stage(PREPARE_SHARE, 1.0, null);
            QuarkusTransaction.requiringNew().timeout((int) config.imports().storeTimeout().toSeconds()).run(() -> {
                long documentId = store.store(prepared, work.importer(), storing);
                imports.recordDocument(work, documentId);
                ImportJob job = ImportJob.lock(handle.id);
                if (job == null || job.cancelRequested || handle.cancelled) {
                    throw new CancellationException();
                }
                job.documentIds = Long.toString(documentId);
                finish(job, ImportJob.State.DONE, "Imported \"" + prepared.title() + "\": "
                        + prepared.beads().size() + " pairs.");
            });
            outcome = Meters.Outcome.STORED;
            meters.importSize(work.kind(), prepared, work.characters());
            Log.infof("Import job %d: %d pairs prepared in %.1f s, stored in %.1f s", handle.id,
                    prepared.beads().size(), (preparedAt - started) / 1e9, (System.nanoTime() - preparedAt) / 1e9);
        } catch (CancellationException e) {
            outcome = Meters.Outcome.CANCELLED;
            if (stopping) {
                end(handle.id, ImportJob.State.FAILED, "Tandem was stopped while this import was running; nothing"
                        + " was stored. Import the document again.");
            } else {
                end(handle.id, ImportJob.State.CANCELLED, "Cancelled; nothing was stored.");
            }
        } catch (InvalidInputException | PayloadTooLargeException | NotFoundException e) {
            outcome = Meters.Outcome.REFUSED;
            end(handle.id, ImportJob.State.FAILED, e.getMessage());
        } catch (OutOfMemoryError e) {
            // what the aligner held is garbage once this is caught: the server goes on, and the job says why it ended
            // (uncaught, the worker thread died and the job waited to be taken for one of a stopped instance)
            String problem = ServerErrors.log(e, "Import job " + handle.id);
            end(handle.id, ImportJob.State.FAILED, "Tandem ran out of memory on this import ("
                    + String.format(java.util.Locale.ROOT, "%,d", work.characters()) + " characters); nothing was stored. Give the server more heap (java -Xmx, see the README's"
                    + " \"Load\") or import the document in parts. The server log has it under " + problem + ".");
        } catch (RuntimeException e) {
            String trouble = troubleMessage(e, handle.id);
            end(handle.id, ImportJob.State.FAILED, trouble != null ? trouble : "The import failed ("
                    + e.getClass().getSimpleName() + "); nothing was stored. Try again; if it fails again, the server"
                    + " log has the details under " + ServerErrors.log(e, "Import job " + handle.id) + ".");
        } finally {
            running.remove(handle.id);
            if (!cancelledWhileQueued) {
                meters.imported(work.kind(), "job", outcome, System.nanoTime() - started);
            }
        }
    }

    private boolean markRunning(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.lock(id);
            if (job == null || job.state != ImportJob.State.QUEUED) {
                return false;
            }
            job.state = ImportJob.State.RUNNING;
            job.message = "Segmenting and aligning.";
            job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            return true;
        });
    }

    /** Records how job {@code id} ended, or, when the database cannot now, keeps it for the heartbeat to record. */
    private void end(long id, ImportJob.State state, String message) {
        Ending ending = new Ending(state, message);
        try {
            record(id, ending);
        } catch (RuntimeException e) {
            unrecorded.put(id, ending);
            Log.warnf("Import job %d ended %s, but the database cannot record it now (%s); the heartbeat records it"
                    + " when it can", id, state, DatabaseTrouble.of(e).map(Enum::name).orElse(e.getClass().getSimpleName()));
        }
    }

    private static void record(long id, Ending ending) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.lock(id);
            if (job != null && !job.state.isFinal()) {
                finish(job, ending.state(), ending.message());
            }
        });
    }

    /** {@code view} with the end this instance knows of and could not record yet, if any. */
    private ImportJobView known(ImportJobView view) {
        Ending ending = unrecorded.get(view.id());
        return ending == null || view.state().isFinal() ? view : view.ended(ending.state(), ending.message());
    }

    /**
     * What a job says when storing it failed for the database's state (a full disk, the database gone), or null for
     * any other failure.
     */
    static String troubleMessage(RuntimeException failure, long jobId) {
        return DatabaseTrouble.of(failure).map(trouble -> {
            ServerErrors.logTrouble(trouble, failure, "Import job " + jobId);
            return switch (trouble) {
                case STORAGE -> "The server could not store this import: its disk is full or read-only; nothing was"
                        + " stored. Tell the administrator, and import the document again once there is space.";
                case UNREACHABLE -> "The database stopped answering while this import was stored; nothing was stored."
                        + " Import the document again; if it fails again, tell the administrator.";
                case BUSY -> "The database was busy with another change while this import was stored; nothing was"
                        + " stored. Import the document again.";
            };
        }).orElse(null);
    }

    /** Whether the job was asked to stop, on this instance or another; read in the caller's transaction. */
    static boolean cancelRequested(long id) {
        ImportJob job = ImportJob.lock(id);
        return job == null || job.cancelRequested;
    }

    private static void finish(ImportJob job, ImportJob.State state, String message) {
        job.state = state;
        job.message = message.length() > 1000 ? message.substring(0, 999) + "…" : message;
        if (state == ImportJob.State.DONE) {
            job.progress = 1.0;
        }
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A job running on this instance: its cancel flag and its last written progress. */
    private final class Running implements Progress {
        final long id;
        volatile boolean cancelled;
        private long lastWrite = System.nanoTime();
        private double written;

        Running(long id) {
            this.id = id;
        }

        @Override
        public boolean stopping() {
            return stopping;
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public AlignmentProgress stage(double from, double to, String message) {
            return fraction -> {
                if (cancelled) {
                    throw new CancellationException();
                }
                double overall = from + (to - from) * fraction;
                long since = System.nanoTime() - lastWrite;
                // a step the page shows (0.5 %), or any step after a while: a long pass still shows it moves
                if (since >= WRITE_INTERVAL_NANOS && (overall - written >= 0.005
                        || since >= 10 * WRITE_INTERVAL_NANOS && overall > written)) {
                    report(overall, message);
                }
            };
        }

        /** Writes the progress (and a new message, unless null), and learns of a cancel asked on any instance. */
        @Override
        public void report(double progress, String message) {
            lastWrite = System.nanoTime();
            written = progress;
            boolean cancel = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob job = ImportJob.lock(id);
                if (job == null) {
                    return true;
                }
                job.progress = Math.max(job.progress, Math.min(progress, 0.999));
                if (message != null && !job.cancelRequested) {
                    job.message = message;
                }
                job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                return job.cancelRequested;
            });
            if (cancel) {
                cancelled = true;
                throw new CancellationException();
            }
        }
    }
}
