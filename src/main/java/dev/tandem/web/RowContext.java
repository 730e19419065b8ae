// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.service.PairView;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a row of the review table needs besides its pair: the document, the languages, whether the row is sent as
 * an out-of-band swap (htmx replaces the element with the same id), which sentence is open in the editor, and
 * whether the user may only look (a viewer: no action buttons).
 */
public record RowContext(long documentId, String sourceLanguage, String targetLanguage, boolean oob,
                         String editSide, int editIndex, boolean readOnly) {

    RowContext asOob() {
        return new RowContext(documentId, sourceLanguage, targetLanguage, true, null, -1, readOnly);
    }

    RowContext inPlace() {
        return new RowContext(documentId, sourceLanguage, targetLanguage, false, null, -1, readOnly);
    }

    RowContext editing(String side, int index) {
        return new RowContext(documentId, sourceLanguage, targetLanguage, false, side, index, readOnly);
    }

    public boolean edits(String side, int index) {
        return side.equals(editSide) && index == editIndex;
    }

    public String editUrl() {
        return "/documents/" + documentId + "/edit";
    }

    /**
     * The {@code hx-vals} JSON of a row button. Rendered escaped into a double-quoted attribute, which the browser
     * decodes back; numbers and fixed words only, so nothing a user typed ends up here.
     */
    public String vals(PairView pair, String action) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("pair", pair.id());
        switch (action) {
            case "shift-source-up" -> shift(values, "source", "up");
            case "shift-source-down" -> shift(values, "source", "down");
            case "shift-target-up" -> shift(values, "target", "up");
            case "shift-target-down" -> shift(values, "target", "down");
            case "unlink-source" -> insertEmpty(values, "source");
            case "unlink-target" -> insertEmpty(values, "target");
            case "split-pair" -> {
                values.put("op", action);
                values.put("sourceCount", 1);
                values.put("targetCount", 1);
            }
            case "merge-sentences" -> {
                values.put("op", action);
                firstSentence(values, pair);
            }
            default -> values.put("op", action);
        }
        var json = new StringBuilder("{");
        values.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value instanceof String ? "\"" + value + "\"" : value));
        return json.append('}').toString();
    }

    private static void shift(Map<String, Object> values, String side, String direction) {
        values.put("op", "shift");
        values.put("side", side);
        values.put("direction", direction);
    }

    private static void insertEmpty(Map<String, Object> values, String side) {
        values.put("op", "insert-empty");
        values.put("side", side);
    }

    private static void firstSentence(Map<String, Object> values, PairView pair) {
        if (!pair.source().isEmpty()) {
            values.put("side", "source");
            values.put("index", pair.source().get(0).index());
        } else if (!pair.target().isEmpty()) {
            values.put("side", "target");
            values.put("index", pair.target().get(0).index());
        }
    }
}
