// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import dev.tandem.review.Side;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of a document's pairs and of each side's sentences, in order, as they are at one layout version
 * ({@link Document#layoutVersion}), held in memory: a rank (a pair's position, a sentence's index) is then a binary
 * search instead of a count of every row before it, and a page at any offset a range of keys. Counting was the part of
 * a page and of an edit that grew with the document (a page of a 110,000-pair document took 160 ms, of a 1,600-pair
 * one 6 ms).
 *
 * <p>An index is built from the database once per layout version and instance (one ordered read of each key column)
 * and trusted only where nothing can have changed the layout unseen: every change bumps the version in the database,
 * so another instance's change is a miss, never a stale rank; a transaction that changes a layout
 * ({@link #changing}) reads ranks from the database until it ends, since its own rows are not yet anyone's; and an
 * index is kept only if the version read after its keys is the one the document had before them.
 */
public final class LayoutIndex {
    /** Keys held in all, about 8 bytes each (64 MB); the least recently used documents go first. */
    static final long CAPACITY = 8_000_000;

    private static final Map<Long, LayoutIndex> BY_DOCUMENT = new LinkedHashMap<>(64, 0.75f, true);
    private static long held;
    private static final Map<Layout, CompletableFuture<Optional<LayoutIndex>>> BUILDING = new ConcurrentHashMap<>();

    private final long createdAtMillis;
    private final long layoutVersion;
    private final long[] pairs;
    private final long[] source;
    private final long[] target;

    private LayoutIndex(Document document, long[] pairs, long[] source, long[] target) {
        this.createdAtMillis = document.createdAtMillis();
        this.layoutVersion = document.layoutVersion;
        this.pairs = pairs;
        this.source = source;
        this.target = target;
    }

    /** One layout of one document. */
    private record Layout(long document, long createdAtMillis, long version) {
    }

    /** The marker of a transaction that changes a document's layout. */
    private record Changing(long document) {
    }

    /**
     * Called by whatever changes which sentences or pairs {@code document} has, or their keys, before it does: bumps
     * its layout version, and ranks of it are read from the database for the rest of this transaction.
     */
    public static void changing(Document document) {
        document.layoutVersion++;
        registry().putResource(new Changing(document.id), Boolean.TRUE);
    }

    /** The index of {@code document}'s layout as this transaction sees it; empty where it cannot be trusted. */
    public static Optional<LayoutIndex> of(Document document) {
        if (document.id == null || document.createdAt == null || changedHere(document.id)) {
            return Optional.empty();
        }
        synchronized (BY_DOCUMENT) {
            LayoutIndex known = BY_DOCUMENT.get(document.id);
            if (known != null && known.isOf(document)) {
                return Optional.of(known);
            }
        }
        // one build per layout at a time: the first reviewers of a large document wait for it instead of each
        // reading every key again
        var layout = new Layout(document.id, document.createdAtMillis(), document.layoutVersion);
        var mine = new CompletableFuture<Optional<LayoutIndex>>();
        CompletableFuture<Optional<LayoutIndex>> running = BUILDING.putIfAbsent(layout, mine);
        if (running != null) {
            return running.join();
        }
        try {
            Optional<LayoutIndex> built = build(document);
            built.ifPresent(index -> remember(document.id, index));
            mine.complete(built);
            return built;
        } catch (RuntimeException e) {
            mine.complete(Optional.empty());
            throw e;
        } finally {
            BUILDING.remove(layout);
        }
    }

    private static Optional<LayoutIndex> build(Document document) {
        var built = new LayoutIndex(document, keys("select p.ord from SentencePair p where p.document = ?1"
                + " order by p.ord", document, null), sentenceKeys(document, Side.SOURCE),
                sentenceKeys(document, Side.TARGET));
        Long now = Panache.getEntityManager().createQuery("select d.layoutVersion from Document d where d.id = ?1",
                Long.class).setParameter(1, document.id).getSingleResult();
        // changed while its keys were read: which layout they show is unknown
        return now == document.layoutVersion ? Optional.of(built) : Optional.empty();
    }

    /** The number of pairs before the pair key {@code ord}. */
    public int pairsBelow(long ord) {
        return Ranks.lowerBound(pairs, ord);
    }

    /** The number of sentences of {@code side} before the key {@code ord}. */
    public int sentencesBelow(Side side, long ord) {
        return Ranks.lowerBound(keys(side), ord);
    }

    /** The key of the pair at {@code rank}, or null when there is none. */
    public Long pairAt(int rank) {
        return rank >= 0 && rank < pairs.length ? pairs[rank] : null;
    }

    /** The key of sentence {@code rank} of {@code side}, or null when there is none. */
    public Long sentenceAt(Side side, int rank) {
        long[] keys = keys(side);
        return rank >= 0 && rank < keys.length ? keys[rank] : null;
    }

    /** The keys of the pairs at positions {@code first} to {@code last}, as many of them as there are. */
    public long[] pairs(int first, int last) {
        int from = Math.min(Math.max(0, first), pairs.length);
        return Arrays.copyOfRange(pairs, from, Math.max(from, Math.min(pairs.length, last + 1)));
    }

    /** The keys of {@code side}'s sentences from {@code from} (inclusive) to {@code to} (exclusive). */
    public long[] sentences(Side side, long from, long to) {
        long[] keys = keys(side);
        int first = Ranks.lowerBound(keys, from);
        return Arrays.copyOfRange(keys, first, Math.max(first, Ranks.lowerBound(keys, to)));
    }

    private long[] keys(Side side) {
        return side == Side.SOURCE ? source : target;
    }

    private boolean isOf(Document document) {
        return layoutVersion == document.layoutVersion && createdAtMillis == document.createdAtMillis();
    }

    private long size() {
        return pairs.length + source.length + target.length;
    }

    private static void remember(long id, LayoutIndex index) {
        synchronized (BY_DOCUMENT) {
            LayoutIndex known = BY_DOCUMENT.get(id);
            if (known != null && known.createdAtMillis == index.createdAtMillis
                    && known.layoutVersion > index.layoutVersion) {
                return;
            }
            if (known != null) {
                held -= known.size();
            }
            BY_DOCUMENT.put(id, index);
            held += index.size();
            for (Iterator<LayoutIndex> eldest = BY_DOCUMENT.values().iterator(); held > CAPACITY && eldest.hasNext(); ) {
                LayoutIndex evicted = eldest.next();
                if (evicted != index) {
                    held -= evicted.size();
                    eldest.remove();
                }
            }
        }
    }

    private static long[] sentenceKeys(Document document, Side side) {
        return keys("select s.ord from Sentence s where s.document = ?1 and s.side = ?2 order by s.ord", document, side);
    }

    private static long[] keys(String query, Document document, Side side) {
        var typed = Panache.getEntityManager().createQuery(query, Long.class).setParameter(1, document);
        if (side != null) {
            typed.setParameter(2, side);
        }
        List<Long> keys = typed.getResultList();
        long[] out = new long[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = keys.get(i);
        }
        return out;
    }

    private static boolean changedHere(long document) {
        TransactionSynchronizationRegistry registry = registry();
        return registry.getTransactionKey() != null && registry.getResource(new Changing(document)) != null;
    }

    private static TransactionSynchronizationRegistry registry() {
        return Arc.container().instance(TransactionSynchronizationRegistry.class).get();
    }
}
