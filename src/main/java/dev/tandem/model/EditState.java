// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

/** Where an edit stands in a document's undo history. */
public enum EditState {
    /** In effect: the next undo takes back the latest applied edit. */
    APPLIED,
    /** Taken back by undo; redo brings back the earliest undone edit. */
    UNDONE,
    /** Undone and then superseded by a new edit, so it can no longer be redone. Kept for the history. */
    DISCARDED,
    /** An undo or redo itself, recorded for the history only. */
    LOGGED
}
