// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/**
 * How many sentences two versions of a side share at their start ({@code head}) and, after that, at their end
 * ({@code tail}): what lies between is what an edit replaced.
 */
record CommonEnds(int head, int tail) {

    static CommonEnds of(List<String> before, List<String> after) {
        int head = 0;
        while (head < before.size() && head < after.size() && before.get(head).equals(after.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < before.size() - head && tail < after.size() - head
                && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) {
            tail++;
        }
        return new CommonEnds(head, tail);
    }
}
