// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Edit;
import dev.tandem.model.EditState;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a document's history: who did what, when, and whether it is still in effect. */
public record EditView(long id, long version, String user, OffsetDateTime time, String operation, String summary,
                       EditState state,
                       @Schema(nullable = true, description = "For an undo or redo, the edit it took back or brought"
                               + " back; null for every other edit") Long targetEdit) {
    static EditView of(Edit edit) {
        return new EditView(edit.id, edit.version, edit.username, edit.createdAt, edit.operation, edit.summary,
                edit.state, edit.targetEditId);
    }
}
