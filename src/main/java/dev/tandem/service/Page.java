// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/** One page of a list: {@code items} from {@code offset}, at most {@code limit}, of {@code total} in all. */
public record Page<T>(long total, int offset, int limit, List<T> items) {

    /** The index of the page's last item, for Panache's inclusive {@code range}; offset + limit may overflow. */
    static int last(int offset, int limit) {
        return (int) Math.min(Integer.MAX_VALUE, (long) offset + limit - 1);
    }

    static void check(int offset, int limit, int maxLimit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more.");
        }
        if (limit < 1 || limit > maxLimit) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + maxLimit + ".");
        }
    }
}
