// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.VersionUpload;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Multipart body of {@code POST /api/documents/{id}/versions}: a further translation as a file, or pasted. */
public class VersionUploadForm {
    @RestForm
    @Schema(required = true, description = "The translation's language, a BCP 47 tag (fr, de, pt-BR)")
    public String targetLanguage;

    @RestForm
    @Schema(type = SchemaType.STRING, format = "binary", description = "The translation: text, HTML, DOCX, ODT, EPUB or PDF")
    public FileUpload target;

    @RestForm
    @PartType("text/plain")
    @Schema(description = "Pasted translation, instead of a file")
    public String targetText;

    @RestForm
    @Schema(description = "Encoding of the file, when detection should not decide")
    public String targetCharset;

    @RestForm
    @Schema(description = "Defaults to the original's title with the language")
    public String title;

    @RestForm
    @Schema(enumeration = {"auto", "lines"}, defaultValue = "auto")
    public String segmentation;

    @RestForm
    @Schema(enumeration = {"on", "off"}, defaultValue = "on")
    public String languageCheck;

    public VersionUpload upload() {
        return new VersionUpload(targetLanguage, UploadedFiles.of(target), targetText, targetCharset, title,
                segmentation, languageCheck);
    }
}
