// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.UploadedFile;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A multipart form's file part as the services take it, so they never see a RESTEasy type. */
final class UploadedFiles {
    private UploadedFiles() {
    }

    /** The part's file, or null when the form has no such part. */
    static UploadedFile of(FileUpload part) {
        return part == null ? null : new UploadedFile(part.fileName(), part.uploadedFile(), part.size(),
                part.contentType());
    }
}
