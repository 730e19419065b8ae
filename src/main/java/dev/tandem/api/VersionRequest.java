// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON body of {@code POST /api/documents/{id}/versions}: a further translation of the document's original, pasted. */
public record VersionRequest(
        @Schema(required = true, description = "The translation's language, a BCP 47 tag (fr, de, pt-BR)")
        String targetLanguage,
        @Schema(required = true, description = "The translation") String targetText,
        @Schema(description = "Defaults to the original's title with the language") String title,
        @Schema(enumeration = {"auto", "lines"}, defaultValue = "auto",
                description = "How the translation is split: auto into sentences; lines: one per line")
        String segmentation,
        @Schema(enumeration = {"on", "off"}, defaultValue = "on", description = "off: import a text the language"
                + " check refuses") String languageCheck) {
}
