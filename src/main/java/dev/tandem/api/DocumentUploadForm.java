// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.DocumentUpload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Multipart body of a document import: two files, or two texts pasted into form fields. */
public class DocumentUploadForm {
    @RestForm
    @Schema(description = "Defaults to the source file's name")
    public String title;

    @RestForm
    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
            description = "The original: plain text (encoding detected, or given by charset/sourceCharset), HTML,"
                    + " DOCX, ODT, EPUB or PDF; or a TMX or XLIFF file alone")
    public FileUpload source;

    @RestForm
    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
            description = "The translation: text, HTML, DOCX, ODT, EPUB or PDF")
    public FileUpload target;

    @RestForm
    @PartType("text/plain")
    @Schema(description = "Pasted original, instead of a source file")
    public String sourceText;

    @RestForm
    @PartType("text/plain")
    @Schema(description = "Pasted translation, instead of a target file")
    public String targetText;

    @RestForm
    @Schema(description = "Encoding of the source file, when detection should not decide (e.g. GB18030)")
    public String sourceCharset;

    @RestForm
    @Schema(description = "Encoding of the target file")
    public String targetCharset;

    @RestForm
    @Schema(enumeration = {"auto", "lines"}, defaultValue = "auto")
    public String segmentation;

    @RestForm
    @Schema(enumeration = {"on", "off"}, defaultValue = "on",
            description = "off: import a side the language check refuses (a text that really mixes languages)")
    public String languageCheck;

    /** The form's fields as the service takes them. */
    public DocumentUpload upload() {
        return new DocumentUpload(title, UploadedFiles.of(source), UploadedFiles.of(target), sourceText, targetText,
                sourceCharset, targetCharset, segmentation, languageCheck);
    }
}
