// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.service.PairView;
import java.util.List;

/**
 * The rows a review page holds at once: consecutive pairs under the page's filters, how many pairs match in all, and
 * whether more lie before or after them (loaded as the reviewer scrolls there, from the URLs given here).
 */
public record RowWindow(long documentId, Filters filters, List<PairView> items, long total, boolean moreBefore,
                        boolean moreAfter) {

    /** The rows before the first one shown. */
    public String beforeUrl() {
        return url("before", items.isEmpty() ? Integer.MAX_VALUE : items.get(0).position());
    }

    /** The rows after the last one shown. */
    public String afterUrl() {
        return url("after", items.isEmpty() ? -1 : items.get(items.size() - 1).position());
    }

    private String url(String direction, int position) {
        String query = filters.query();
        return "/documents/" + documentId + "/rows?" + query + (query.isEmpty() ? "" : "&") + direction + "="
                + position;
    }
}
