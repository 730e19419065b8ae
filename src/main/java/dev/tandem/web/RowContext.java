// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a row of the review table needs besides its pair: the document, the languages, whether the row is sent as
 * an out-of-band swap (htmx replaces the element with the same id), which sentence is open in the editor, and
 * whether the user may only look (a viewer: no editor).
 */
public record RowContext(long documentId, String sourceLanguage, String targetLanguage, boolean oob,
                         String editSide, int editIndex, boolean readOnly) {
    private static final Map<String, String> DIRECTIONS = new ConcurrentHashMap<>();

    RowContext asOob() {
        return new RowContext(documentId, sourceLanguage, targetLanguage, true, null, -1, readOnly);
    }

    RowContext inPlace() {
        return new RowContext(documentId, sourceLanguage, targetLanguage, false, null, -1, readOnly);
    }

    RowContext editing(String side, int index) {
        return new RowContext(documentId, sourceLanguage, targetLanguage, false, side, index, readOnly);
    }

    /**
     * The writing direction of a side's language ({@code rtl} for Arabic, Hebrew, Persian, Urdu…), for its cells: a
     * cell cannot take it from its text with {@code dir=auto}, since each sentence in it has a direction of its own.
     */
    public String direction(String side) {
        String language = "target".equals(side) ? targetLanguage : sourceLanguage;
        // asked twice for every row of a page: remembered per language tag (projects have a handful)
        return language == null ? "ltr" : DIRECTIONS.computeIfAbsent(language,
                tag -> ULocale.forLanguageTag(tag).isRightToLeft() ? "rtl" : "ltr");
    }

    public boolean edits(String side, int index) {
        return side.equals(editSide) && index == editIndex;
    }

    public String editUrl() {
        return "/documents/" + documentId + "/edit";
    }
}
