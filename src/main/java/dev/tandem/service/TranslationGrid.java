// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An original beside all its translations (its own and its versions'), row by row: each row holds original sentences
 * that every translation pairs among themselves ({@link dev.tandem.review.PivotRows}), and per translation the pairs
 * that hold them. What the grid page shows and the multilingual TMX writes.
 *
 * @param originalId the original's document (its own translation is the first column)
 * @param columns    one per translation, the original's first, then its versions oldest first
 */
public record TranslationGrid(long originalId, String title, String sourceLanguage, List<Column> columns,
                              List<Row> rows) {

    /**
     * The languages (as first written) that more than one translation is in: one multilingual TMX, a {@code <tuv>}
     * per language, cannot hold them, so it is not offered while there are any.
     */
    public List<String> repeatedLanguages() {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (Column column : columns) {
            byLanguage.computeIfAbsent(column.language().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(column.language());
        }
        return byLanguage.values().stream().filter(same -> same.size() > 1).map(same -> same.get(0)).toList();
    }

    /** One translation: the document holding it and its language. */
    public record Column(long documentId, String title, String language) {
    }

    /**
     * One row: the original sentences {@code [from, to)} with their texts, and per column its pairs in the row (a
     * pair the translator added with no original sentence stays with the row before it).
     */
    public record Row(int from, int to, List<String> source, List<List<PairView>> cells) {
    }
}
