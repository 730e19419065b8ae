// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/align}. */
public record AlignRequest(
        @Schema(description = "BCP 47 tag; defaults to the project's", examples = "zh") String sourceLanguage,
        @Schema(description = "BCP 47 tag; defaults to the project's, else en", examples = "en") String targetLanguage,
        @Schema(type = SchemaType.ARRAY, oneOf = {String[].class, String.class},
                description = "Sentences (taken as segmented) or one text (segmented first)") JsonNode source,
        @Schema(type = SchemaType.ARRAY, oneOf = {String[].class, String.class},
                description = "Sentences or one text, like source") JsonNode target,
        @Schema(description = "Project whose confirmed pairs inform the alignment") Long project,
        @Schema(description = "Aligner settings for this request only, by their names in tandem.aligner.* (e.g."
                + " {\"lexicon-weight\": 0, \"band-radius\": 60}); the others keep the installation's values. See the"
                + " README's aligner settings", examples = "{\"lexicon-weight\": 0}") Map<String, JsonNode> settings) {
}
