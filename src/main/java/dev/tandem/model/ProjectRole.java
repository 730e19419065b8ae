// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

/** What a member may do in a project. Admins need no membership. */
public enum ProjectRole {
    /** Read and export. */
    VIEWER,
    /** Also review, edit, import and upload dictionaries. */
    EDITOR;

    public boolean allows(ProjectRole needed) {
        return compareTo(needed) >= 0;
    }
}
