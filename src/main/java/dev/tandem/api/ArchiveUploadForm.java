// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.UploadedFile;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Multipart body of a project import: the archive another Tandem exported. */
public class ArchiveUploadForm {
    @RestForm
    @Schema(type = SchemaType.STRING, format = "binary",
            description = "The zip from GET /api/projects/{id}/archive")
    public FileUpload file;

    UploadedFile upload() {
        return UploadedFiles.of(file);
    }
}
