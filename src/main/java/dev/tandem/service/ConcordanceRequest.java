// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.ReviewStatus;
import dev.tandem.search.DocumentMark;
import dev.tandem.search.SearchSide;
import dev.tandem.search.SearchTerms;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A concordance search as the API and the page receive it, checked: the query's phrases, the side, an optional
 * project and document, statuses (comma-separated, any case), a language tag, and the page. Every refusal is an
 * {@link InvalidInputException} naming the parameter.
 */
public record ConcordanceRequest(SearchTerms terms, SearchSide side, Long project, Long document,
                                 Set<ReviewStatus> statuses, String language, int offset, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** How deep paging may go: offset + limit; a search with more results is better narrowed than paged through. */
    public static final int MAX_DEPTH = 10_000;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*");

    public ConcordanceRequest {
        statuses = Set.copyOf(statuses);
    }

    public static ConcordanceRequest of(String q, String side, String project, String document, String status,
                                        String language, String offset, String limit) {
        SearchTerms terms = InvalidInputException.checked("q", () -> SearchTerms.parse(q));
        SearchSide searched = InvalidInputException.checked("side", () -> SearchSide.parse(side));
        int from = whole("offset", offset, 0);
        int count = whole("limit", limit, DEFAULT_LIMIT);
        Page.check(from, count, MAX_LIMIT);
        if ((long) from + count > MAX_DEPTH) {
            throw new InvalidInputException("offset", "offset + limit may be at most " + MAX_DEPTH
                    + ": narrow the search (a phrase, a project, a status) instead of paging this deep.");
        }
        return new ConcordanceRequest(terms, searched, id("project", project), id("document", document),
                statuses(status), language(language), from, count);
    }

    private static int whole(String field, String value, int defaultValue) {
        Long number = number(field, value);
        if (number == null) {
            return defaultValue;
        }
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new InvalidInputException(field, field + " '" + value + "' is out of range.");
        }
        return number.intValue();
    }

    private static Long id(String field, String value) {
        Long id = number(field, value);
        if (id != null && id < 1) {
            throw new InvalidInputException(field, field + " must be an id (1 or more), or left out for all.");
        }
        return id;
    }

    private static Long number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a whole number.");
        }
    }

    private static Set<ReviewStatus> statuses(String value) {
        Set<ReviewStatus> statuses = EnumSet.noneOf(ReviewStatus.class);
        if (value == null) {
            return statuses;
        }
        for (String name : value.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                statuses.add(ReviewStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "status '" + name.strip() + "' is not known: use auto, "
                        + "confirmed or rejected (several separated by commas), or leave it out for all.");
            }
        }
        return statuses;
    }

    private static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!LANGUAGE.matcher(value.strip()).matches()) {
            throw new InvalidInputException("language", "language '" + value + "' is not a language tag: give one "
                    + "such as zh, en or pt-BR.");
        }
        return DocumentMark.normalLanguage(value);
    }
}
