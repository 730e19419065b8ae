// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

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
