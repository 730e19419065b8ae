// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.review.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a document's history page: the edit, the first pair position it rewrote (null when it rewrote none),
 * and the sentence texts it replaced, before and after, so that "Edited target sentence 3" shows what was edited.
 */
public record HistoryEntry(EditView edit, Integer position, List<TextChange> texts) {

    /**
     * Sentences of one side that an edit replaced: {@code before} and {@code after} are the replaced run and its
     * replacement (one sentence each for an edited text; one and two for a split; two and one for a join), counted
     * from sentence {@code first} (0-based, in the document before the edit).
     */
    public record TextChange(String side, int first, List<String> before, List<String> after) {
    }

    static HistoryEntry of(EditView edit, ChangeRecord change) {
        if (change == null || change.firstPosition() == Integer.MAX_VALUE) {
            return new HistoryEntry(edit, null, List.of());
        }
        List<TextChange> texts = new ArrayList<>();
        if (change.window() != null) {
            Window before = change.window().before();
            Window after = change.window().after();
            changed("source", before.sourceStart(), before.source(), after.source(), texts);
            changed("target", before.targetStart(), before.target(), after.target(), texts);
        }
        return new HistoryEntry(edit, change.firstPosition(), List.copyOf(texts));
    }

    /** The run between the common start and the common end of {@code before} and {@code after}, if they differ. */
    private static void changed(String side, int start, List<String> before, List<String> after,
                                List<TextChange> texts) {
        CommonEnds ends = CommonEnds.of(before, after);
        int head = ends.head();
        int tail = ends.tail();
        if (head == before.size() && head == after.size()) {
            return;
        }
        texts.add(new TextChange(side, start + head, List.copyOf(before.subList(head, before.size() - tail)),
                List.copyOf(after.subList(head, after.size() - tail))));
    }
}
