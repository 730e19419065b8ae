// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a bounded number of {@link Interactive} requests work at once (four per core by default); the others wait
 * their turn, first come first served, and one that waits longer than {@code tandem.requests.max-wait} is answered
 * 503 with {@code Retry-After} ({@link ServerBusyException}).
 * <p>
 * Why: the worker pool runs up to 200 requests at once, and on a machine with a few cores fifty reviewers' requests
 * working side by side each take longer than taken a few at a time. They preempt one another while holding the
 * database's commit lock and the pool's connections, and all of them hold their memory. With 50 clients on two cores
 * (the load bench, README "Load"), three runs without turns gave edits' p95 of 588–647 ms at 155–175 requests/s, ten
 * runs with them 248–423 ms at 177–284 requests/s.
 */
@ApplicationScoped
@Startup // its gauges are scraped from the start, before the first interactive request
public class RequestAdmission {
    private final int turns;
    private final Semaphore permits;
    private final Duration maxWait;
    private final ThreadLocal<Boolean> admitted = ThreadLocal.withInitial(() -> false);

    @Inject
    public RequestAdmission(TandemConfig config, Meters meters) {
        this.turns = config.requests().turns(Runtime.getRuntime().availableProcessors());
        this.permits = new Semaphore(turns, true);
        this.maxWait = config.requests().maxWait();
        meters.watchAdmission(this::waiting, () -> turns - permits.availablePermits());
    }

    /** Runs {@code work} when its turn comes; a request already admitted (a nested call) goes on at once. */
    public <T> T admit(Callable<T> work) throws Exception {
        if (admitted.get()) {
            return work.call();
        }
        if (!permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new ServerBusyException(maxWait);
        }
        admitted.set(true);
        try {
            return work.call();
        } finally {
            admitted.set(false);
            permits.release();
        }
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
