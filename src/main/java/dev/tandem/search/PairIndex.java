// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;

/**
 * A Lucene index of sentence pairs, a Tandem document at a time, with a {@link DocumentMark} per document saying
 * which version of it the index holds, so that a caller can tell what changed in the database since.
 *
 * <p>Writes ({@link #replace}, {@link #delete}) are seen by searches only after {@link #publish}, which commits them
 * and opens a new searcher; {@link #marks()} changes at the same moment, so a caller that finds a document's mark
 * current then searches a searcher that holds that version. Writes must come from one thread at a time; searches may
 * run in any number of threads, also while a write is under way.
 */
public final class PairIndex implements Closeable {
    /** Written into every commit; an index made with other fields or analysis is made again from nothing. */
    private static final String SCHEMA_KEY = "tandem.search.schema";
    /**
     * 2: terms are NFKC-normalised; 3: case-folded, Thai and the like split into words, Arabic script folded
     * ({@link PairAnalyzer}). An index of an older schema is made again at start-up.
     */
    private static final String SCHEMA = "3";
    private static final double RAM_BUFFER_MB = 32;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, DocumentMark> marks = new ConcurrentHashMap<>();
    /** Marks written since the last {@link #publish}: the value null for a deleted document. */
    private final Map<Long, DocumentMark> pending = new HashMap<>();

    private PairIndex(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        loadMarks();
    }

    /**
     * The index in {@code directory}, made empty if there is none yet or if it was made by another schema or cannot
     * be read (it is only a copy of what the database holds, and is filled again from it).
     */
    public static PairIndex open(Directory directory) throws IOException {
        boolean usable;
        try {
            usable = DirectoryReader.indexExists(directory)
                    && SCHEMA.equals(DirectoryReader.listCommits(directory).get(0).getUserData().get(SCHEMA_KEY));
        } catch (IOException e) {
            usable = false;
        }
        var config = new IndexWriterConfig(PairAnalyzer.forIndex())
                .setOpenMode(usable ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        var writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
        if (!usable) {
            writer.commit();
        }
        return new PairIndex(writer);
    }

    /** The version of every document the index holds, by document id, as searches see it. */
    public Map<Long, DocumentMark> marks() {
        return Collections.unmodifiableMap(marks);
    }

    /**
     * Replaces what the index holds of {@code mark}'s document with the pairs {@code feed} gives, unseen until
     * {@link #publish}. If the feed fails, the document is left out of the index (to be indexed again) and the
     * failure is thrown.
     */
    public void replace(DocumentMark mark, Consumer<Consumer<IndexedPair>> feed) {
        Term document = new Term(PairFields.DOCUMENT, Long.toString(mark.documentId()));
        try {
            writer.deleteDocuments(document);
            pending.put(mark.documentId(), null);
            feed.accept(pair -> add(pair, mark));
            writer.addDocument(PairFields.mark(mark));
            pending.put(mark.documentId(), mark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            try {
                writer.deleteDocuments(document);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void add(IndexedPair pair, DocumentMark mark) {
        try {
            writer.addDocument(PairFields.pair(pair, mark));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a document's pairs and mark, unseen until {@link #publish}. */
    public void delete(long documentId) {
        try {
            writer.deleteDocuments(new Term(PairFields.DOCUMENT, Long.toString(documentId)));
            pending.put(documentId, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the writes since the last call and lets searches see them. */
    public void publish() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.forEach((id, mark) -> {
            if (mark == null) {
                marks.remove(id);
            } else {
                marks.put(id, mark);
            }
        });
        pending.clear();
    }

    /**
     * The pairs matching {@code request}, best first (Lucene's BM25 relevance; equal ones in index order), with
     * the total counted exactly. Refuses a query without any term ({@link IllegalArgumentException}).
     */
    public SearchResult search(SearchRequest request) {
        Query query = PairQuery.of(request);
        IndexSearcher searcher = acquire();
        try {
            int wanted = request.offset() + request.limit();
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
            var hits = new ArrayList<PairHit>();
            if (top.scoreDocs.length > request.offset()) {
                Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
                StoredFields stored = searcher.storedFields();
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                for (int i = request.offset(); i < top.scoreDocs.length; i++) {
                    ScoreDoc hit = top.scoreDocs[i];
                    IndexedPair pair = PairFields.pairOf(stored.document(hit.doc));
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                    Matches matches = weight.matches(leaf, hit.doc - leaf.docBase);
                    hits.add(new PairHit(pair, highlights(matches, PairFields.SOURCE),
                            highlights(matches, PairFields.TARGET)));
                }
            }
            return new SearchResult(top.totalHits.value, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** Where the query matched in one field: ranges in order, overlapping ones (bigrams of one run) merged. */
    private static List<Highlight> highlights(Matches matches, String field) throws IOException {
        MatchesIterator each = matches == null ? null : matches.getMatches(field);
        if (each == null) {
            return List.of();
        }
        var ranges = new ArrayList<int[]>();
        while (each.next()) {
            if (each.startOffset() >= 0 && each.endOffset() > each.startOffset()) {
                ranges.add(new int[] {each.startOffset(), each.endOffset()});
            }
        }
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        var merged = new ArrayList<Highlight>();
        int start = -1;
        int end = -1;
        for (int[] range : ranges) {
            if (range[0] > end) {
                if (start >= 0) {
                    merged.add(new Highlight(start, end));
                }
                start = range[0];
            }
            end = Math.max(end, range[1]);
        }
        if (start >= 0) {
            merged.add(new Highlight(start, end));
        }
        return merged;
    }

    private void loadMarks() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            var query = new TermQuery(new Term(PairFields.MARK, "document"));
            int count = searcher.count(query);
            if (count > 0) {
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc doc : searcher.search(query, count).scoreDocs) {
                    DocumentMark mark = PairFields.markOf(stored.document(doc.doc));
                    marks.put(mark.documentId(), mark);
                }
            }
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    /**
     * Whether the index can still be written. A write that fails where Lucene cannot tell what reached the disk (a
     * full disk, a directory made read-only) closes its writer for good: the index is then to be opened again.
     */
    public boolean isOpen() {
        return writer.isOpen();
    }

    /** What closed the writer, or null. */
    public Throwable failure() {
        return writer.getTragicException();
    }
}
