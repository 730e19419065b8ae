// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/projects}. */
public record ProjectRequest(
        @Schema(examples = "Commentary zh→en", required = true) String name,
        @Schema(description = "BCP 47 tag of the originals", examples = "zh", required = true) String sourceLanguage,
        @Schema(description = "BCP 47 tag of the translations; default en", examples = "en") String targetLanguage) {
}
