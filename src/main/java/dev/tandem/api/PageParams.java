// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.InvalidInputException;
import dev.tandem.service.Page;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Paging query parameters and the headers of a paged JSON array. Parameters are read as text so that
 * {@code offset=abc} is a 400 naming the field, where JAX-RS would answer 404.
 */
final class PageParams {
    static final String TOTAL_COUNT = "X-Total-Count";

    private PageParams() {
    }

    static int parse(String field, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            if (value.strip().matches("[+-]?\\d+")) {
                throw new InvalidInputException(field, field + " '" + value + "' is out of range: at most "
                        + Integer.MAX_VALUE + ".");
            }
            throw new InvalidInputException(field, field + " '" + value + "' is not a whole number: give digits only,"
                    + " such as " + defaultValue + ".");
        }
    }

    /**
     * The page's items as a plain array (the shape these lists always had), with the total in {@code X-Total-Count}
     * and RFC 8288 {@code Link}s to the next and previous pages.
     */
    static <T> RestResponse<List<T>> array(Page<T> page, UriInfo uri) {
        var links = new ArrayList<String>();
        if ((long) page.offset() + page.limit() < page.total()) {
            links.add(link(uri, page.offset() + page.limit(), page.limit(), "next"));
        }
        if (page.offset() > 0) {
            // past the end, the previous page is the last one that holds items, not one just as empty
            long lastPage = page.total() == 0 ? 0 : (page.total() - 1) / page.limit() * page.limit();
            links.add(link(uri, (int) Math.max(0, Math.min(page.offset() - page.limit(), lastPage)), page.limit(),
                    "prev"));
        }
        var response = RestResponse.ResponseBuilder.ok(page.items()).header(TOTAL_COUNT, page.total());
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    private static String link(UriInfo uri, int offset, int limit, String rel) {
        var target = uri.getRequestUriBuilder().replaceQueryParam("offset", offset).replaceQueryParam("limit", limit)
                .build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
