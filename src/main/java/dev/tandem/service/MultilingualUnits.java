// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.ReviewStatus;
import dev.tandem.tmx.SentenceJoiner;
import dev.tandem.tmx.TmxVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The translations of one grid row that a multilingual export writes, each as a {@code <tuv>} with its state. */
final class MultilingualUnits {
    private MultilingualUnits() {
    }

    /**
     * Per column, its text in the row when every pair of it there is selected and some sentence has text; a column
     * with a rejected pair, or one not selected, in the row says nothing for it.
     */
    static List<TmxVariant> translations(List<TranslationGrid.Column> columns, TranslationGrid.Row row,
                                         ExportSelection selection) {
        List<TmxVariant> translations = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            List<PairView> pairs = row.cells().get(column);
            if (pairs.isEmpty() || !pairs.stream().allMatch(pair -> selection.statuses().contains(pair.status()))) {
                continue;
            }
            List<String> texts = pairs.stream().flatMap(pair -> pair.target().stream()).map(SentenceView::text)
                    .filter(text -> !text.isBlank()).toList();
            if (texts.isEmpty()) {
                continue;
            }
            TranslationGrid.Column translation = columns.get(column);
            boolean confirmed = pairs.stream().allMatch(pair -> pair.status() == ReviewStatus.CONFIRMED);
            Map<String, String> props = new LinkedHashMap<>();
            props.put("x-document-id", String.valueOf(translation.documentId()));
            props.put("x-status", (confirmed ? ReviewStatus.CONFIRMED : ReviewStatus.AUTO).name());
            translations.add(new TmxVariant(translation.language(),
                    SentenceJoiner.join(texts, SentenceJoiner.separator(translation.language())), props));
        }
        return translations;
    }
}
