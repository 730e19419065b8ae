// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

/**
 * A page of the (filtered) pairs, as {@code ?page=} links name it: where a review page opens when no pair is named.
 * Further rows load as the reviewer scrolls.
 */
public record Paging(int page, int pages, int size) {

    static Paging of(int requested, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Paging(Math.min(Math.max(1, requested), pages), pages, size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
