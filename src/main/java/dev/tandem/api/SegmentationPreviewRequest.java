// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/projects/{id}/segmentation/preview}. */
public record SegmentationPreviewRequest(
        @Schema(description = "The text to split", required = true) String text,
        @Schema(description = "BCP 47 tag; defaults to the language of side", examples = "de") String language,
        @Schema(description = "source (default) or target: whose language to use when language is not given")
        String side,
        @Schema(description = "A draft SRX 2.0 document to split with instead of the project's rules") String srx) {
}
