// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import dev.tandem.review.ReviewStatus;
import java.util.Set;

/**
 * A concordance search: the phrases every result contains, on which side, within which projects ({@code projects}
 * null: all), one document or any ({@code document} null), statuses (empty: any), and a language ({@code language}
 * null: any; else a phrase counts only on a side in that language, by primary subtag or whole tag, lower case); then
 * the page, {@code offset} results skipped and at most {@code limit} returned.
 */
public record SearchRequest(SearchTerms terms, SearchSide side, Set<Long> projects, Long document,
                            Set<ReviewStatus> statuses, String language, int offset, int limit) {
    public SearchRequest {
        statuses = Set.copyOf(statuses);
        projects = projects == null ? null : Set.copyOf(projects);
    }
}
