// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.service.EditView;
import java.util.List;

/**
 * A message shown next to a row (element {@code msg-<pair id>}) or in the page notice ({@code notice}): an
 * impossible action, or a conflict with the edits another reviewer made meanwhile.
 */
public record RowMessage(String target, String kind, String text, List<EditView> since, String reloadUrl) {
    public boolean conflict() {
        return "conflict".equals(kind);
    }

    /** Whether reloading opens the page at the pair the reviewer was on (a pair gone meanwhile has no place). */
    public boolean reopensAtPair() {
        return reloadUrl != null && reloadUrl.contains("focus=");
    }
}
