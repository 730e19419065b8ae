// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PATCH /api/documents/{id}}: the fields to change. */
public record DocumentPatch(@Schema(required = true, maxLength = 300, description = "The new title") String title) {
}
