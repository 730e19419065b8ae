// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/**
 * An edit made from a review page, and the positions of the pairs whose status others changed since the version the
 * page showed (empty when the page was current), which the page should show anew.
 */
public record PageEdit(EditResult result, List<Integer> changedMeanwhile) {
    public PageEdit {
        changedMeanwhile = List.copyOf(changedMeanwhile);
    }
}
