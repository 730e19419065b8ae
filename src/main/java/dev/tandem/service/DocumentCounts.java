// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.SentencePair;
import dev.tandem.review.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A document's counts (pairs per status, those with an empty side per status, pairs confirm-confident would confirm,
 * sentences per side) as they were at
 * one version, remembered so that a page of a 110,000-pair document does not count 110,000 rows: counting is the one
 * part of a page whose cost grows with the document. An entry is valid for its version only, and every change of a
 * document bumps its version in the database, so a change made on another instance (or anything not told here) is a
 * miss and a fresh count, never a stale one. A status change made here carries the entry to its new version (the one
 * edit a reviewer makes most) as it commits, so that readers of a document under review rarely count it again.
 */
@ApplicationScoped
public class DocumentCounts {
    /** Documents remembered; the least recently used go first (an entry is about 300 bytes a version). */
    static final int CAPACITY = 10_000;
    /** Versions remembered per document. */
    static final int VERSIONS = 8;

    /**
     * The counts of a document at {@code version}; {@code createdAt} (ms) tells it from a document given the same id
     * later (after a restore).
     */
    record Counts(long createdAt, long version, Map<ReviewStatus, Long> statuses, long confident, long sourceSentences,
                  long targetSentences, long scored, double confidenceSum, Map<ReviewStatus, Long> unpaired) {
        Counts {
            // an EnumMap: the answer lists statuses in their order, whichever way the counts came
            statuses = java.util.Collections.unmodifiableMap(new EnumMap<>(statuses));
            unpaired = java.util.Collections.unmodifiableMap(unpaired.isEmpty()
                    ? new EnumMap<>(ReviewStatus.class) : new EnumMap<>(unpaired));
        }

        /** Whether these are the counts of the document created at {@code createdAt} (ms), at {@code version}. */
        boolean isAt(long createdAt, long version) {
            return this.createdAt == createdAt && this.version == version;
        }
    }

    /**
     * The counts of each document's latest versions, newest first. More than one: a page reads its document's version
     * first and its counts a little later, and on a document under review by ten people an edit often commits in
     * between; with the latest version alone, that page would count the whole document again.
     */
    private final Map<Long, List<Counts>> byDocument = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<Counts>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Counts carried by status changes now committing, by document. */
    private final Map<Long, Counts> pending = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The counts of {@code document} at its version, if remembered or being committed. */
    Optional<Counts> of(Document document) {
        long createdAt = document.createdAtMillis();
        Optional<Counts> known = at(document.id, createdAt, document.version);
        if (known.isPresent()) {
            return known;
        }
        Counts counts = pending.get(document.id);
        return counts != null && counts.isAt(createdAt, document.version) ? Optional.of(counts) : Optional.empty();
    }

    /** The remembered counts of document {@code id} (created at {@code createdAt}) at {@code version}. */
    private Optional<Counts> at(long id, long createdAt, long version) {
        List<Counts> versions;
        synchronized (byDocument) {
            versions = byDocument.getOrDefault(id, List.of());
        }
        return versions.stream().filter(c -> c.isAt(createdAt, version)).findFirst();
    }

    /**
     * Remembers counts read in one statement together with the version they belong to (read apart, an edit committed
     * in between would file the new counts under the old version).
     */
    void remember(long id, Counts counts) {
        synchronized (byDocument) {
            var versions = new ArrayList<Counts>(VERSIONS + 1);
            versions.add(counts);
            for (Counts known : byDocument.getOrDefault(id, List.of())) {
                if (known.createdAt() == counts.createdAt() && known.version() != counts.version()) {
                    versions.add(known);
                }
            }
            versions.sort(Comparator.comparingLong(Counts::version).reversed());
            byDocument.put(id, List.copyOf(versions.subList(0, Math.min(VERSIONS, versions.size()))));
        }
    }

    /**
     * A status change of {@code pairs} (as they were read, with their confidence and flags) that makes
     * {@code version} of document {@code id}: the counts of the version before, if remembered, become those of this
     * one. They are offered to readers from just before the commit (a reader can only ask for this version once it is
     * committed, so none is told early) and kept once it has committed; a rollback withdraws them.
     */
    void statusesChanged(long id, long version, Collection<ChangeRecord.StatusChange> changes,
                         List<SentencePair> pairs) {
        Optional<Counts> carried = carry(id, version, changes, pairs);
        if (carried.isEmpty()) {
            return;
        }
        Counts counts = carried.get();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                pending.put(id, counts);
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    remember(id, counts);
                }
                pending.remove(id, counts);
            }
        });
    }

    /** The counts of the version before {@code version}, changed by {@code changes}; empty when not remembered. */
    private Optional<Counts> carry(long id, long version, Collection<ChangeRecord.StatusChange> changes,
                                   List<SentencePair> pairs) {
        List<Counts> versions;
        synchronized (byDocument) {
            versions = byDocument.getOrDefault(id, List.of());
        }
        if (versions.isEmpty() || versions.get(0).version() != version - 1) {
            return Optional.empty();
        }
        Counts before = versions.get(0);
        Map<Integer, SentencePair> byPosition = new HashMap<>();
        for (SentencePair pair : pairs) {
            byPosition.put(pair.position, pair);
        }
        Map<ReviewStatus, Long> statuses = new EnumMap<>(before.statuses());
        Map<ReviewStatus, Long> unpaired = new EnumMap<>(ReviewStatus.class);
        unpaired.putAll(before.unpaired());
        long confident = before.confident();
        for (ChangeRecord.StatusChange change : changes) {
            SentencePair pair = byPosition.get(change.position());
            if (pair == null) {
                return Optional.empty();
            }
            statuses.merge(change.from(), -1L, Long::sum);
            statuses.merge(change.to(), 1L, Long::sum);
            if (pair.sourceCount == 0 || pair.targetCount == 0) {
                unpaired.merge(change.from(), -1L, Long::sum);
                unpaired.merge(change.to(), 1L, Long::sum);
            }
            confident += (confident(pair, change.to()) ? 1 : 0) - (confident(pair, change.from()) ? 1 : 0);
        }
        // a status change leaves every confidence as it was
        return Optional.of(new Counts(before.createdAt(), version, statuses, confident, before.sourceSentences(),
                before.targetSentences(), before.scored(), before.confidenceSum(), unpaired));
    }

    /** {@link ConfidentPairs#condition} for a pair held in memory, at {@code status}. */
    private static boolean confident(SentencePair pair, ReviewStatus status) {
        return status == ReviewStatus.AUTO && pair.confidence != null
                && pair.confidence >= ReviewService.DEFAULT_CONFIDENT && pair.flagMask == 0;
    }
}
