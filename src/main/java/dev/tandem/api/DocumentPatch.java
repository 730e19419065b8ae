// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PATCH /api/documents/{id}}: the fields to change, and the version the change was made on. */
public record DocumentPatch(
        @Schema(maxLength = 300, description = "The new title; left out, nothing changes (a merge patch)") String title,
        @Schema(description = "The document version the rename was made on; required unless If-Match names it")
        Long baseVersion) {
}
