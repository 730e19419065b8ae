// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets a bounded number of {@link Interactive} requests work at once (four per core by default); the others wait
 * their turn, first come first served, and one that waits longer than {@code tandem.requests.max-wait} is answered
 * 503 with {@code Retry-After} ({@link ServerBusyException}).
 * <p>
 * Why: the worker pool runs up to 200 requests at once, and on a machine with a few cores fifty reviewers' requests
 * working side by side each take longer than taken a few at a time. They preempt one another while holding the
 * database's commit lock and the pool's connections, and all of them hold their memory. With 50 clients on two cores
 * (the load bench, README "Load"), three runs without turns gave edits' p95 of 588–647 ms at 155–175 requests/s, ten
 * runs with turns around the resource method alone 248–423 ms at 177–284 requests/s. The turn is taken in
 * {@code AdmissionFilter} and held until the response has been sent: the role check before the method and the
 * rendering after it are as much work as the method itself.
 */
@ApplicationScoped
@Startup // its gauges are scraped from the start, before the first interactive request
public class RequestAdmission {
    private final int turns;
    private final Semaphore permits;
    private final Duration maxWait;

    @Inject
    public RequestAdmission(TandemConfig config, Meters meters) {
        this.turns = config.requests().turns(Runtime.getRuntime().availableProcessors());
        this.permits = new Semaphore(turns, true);
        this.maxWait = config.requests().checkedMaxWait();
        meters.watchAdmission(this::waiting, this::working);
    }

    /**
     * Waits for a turn, first come first served, and returns what gives it back (once, however often it runs).
     * Refused with {@link ServerBusyException} when none comes within {@code tandem.requests.max-wait}.
     */
    public Runnable take() {
        try {
            if (!permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new ServerBusyException(maxWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException(maxWait);
        }
        AtomicBoolean held = new AtomicBoolean(true);
        return () -> {
            if (held.getAndSet(false)) {
                permits.release();
            }
        };
    }

    /** How many turns there are. */
    public int turns() {
        return turns;
    }

    /** How many requests have their turn now. */
    public int working() {
        return turns - permits.availablePermits();
    }

    /** How many requests wait for their turn now. */
    public int waiting() {
        return permits.getQueueLength();
    }

    /** Takes every turn and keeps them until the returned handle is closed: for tests of a full server. */
    public AutoCloseable occupyAll() throws InterruptedException {
        permits.acquire(turns);
        return () -> permits.release(turns);
    }

}
