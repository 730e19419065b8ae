// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.BatchUpload;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Multipart body of a batch import: a zip of originals and translations, and optionally how to pair them. */
public class BatchUploadForm {
    @RestForm
    @Schema(type = SchemaType.STRING, format = "binary", description = "A zip of originals and translations, paired"
            + " by name (report.zh.docx ↔ report.en.docx, zh/x.txt ↔ en/x.txt) unless a manifest is sent")
    public FileUpload file;

    @RestForm("files")
    @Schema(type = SchemaType.ARRAY, implementation = String.class, format = "binary", description = "Instead of a"
            + " zip: the originals and translations as several parts named files, paired by their file names the same"
            + " way (a name may hold folders: zh/x.txt)")
    public List<FileUpload> files;

    @RestForm
    @Schema(type = SchemaType.STRING, format = "binary", description = "CSV source,target,title (a header line "
            + "source,target,… is optional): zip entry names of each pair; pairs the zip instead of the names")
    public FileUpload manifest;

    @RestForm
    @Schema(enumeration = {"auto", "lines"}, defaultValue = "auto", description = "For every document of the batch")
    public String segmentation;

    @RestForm
    @Schema(enumeration = {"on", "off"}, defaultValue = "on",
            description = "off: import sides the language check refuses, for every document of the batch")
    public String languageCheck;

    /** The form's fields as the service takes them. */
    public BatchUpload upload() {
        return new BatchUpload(UploadedFiles.of(file), files == null ? List.of()
                : files.stream().map(UploadedFiles::of).toList(), UploadedFiles.of(manifest), segmentation,
                languageCheck);
    }
}
