// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

/**
 * A page number from the address ({@code ?page=}). One edited out of shape ({@code page=abc}) shows the first page
 * with {@link #notice} saying so, rather than an error page or a silent first page.
 */
record PageNumber(int value, String notice) {

    static PageNumber read(String param) {
        Integer page = AddressNumber.read(param, 1);
        return page != null ? new PageNumber(page, "") : new PageNumber(1, "Page “" + param + "” is not a page number"
                + " (give one such as 2): this is the first page.");
    }
}
