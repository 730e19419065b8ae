// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.review.PivotRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an original and all its translations into a {@link TranslationGrid}, in one transaction, and keeps the last
 * few grids: the translations page shows 100 rows of a grid built from every pair (2 s for each page of a 25,000-pair
 * original with one translation), and its reader pages through it. A grid is kept under its documents' ids, creation
 * times and versions, and every change to a document bumps its version, so a kept grid is never stale.
 */
@ApplicationScoped
public class TranslationGrids {
    /** Grids kept, the least recently used going first: each holds every pair of its documents. */
    static final int KEPT = 2;

    @Inject
    DocumentService documents;

    private final Map<List<Long>, TranslationGrid> kept = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Long>, TranslationGrid> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * The grid of the original of {@code documentId} (the document itself, or the original it is a version of).
     * Holds every pair in memory: a few hundred bytes a pair and translation.
     */
    @Transactional
    public TranslationGrid of(long documentId) {
        Document document = documents.getDocument(documentId);
        Document original = document.originalId == null ? document : documents.getDocument(document.originalId);
        List<Document> family = new ArrayList<>();
        family.add(original);
        family.addAll(Document.listVersionsOf(original.id));
        List<Long> key = new ArrayList<>();
        for (Document member : family) {
            key.addAll(List.of(member.id, member.createdAtMillis(), member.version));
        }
        synchronized (kept) {
            TranslationGrid known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        TranslationGrid grid = build(original, family);
        synchronized (kept) {
            kept.put(List.copyOf(key), grid);
        }
        return grid;
    }

    private TranslationGrid build(Document original, List<Document> family) {
        List<TranslationGrid.Column> columns = new ArrayList<>();
        List<List<PairView>> pairsOf = new ArrayList<>();
        List<List<PivotRows.Span>> spans = new ArrayList<>();
        for (Document translation : family) {
            columns.add(new TranslationGrid.Column(translation.id, translation.title, translation.targetLanguage));
            List<PairView> pairs = allPairs(translation.id);
            pairsOf.add(pairs);
            spans.add(spansOf(pairs));
        }
        List<PairView> originalPairs = pairsOf.get(0);
        int sentences = spans.get(0).isEmpty() ? 0 : spans.get(0).get(spans.get(0).size() - 1).to();
        List<TranslationGrid.Row> rows = new ArrayList<>();
        for (PivotRows.Row row : PivotRows.of(sentences, spans)) {
            List<String> source = new ArrayList<>();
            for (int pair : row.pairs().get(0)) {
                originalPairs.get(pair).source().forEach(sentence -> source.add(sentence.text()));
            }
            List<List<PairView>> cells = new ArrayList<>();
            for (int column = 0; column < family.size(); column++) {
                List<PairView> all = pairsOf.get(column);
                cells.add(row.pairs().get(column).stream().map(all::get).toList());
            }
            rows.add(new TranslationGrid.Row(row.from(), row.to(), List.copyOf(source), List.copyOf(cells)));
        }
        return new TranslationGrid(original.id, original.title, original.project.sourceLanguage,
                List.copyOf(columns), List.copyOf(rows));
    }

    private List<PairView> allPairs(long documentId) {
        List<PairView> pairs = new ArrayList<>();
        for (int offset = 0; ; offset += DocumentService.MAX_PAGE_SIZE) {
            PairPage page = documents.listPairs(documentId, PairFilter.ALL, offset, DocumentService.MAX_PAGE_SIZE);
            pairs.addAll(page.items());
            if (page.items().isEmpty() || pairs.size() >= page.total()) {
                return pairs;
            }
        }
    }

    /** Each pair's original sentences; a pair with none sits where the sentences before it end. */
    private static List<PivotRows.Span> spansOf(List<PairView> pairs) {
        List<PivotRows.Span> spans = new ArrayList<>(pairs.size());
        int next = 0;
        for (PairView pair : pairs) {
            int from = pair.source().isEmpty() ? next : pair.source().get(0).index();
            int to = pair.source().isEmpty() ? next : pair.source().get(pair.source().size() - 1).index() + 1;
            spans.add(new PivotRows.Span(from, to));
            next = to;
        }
        return spans;
    }
}
