// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON body of {@code POST /api/projects/{id}/documents}: two pasted texts. */
public record DocumentRequest(
        @Schema(description = "Shown in lists; defaults to the opening words of the source") String title,
        @Schema(required = true, description = "The original text") String sourceText,
        @Schema(required = true, description = "Its translation") String targetText,
        @Schema(enumeration = {"auto", "lines"}, defaultValue = "auto",
                description = "auto: split into sentences; lines: one sentence per line, as given") String segmentation,
        @Schema(enumeration = {"on", "off"}, defaultValue = "on", description = "off: import a text the language"
                + " check refuses (one that really mixes languages)") String languageCheck) {
}
