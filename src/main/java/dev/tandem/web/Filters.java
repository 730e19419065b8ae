// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.review.QaCode;
import dev.tandem.review.ReviewStatus;
import dev.tandem.service.PairFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The review page's filters as the user typed them (so the form shows them again), and the service filter they
 * mean. Values that cannot be understood (an unknown status, a threshold that is not a number) are not applied rather
 * than refused, as they come from links a user may have edited; {@link #problem} says which, for the page to show.
 */
public record Filters(String status, String below, String flag, String q) {
    /** The flag codes {@link dev.tandem.review.QaChecks} produces, for the flag filter, in the order it offers them. */
    public static final List<String> FLAG_CODES = Stream.of(QaCode.NUMBERS, QaCode.LENGTH, QaCode.EMPTY_SOURCE,
            QaCode.EMPTY_TARGET, QaCode.UNTRANSLATED, QaCode.BRACKETS, QaCode.TERM).map(QaCode::code).toList();

    public Filters {
        status = clean(status);
        below = clean(below);
        flag = clean(flag);
        q = q == null ? "" : q;
    }

    static final Filters NONE = new Filters("", "", "", "");

    public PairFilter filter() {
        return new PairFilter(statusValue(), belowValue(), flagValue(), q.isBlank() ? null : q);
    }

    /** What of these filters was not understood, and so is not applied, with what to give instead; empty if none. */
    public String problem() {
        var problems = new ArrayList<String>();
        if (!status.isEmpty() && statusValue() == null) {
            problems.add("status “" + status + "” (use AUTO, CONFIRMED or REJECTED)");
        }
        if (!below.isEmpty() && belowValue() == null) {
            problems.add("below “" + below + "” (give a confidence from 0 to 1, such as 0.6)");
        }
        if (!flag.isEmpty() && flagValue() == null) {
            problems.add("flag “" + flag + "” (use any or one of " + String.join(", ", FLAG_CODES) + ")");
        }
        return problems.isEmpty() ? "" : "Filter not understood, so not applied: " + String.join("; ", problems) + ".";
    }

    public boolean active() {
        return !filter().isEmpty();
    }

    /**
     * Whether these filters can hide unreviewed pairs: then "confirm through" also confirms pairs the reviewer never
     * saw, and the page asks first. Showing only the unreviewed pairs hides none of them.
     */
    public boolean hidesUnreviewed() {
        return active() && !filter().equals(new PairFilter(ReviewStatus.AUTO, null, null, null));
    }

    public List<String> flagCodes() {
        return FLAG_CODES;
    }

    /** The query string of {@code page} under these filters, without the leading {@code ?}. */
    public String query(int page) {
        String filters = query();
        return "page=" + page + (filters.isEmpty() ? "" : "&" + filters);
    }

    /** The query string of these filters alone, without the leading {@code ?}; empty without filters. */
    public String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("below", below);
        params.put("flag", flag);
        params.put("q", q);
        var out = new StringBuilder();
        params.forEach((name, value) -> {
            if (!value.isEmpty()) {
                out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    private ReviewStatus statusValue() {
        try {
            return status.isEmpty() ? null : ReviewStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String flagValue() {
        return flag.equals("any") || QaCode.of(flag).isPresent() ? flag : null;
    }

    private Double belowValue() {
        try {
            double value = below.isEmpty() ? Double.NaN : Double.parseDouble(below);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
