// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import java.util.List;

/** English list phrasing for QA messages. */
final class Phrases {

    private Phrases() {
    }

    /** {@code "a"}, {@code "a and b"}, {@code "a, b and c"}. */
    static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** {@code "once"}, {@code "twice"}, {@code "3 times"}. */
    static String times(int count) {
        return switch (count) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> count + " times";
        };
    }
}
