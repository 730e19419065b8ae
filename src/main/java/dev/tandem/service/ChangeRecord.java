// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Edit;
import dev.tandem.review.Change;
import dev.tandem.review.ReviewStatus;
import java.util.List;

/**
 * What an edit did, stored as JSON so that it can be undone and redone exactly: either a window replacement
 * ({@code window}) or status changes of single pairs ({@code statuses}), never both.
 */
record ChangeRecord(Change window, List<StatusChange> statuses) {

    /**
     * One pair's status before and after. Pairs are named by position, not id: structural edits and their undo give
     * pairs new rows, but since undo and redo go strictly in order, a position always finds the same pair again.
     */
    record StatusChange(int position, ReviewStatus from, ReviewStatus to) {
        StatusChange inverse() {
            return new StatusChange(position, to, from);
        }
    }

    /**
     * The first pair position this change rewrote, counted in the document as it was before the change;
     * {@link Integer#MAX_VALUE} when it rewrote no pair (a rename). Pairs before it were left as they were.
     */
    int firstPosition() {
        if (window != null) {
            return window.before().firstPair();
        }
        return statuses == null ? Integer.MAX_VALUE
                : statuses.stream().mapToInt(StatusChange::position).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * The change an edit stored. Read leniently, unlike a request body: what an older or newer release of Tandem
     * wrote may hold fields this one does not know, and undo must still work.
     */
    static ChangeRecord of(Edit edit, ObjectMapper json) {
        try {
            return json.readerFor(ChangeRecord.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(edit.changeData);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("edit " + edit.id + " has unreadable change data", e);
        }
    }

    ChangeRecord inverse() {
        return window != null ? new ChangeRecord(window.inverse(), null)
                : new ChangeRecord(null, statuses.stream().map(StatusChange::inverse).toList());
    }
}
