// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/** Where a page sits among the pages of a list: where a review page opens (?page=), and the risk queue's page links. */
@TemplateData // read by the pageLinks tag, whose parameters are not typed
public record Paging(int page, int pages, int size, Filters filters) {

    static Paging of(int requested, long total, int size, Filters filters) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Paging(Math.min(Math.max(1, requested), pages), pages, size, filters);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public String link(int target) {
        return "?" + filters.query(target);
    }

    /** Page numbers to link: the first, the last and two either side of the current; 0 marks a gap. */
    public List<Integer> numbers() {
        var numbers = new ArrayList<Integer>();
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - page) <= 2) {
                numbers.add(p);
            } else if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }
}
