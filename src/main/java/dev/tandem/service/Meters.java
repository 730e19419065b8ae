// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Tandem's own meters, named here once (README, Monitoring, lists them as Prometheus shows them). Every tag takes
 * values from a small fixed set (an operation's name, a format, an outcome), never an id or a text, so the number
 * of series stays bounded.
 */
@ApplicationScoped
public class Meters {
    /** Latency buckets of requests and of Tandem's timers: enough for a p95 alert, few enough to keep series down. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(120)};

    @Inject
    MeterRegistry registry;

    /** How an import ended: {@code stored}, {@code refused} (the input's fault), {@code cancelled} or {@code failed}. */
    public enum Outcome {
        STORED, REFUSED, CANCELLED, FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The outcome of an import that threw {@code e}. */
        static Outcome of(RuntimeException e) {
            return e instanceof InvalidInputException || e instanceof PayloadTooLargeException
                    || e instanceof NotFoundException ? REFUSED : FAILED;
        }
    }

    /** One import, from ready work to its end, on the request or as a job ({@code mode} {@code request} or {@code job}). */
    void imported(String format, String mode, Outcome outcome, long nanos) {
        Timer.builder("tandem.import.duration").description("Imports, from ready input to stored document or failure")
                .tags("format", format, "mode", mode, "outcome", outcome.tag())
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The size of an import that was stored. */
    void importSize(String format, PreparedImport stored, long characters) {
        DistributionSummary.builder("tandem.import.sentences").description("Sentences of both sides per stored import")
                .baseUnit("sentences").tags("format", format)
                .register(registry).record(stored.sourceSentences().size() + stored.targetSentences().size());
        DistributionSummary.builder("tandem.import.characters").description("Characters of both sides per stored import")
                .baseUnit("characters").tags("format", format)
                .register(registry).record(characters);
    }

    /** One alignment of two sentence lists (an import's, or {@code POST /api/align}'s), however it ended. */
    <T> T aligning(int sentences, Supplier<T> alignment) {
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            T result = alignment.get();
            outcome = "done";
            return result;
        } finally {
            Timer.builder("tandem.alignment.duration").description("Alignments of two sentence lists")
                    .tags("outcome", outcome).register(registry).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            DistributionSummary.builder("tandem.alignment.sentences").description("Sentences of both sides per alignment")
                    .baseUnit("sentences").register(registry).record(sentences);
        }
    }

    /** A review operation carried out: {@code op} as clients name it ({@code confirm}, {@code merge-pairs}, {@code undo}, …). */
    void reviewed(String op) {
        Counter.builder("tandem.review.operations").description("Review operations carried out, by operation")
                .tags("operation", op).register(registry).increment();
    }

    /** A request refused 503 because it found no turn to work in ({@link RequestAdmission}). */
    public void refusedBusy() {
        Counter.builder("tandem.requests.refused.busy")
                .description("Interactive requests answered 503 after waiting too long for their turn").register(registry)
                .increment();
    }

    /** Watches this instance's interactive requests: those waiting for their turn, and those working. */
    void watchAdmission(Supplier<Number> waiting, Supplier<Number> working) {
        Gauge.builder("tandem.requests.waiting", waiting)
                .description("Interactive requests waiting for their turn on this instance").register(registry);
        Gauge.builder("tandem.requests.working", working)
                .description("Interactive requests working on this instance").register(registry);
    }

    /** Watches this instance's background imports: those waiting for a worker, and those running. */
    void watchJobs(Supplier<Number> queued, Supplier<Number> running) {
        Gauge.builder("tandem.import.jobs.queued", queued)
                .description("Background imports waiting for a worker on this instance").register(registry);
        Gauge.builder("tandem.import.jobs.running", running)
                .description("Background imports running on this instance").register(registry);
    }

    /** Latency buckets for HTTP requests and Tandem's timers, so Prometheus can compute percentiles. */
    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() == Meter.Type.TIMER
                        && (id.getName().equals("http.server.requests") || id.getName().startsWith("tandem."))) {
                    return DistributionStatisticConfig.builder()
                            .serviceLevelObjectives(Arrays.stream(BUCKETS).mapToDouble(Duration::toNanos).toArray())
                            .build().merge(config);
                }
                return config;
            }
        };
    }
}
